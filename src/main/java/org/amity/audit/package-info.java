/**
 * The audit trail: who changed a partnership, an agreement, a role (and later programs, applications, events), when,
 * acting in which role for which city, with the record before and after as JSON. Entries are only ever added; the
 * database refuses to change or remove them. {@link org.amity.audit.AuditTrail} is the API.
 */
package org.amity.audit;
