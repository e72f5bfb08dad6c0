package org.amity.shared.personal;

/** The person whose data is asked for: their account, and the e-mail address records may be filed under. */
public record DataSubject(long accountId, String email) {
}
