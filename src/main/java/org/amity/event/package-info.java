/**
 * Events of a partnership (a series such as the Seoul–Tokyo Week with its concerts, matches and workshops), their
 * venues and calendars, and registration for them: quotas counted under row locks so that a rush never oversells,
 * fair waiting lists whose history can be replayed, idempotent sign-up, check-in and volunteer shifts. Each event is
 * managed by the staff of the city or two cities that organise it; a joint event's dates, venue and places change only
 * with the partner city's approval.
 */
package org.amity.event;
