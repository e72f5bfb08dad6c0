/**
 * Exchange programs of a partnership and their calls for applications: eligibility explained as named policies,
 * applications with their to-do list and documents, review with conflict-of-interest declarations, selection per
 * quota with an audited waiting list, placement with hosts by deferred acceptance, and certificates of participation.
 * {@link org.amity.exchange.Exchanges} is the API.
 */
package org.amity.exchange;
