package org.amity.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.amity.notification.MailErasure;
import org.amity.notification.Outbox;
import org.amity.shared.personal.DataSubject;
import org.amity.shared.personal.Erasure;
import org.amity.shared.personal.PersonalDataContribution;
import org.springframework.stereotype.Component;

/** The mail Amity sent the person, through the notification module's API. */
@Component
class MailData implements PersonalDataContribution {

	private final Outbox outbox;
	private final MailErasure erasure;

	MailData(Outbox outbox, MailErasure erasure) {
		this.outbox = outbox;
		this.erasure = erasure;
	}

	@Override
	public String section() {
		return "mail";
	}

	@Override
	public List<Map<String, Object>> export(DataSubject subject) {
		if (subject.email() == null || subject.email().isBlank()) {
			return List.of();
		}
		return outbox.to(subject.email()).stream().map(mail -> {
			var fields = new LinkedHashMap<String, Object>();
			fields.put("queuedAt", mail.queuedAt().toString());
			fields.put("sentAt", mail.sentAt() == null ? null : mail.sentAt().toString());
			fields.put("recipient", mail.recipient());
			fields.put("subject", mail.subject());
			fields.put("body", mail.body());
			return (Map<String, Object>) fields;
		}).toList();
	}

	@Override
	public Erasure erase(DataSubject subject, String pseudonym) {
		if (subject.email() == null || subject.email().isBlank()) {
			return Erasure.none(section());
		}
		return new Erasure(section(), erasure.forget(subject.email(), pseudonym), 0);
	}

	@Override
	public int purge(Instant olderThan) {
		return erasure.purgeSentBefore(olderThan);
	}
}
