package org.amity.exchange;

import java.util.Locale;

import org.amity.notification.Outbox;
import org.amity.notification.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells applicants, in their language, what happened to their application. Mail is queued in the outbox inside the
 * transaction that made the change, keyed by the application and the event, so it goes once even when a request is
 * replayed, and never for a change that rolled back.
 */
@Component
class ExchangeMail {

	private final Outbox outbox;
	private final ExchangeRepository repository;
	private final MessageSource messages;

	ExchangeMail(Outbox outbox, ExchangeRepository repository, MessageSource messages) {
		this.outbox = outbox;
		this.repository = repository;
		this.messages = messages;
	}

	@EventListener
	void on(ApplicationSubmitted e) {
		mail(e.applicationId(), "submitted", e.callId());
	}

	@EventListener
	void on(ApplicationAccepted e) {
		mail(e.applicationId(), "accepted", e.callId());
	}

	@EventListener
	void on(ApplicationWaitlisted e) {
		mail(e.applicationId(), "waitlisted", e.callId());
	}

	@EventListener
	void on(ApplicationRejected e) {
		mail(e.applicationId(), "rejected", e.callId());
	}

	@EventListener
	void on(ApplicationWithdrawn e) {
		mail(e.applicationId(), "withdrawn", e.callId());
	}

	@EventListener
	void on(ParticipantPlaced e) {
		// a later adjustment is news too: the key names the host
		mail(e.applicationId(), "placed", e.callId(), "placed-" + e.hostId());
	}

	private void mail(long applicationId, String what, long callId) {
		mail(applicationId, what, callId, what);
	}

	private void mail(long applicationId, String what, long callId, String keySuffix) {
		var application = repository.application(applicationId).orElse(null);
		var call = repository.call(callId).orElse(null);
		if (application == null || call == null) {
			return;
		}
		var locale = Locale.forLanguageTag(application.applicant().language());
		var title = call.title().in(locale);
		var subject = messages.getMessage("exchange.mail." + what + ".subject", new Object[] { title }, locale);
		var body = messages.getMessage("exchange.mail." + what + ".body",
				new Object[] { application.applicant().name(), title,
						"/" + application.applicant().language() + "/applications/"
								+ application.applicant().accessKey() },
				locale);
		outbox.enqueue(new OutgoingMail(application.applicant().email(), subject, body,
				"exchange-application:" + applicationId + ":" + keySuffix));
	}
}
