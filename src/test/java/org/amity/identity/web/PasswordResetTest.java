package org.amity.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.amity.identity.Accounts;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.NewAccount;
import org.amity.identity.Role;
import org.amity.notification.Outbox;
import org.amity.notification.QueuedMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A forgotten password is reset through a one-time link mailed via the outbox in the account's language. */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordResetTest {

	static final Pattern LINK = Pattern.compile("http://localhost:8080/(\\w\\w)/password-reset/([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	Outbox outbox;

	String account(String language) {
		var username = "reset-" + UUID.randomUUID().toString().substring(0, 8);
		currentUser.runAs(Caller.system(), () -> accounts.register(new NewAccount(username, "Reset Tester", username
				+ "@example.org", language, "old-password-1", false, Set.of(Grant.platform(Role.PARTICIPANT)))));
		return username;
	}

	QueuedMail mailTo(String username) {
		return outbox.to(username + "@example.org").get(0);
	}

	@Test
	void a_korean_account_gets_a_korean_link_that_sets_a_new_password_once() throws Exception {
		var username = account("ko");
		mvc.perform(post("/en/password-reset").with(csrf()).param("username", username))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("a link is on its way")));
		var mail = mailTo(username);
		assertThat(mail.subject()).contains("새 비밀번호");
		assertThat(mail.key()).startsWith("password-reset:");
		var link = LINK.matcher(mail.body());
		assertThat(link.find()).isTrue();
		var path = "/" + link.group(1) + "/password-reset/" + link.group(2);
		assertThat(link.group(1)).isEqualTo("ko");
		mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("새 비밀번호")));
		mvc.perform(post(path).with(csrf()).param("password", "short").param("confirmation", "short"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("10자에서 200자까지")));
		mvc.perform(post(path).with(csrf()).param("password", "new-password-42").param("confirmation", "other-one-42"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("두 비밀번호가 다릅니다")));
		mvc.perform(post(path).with(csrf()).param("password", "new-password-42").param("confirmation", "new-password-42"))
			.andExpect(redirectedUrl("/ko/login?reset"));
		mvc.perform(post("/ko/login").with(csrf()).param("username", username).param("password", "new-password-42"))
			.andExpect(redirectedUrl("/ko/me"));
		mvc.perform(post("/ko/login").with(csrf()).param("username", username).param("password", "old-password-1"))
			.andExpect(redirectedUrl("/ko/login?error=failed"));
		mvc.perform(post(path).with(csrf()).param("password", "again-password-1").param("confirmation", "again-password-1"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("만료되었거나 이미 사용되었습니다")));
	}

	@Test
	void asking_twice_sends_one_mail_and_an_unknown_or_hostile_username_is_answered_the_same_without_mail()
			throws Exception {
		var username = account("ja");
		mvc.perform(post("/ja/password-reset").with(csrf()).param("username", username));
		mvc.perform(post("/ja/password-reset").with(csrf()).param("username", username));
		assertThat(outbox.to(username + "@example.org")).hasSize(1);
		long before = outbox.countByKeyPrefix("password-reset:");
		for (var hostile : new String[] { "nobody-" + UUID.randomUUID(), "<script>alert(1)</script>",
				"' or 1=1 --", "x".repeat(10_000), "admin\u202E\u200B" }) {
			mvc.perform(post("/ja/password-reset").with(csrf()).param("username", hostile))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("リンクを送りました")));
		}
		assertThat(outbox.countByKeyPrefix("password-reset:")).isEqualTo(before);
	}

	@Test
	void a_made_up_link_is_refused() throws Exception {
		mvc.perform(get("/id/password-reset/not-a-real-token"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("kedaluwarsa")));
	}
}
