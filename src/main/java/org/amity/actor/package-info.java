/**
 * The organisations and people who carry partnerships: local governments and their associations, embassies,
 * international, private and non-governmental organisations, schools, universities, cultural institutions, sports
 * clubs and representative offices, with their roles over time in partnerships, programs and events.
 * An organisation is shared by every city, so it is corrected by a platform admin or by the staff of the city it is
 * seated in. {@link org.amity.actor.Actors} is the API.
 */
package org.amity.actor;
