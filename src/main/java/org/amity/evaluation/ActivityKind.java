package org.amity.evaluation;

import org.amity.partnership.AgreementKind;

/**
 * The kinds of substantive activity a partnership's vitality is read from: the registry's agreements and official
 * visits, and the programs, events, campaigns and volunteering the indicators count.
 */
public enum ActivityKind {

	FOUNDING_AGREEMENT, RENEWAL, MOU, JOINT_STATEMENT, OFFICIAL_VISIT, AMENDMENT, PROGRAM, EVENT, CAMPAIGN,
	VOLUNTEERING;

	public static ActivityKind of(AgreementKind kind) {
		return valueOf(kind.name());
	}

	/** The indicator measure whose count makes a year's activity of this kind, if one does. */
	static ActivityKind of(Indicators.Measure measure) {
		return switch (measure) {
			case PROGRAM -> PROGRAM;
			case EVENT -> EVENT;
			case CAMPAIGN -> CAMPAIGN;
			case VOLUNTEER -> VOLUNTEERING;
			case OFFICIAL_VISIT -> OFFICIAL_VISIT;
			default -> null;
		};
	}

	public boolean isAgreement() {
		return ordinal() <= AMENDMENT.ordinal() && this != OFFICIAL_VISIT;
	}
}
