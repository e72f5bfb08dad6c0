/**
 * Partnerships between two governments of the gazetteer: typed sister, friendship or partnership, living through a
 * status lifecycle whose every change is kept, framed by versioned agreements and milestones with per-party signing
 * dates, terms and fields of cooperation. Dates may be partial. {@link org.amity.partnership.Partnerships} is the API.
 */
package org.amity.partnership;
