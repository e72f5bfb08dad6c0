/**
 * Personal data under Korea's PIPA, Japan's APPI and Indonesia's PDP law: consent per purpose in the person's language
 * (with a guardian's consent for minors), each person's view, export, correction and erasure of their data with staff
 * answering requests against the legal deadline, a retention schedule with its purge, and a processing log per person.
 * Modules take part through {@link org.amity.shared.personal.PersonalDataContribution}; other modules ask
 * {@link org.amity.privacy.Consents#hasConsent} before they use data for a purpose.
 */
package org.amity.privacy;
