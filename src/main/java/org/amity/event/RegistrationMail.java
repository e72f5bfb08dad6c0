package org.amity.event;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.amity.notification.OutgoingMail;
import org.amity.notification.Outbox;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mail a registration causes, queued in the outbox inside the registration's own transaction and in the
 * registrant's language. Each mail's key names the change it tells of, so a confirmation is queued once per
 * registration however often the change is retried.
 */
@Component
class RegistrationMail {

	private final Outbox outbox;
	private final MessageSource messages;

	RegistrationMail(Outbox outbox, MessageSource messages) {
		this.outbox = outbox;
		this.messages = messages;
	}

	/** The key of a registration's one confirmation mail. */
	static String confirmationKey(Registration registration) {
		return "event-registration-confirmed:" + registration.reference();
	}

	void confirmed(Event event, Registration registration) {
		send(event, registration, "confirmed", confirmationKey(registration));
	}

	void waitlisted(Event event, Registration registration) {
		send(event, registration, "waitlisted", "event-registration-waitlisted:" + registration.reference());
	}

	void offered(Event event, Registration registration, long offerSeq) {
		send(event, registration, "offered", "event-registration-offered:" + registration.reference() + ":" + offerSeq);
	}

	private void send(Event event, Registration registration, String kind, String key) {
		var locale = Locale.forLanguageTag(registration.language());
		var title = event.title().in(locale);
		var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.format(event.start());
		var link = "/" + registration.language() + "/registrations/" + registration.reference();
		var subject = messages.getMessage("event.mail." + kind + ".subject", new Object[] { title }, locale);
		var body = messages.getMessage("event.mail." + kind + ".body",
				new Object[] { registration.name(), title, when, event.venue().name().in(locale),
						registration.quantity(), registration.reference(), link },
				locale);
		outbox.enqueue(new OutgoingMail(registration.email(), subject, body, key));
	}
}
