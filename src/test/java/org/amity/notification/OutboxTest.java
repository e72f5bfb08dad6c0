package org.amity.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail is queued with what it announces and reaches a real SMTP server once. */
@SpringBootTest
@AutoConfigureMockMvc
class OutboxTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("amity.mail.relay-interval", () -> "PT0.2S");
	}

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Test
	void a_queued_mail_reaches_the_mail_server_once_and_is_marked_sent() throws Exception {
		var key = "test-welcome:" + UUID.randomUUID();
		transactions.executeWithoutResult(status -> outbox.enqueue(
				new OutgoingMail("minji@example.kr", "서울-도쿄 주간 등록 확인", "등록되었습니다.", key)));

		var sent = waitUntilSent(key);
		assertThat(sent.isSent()).isTrue();
		var received = smtp.getReceivedMessagesForDomain("minji@example.kr");
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("서울-도쿄 주간 등록 확인");
		assertThat(received[0].getHeader("X-Amity-Mail-Key")[0]).isEqualTo(key);
	}

	@Test
	void the_same_key_is_queued_once_however_often_it_is_replayed() {
		var key = "test-replay:" + UUID.randomUUID();
		var mail = new OutgoingMail("kenji@example.jp", "確認", "本文", key);
		boolean first = transactions.execute(status -> outbox.enqueue(mail));
		boolean second = transactions.execute(status -> outbox.enqueue(mail));
		assertThat(first).isTrue();
		assertThat(second).isFalse();
		assertThat(outbox.countByKeyPrefix(key)).isEqualTo(1);
	}

	@Test
	void a_mail_queued_in_a_transaction_that_rolls_back_was_never_queued() {
		var key = "test-rollback:" + UUID.randomUUID();
		transactions.executeWithoutResult(status -> {
			outbox.enqueue(new OutgoingMail("ayu@example.id", "Konfirmasi", "Isi", key));
			status.setRollbackOnly();
		});
		assertThat(outbox.byKey(key)).isEmpty();
	}

	@Test
	void mail_cannot_be_queued_outside_the_transaction_of_what_it_announces() {
		assertThatThrownBy(() -> outbox.enqueue(new OutgoingMail("a@example.org", "s", "b", "k")))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void a_header_cannot_be_smuggled_through_the_address_or_the_subject() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingMail("a@example.org\r\nBcc: all@example.org", "s", "b", "k"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingMail("a@example.org, b@example.org", "s", "b", "k"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingMail("a@example.org", "Hello\nBcc: all@example.org", "b", "k"));
	}

	@Test
	void the_outbox_page_shows_queued_mail_with_hostile_text_as_text() throws Exception {
		var key = "test-hostile:" + UUID.randomUUID();
		transactions.executeWithoutResult(status -> outbox.enqueue(new OutgoingMail("hostile@example.org",
				"<script>alert(1)</script> \u202Egnp.exe", "<img src=x onerror=alert(2)>", key)));
		mvc.perform(get("/ko/manage/outbox").with(authentication(CurrentUser.authenticationOf(Caller.system()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("발송함")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(containsString("&lt;img src=x onerror=alert(2)&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	private QueuedMail waitUntilSent(String key) throws InterruptedException {
		for (int i = 0; i < 150; i++) {
			var mail = outbox.byKey(key).orElseThrow();
			if (mail.isSent()) {
				return mail;
			}
			Thread.sleep(100);
		}
		return outbox.byKey(key).orElseThrow();
	}
}
