package org.amity.privacy;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded decision on a purpose: given or withdrawn, on which version of its text, in which language. */
public record Consent(long id, long accountId, Purpose purpose, int textVersion, String language, boolean given,
		Jurisdiction jurisdiction, LocalDate birthDate, String guardianName, String guardianContact,
		boolean guardianConfirmed, Instant recordedAt, String recordedBy) {

	/** Whether this decision is consent to the purpose's text now in force. */
	public boolean inForce() {
		return given && textVersion == purpose.version();
	}
}
