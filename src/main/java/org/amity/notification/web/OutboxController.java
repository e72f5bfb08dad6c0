package org.amity.notification.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.amity.identity.AccessRule;
import org.amity.notification.Outbox;
import org.amity.notification.QueuedMail;
import org.amity.shared.web.PortalPaths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The outbox as staff see it: what Amity mailed, to whom, and whether the mail server took it. Without a mail server
 * (development, demonstrations) this page is where the mail is read.
 */
@AccessRule(AccessRule.Audience.PLATFORM_ADMIN)
@Controller
class OutboxController {

	static final int SHOWN = 200;

	private final Outbox outbox;

	OutboxController(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping(PortalPaths.LANG + "/manage/outbox")
	String outbox(Model model) {
		model.addAttribute("mails", outbox.recent(SHOWN).stream().map(MailRow::of).toList());
		model.addAttribute("shown", SHOWN);
		return "outbox";
	}

	/** A mail with its times written out in UTC, as the page shows them. */
	record MailRow(String queuedAt, String recipient, String subject, String body, boolean sent, String sentAt,
			int attempts, String lastError) {

		private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneOffset.UTC);

		static MailRow of(QueuedMail mail) {
			return new MailRow(time(mail.queuedAt()), mail.recipient(), mail.subject(), mail.body(), mail.isSent(),
					time(mail.sentAt()), mail.attempts(), mail.lastError());
		}

		private static String time(Instant instant) {
			return instant == null ? null : TIME.format(instant);
		}
	}
}
