/**
 * Events of a partnership (a series such as the Seoul–Tokyo Week with its concerts, matches and workshops), their
 * venues and calendars, and registration for them: quotas counted under row locks so that a rush never oversells,
 * fair waiting lists whose history can be replayed, idempotent sign-up, check-in and volunteer shifts.
 */
package org.amity.event;
