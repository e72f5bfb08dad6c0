package org.amity.event;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The iCalendar feeds: one per event, one per series, and one per person with the events they hold a place for. A
 * calendar application cannot sign in, so a person's feed lives at an address with a secret of its own.
 */
@Service
public class Calendars {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final EventCatalogue catalogue;
	private final Registrations registrations;
	private final Volunteers volunteers;

	Calendars(JdbcClient jdbc, EventCatalogue catalogue, Registrations registrations, Volunteers volunteers) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.registrations = registrations;
		this.volunteers = volunteers;
	}

	@Transactional(readOnly = true)
	public String event(String slug, Locale locale, String baseUrl) {
		var event = catalogue.event(slug);
		return add(ICalendar.named(event.title().in(locale)), event, locale, baseUrl, "event-" + event.id()).end();
	}

	@Transactional(readOnly = true)
	public String series(String slug, Locale locale, String baseUrl) {
		var series = catalogue.series(slug);
		var calendar = ICalendar.named(series.title().in(locale));
		for (var event : catalogue.eventsOf(series)) {
			add(calendar, event, locale, baseUrl, "event-" + event.id());
		}
		return calendar.end();
	}

	/** The secret feed token of a person, made on first use. */
	@Transactional
	public String feedToken(String email) {
		var normalised = email.strip().toLowerCase(Locale.ROOT);
		var token = new byte[18];
		RANDOM.nextBytes(token);
		jdbc.sql("insert into event.calendar_feed (email, token) values (:email, :token) on conflict do nothing")
			.param("email", normalised).param("token", HexFormat.of().formatHex(token)).update();
		return jdbc.sql("select token from event.calendar_feed where email = :email").param("email", normalised)
			.query(String.class).single();
	}

	/** A person's feed: the events they hold a place for and their volunteer shifts; an unknown token is not found. */
	@Transactional(readOnly = true)
	public String person(String token, Locale locale, String baseUrl) {
		var email = jdbc.sql("select email from event.calendar_feed where token = :token").param("token", token)
			.query(String.class).optional()
			.orElseThrow(() -> new org.amity.shared.NotFoundException("calendar", token));
		var calendar = ICalendar.named("Amity");
		for (var registration : registrations.ofPerson(email)) {
			if (registration.holdsPlaces()) {
				add(calendar, catalogue.event(registration.eventId()), locale, baseUrl,
						"registration-" + registration.reference());
			}
		}
		for (var shift : volunteers.shiftsOf(email)) {
			var event = volunteers.eventOf(shift);
			var zone = event.venue().zone();
			calendar.event("shift-" + shift.id() + "-" + Integer.toHexString(email.hashCode()) + "@amity",
					Instant.now(), shift.startsAt().atZone(zone), shift.endsAt().atZone(zone),
					"\u2691 " + event.title().in(locale), null, event.venue().name().in(locale),
					baseUrl + "/" + locale.getLanguage() + "/events/" + event.slug(), false);
		}
		return calendar.end();
	}

	private static ICalendar add(ICalendar calendar, Event event, Locale locale, String baseUrl, String uid) {
		var venue = event.venue();
		var location = venue.name().in(locale) + ", " + venue.address() + ", " + venue.locality();
		return calendar.event(uid + "@amity", Instant.now(), event.start(), event.end(), event.title().in(locale),
				event.description().in(locale), location,
				baseUrl + "/" + locale.getLanguage() + "/events/" + event.slug(),
				event.status() == Event.Status.CANCELLED);
	}
}
