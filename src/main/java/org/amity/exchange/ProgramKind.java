package org.amity.exchange;

/** The kinds of exchange a partnership runs. Student exchanges last a semester or a year; the others have no term. */
public enum ProgramKind {
	HIGH_SCHOOL_EXCHANGE, UNIVERSITY_EXCHANGE, ARTIST_RESIDENCY, CULTURAL_FESTIVAL, SPORTS_FRIENDLY_MATCH,
	SPORTS_JOINT_TRAINING, CULINARY_FESTIVAL, CHEF_EXCHANGE, YOUTH_EXCHANGE, SEMINAR, FORUM, DISASTER_RELIEF,
	TECHNICAL_COOPERATION;

	public boolean isStudentExchange() {
		return this == HIGH_SCHOOL_EXCHANGE || this == UNIVERSITY_EXCHANGE;
	}

	public enum Term {
		SEMESTER, YEAR
	}
}
