/**
 * Who is acting: local and OpenID Connect accounts, roles scoped to a city, a program or an organisation, and the
 * access checks use cases call ({@link org.amity.identity.Access#requireStaffOf(long)}). Other modules ask
 * {@link org.amity.identity.CurrentUser} for the {@link org.amity.identity.Caller} and never read this module's tables.
 */
package org.amity.identity;
