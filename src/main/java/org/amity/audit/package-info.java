/**
 * The audit trail: who changed a partnership, an agreement, a role, a program or its call, an event or a series, a
 * community event or an organisation, when, acting in which role for which city, with the record before and after as
 * JSON. Entries are only ever added; the
 * database refuses to change or remove them. {@link org.amity.audit.AuditTrail} is the API.
 */
package org.amity.audit;
