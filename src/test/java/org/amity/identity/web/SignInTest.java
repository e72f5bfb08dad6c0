package org.amity.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.amity.identity.Accounts;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.NewAccount;
import org.amity.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** Signing in and out, the URL convention's rules, lock-out, CSRF and the security headers, through the whole app. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CurrentUser currentUser;

	void account(String username, String password, Grant grant) {
		currentUser.runAs(Caller.system(), () -> {
			if (accounts.find(username).isEmpty()) {
				accounts.register(new NewAccount(username, username, null, "en", password, false, Set.of(grant)));
			}
		});
	}

	/** Spring Session finds the session by its cookie, so the tests carry the cookie as a browser would. */
	Cookie signIn(String username, String lang) throws Exception {
		var result = mvc.perform(post("/" + lang + "/login").with(csrf())
			.param("username", username)
			.param("password", "amity-demo")).andExpect(redirectedUrl("/" + lang + "/me")).andReturn();
		var cookie = result.getResponse().getCookie("AMITY_SESSION");
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getSecure()).isTrue();
		return cookie;
	}

	@Test
	void the_sign_in_page_answers_in_each_language_with_a_csrf_token_in_its_form() throws Exception {
		mvc.perform(get("/ko/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ko\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("action=\"/ko/login\"")));
		mvc.perform(get("/ja/login")).andExpect(content().string(containsString("サインイン")));
		mvc.perform(get("/id/login")).andExpect(content().string(containsString("Masuk")));
	}

	@Test
	void a_demo_officer_signs_in_lands_on_their_account_page_marked_demo_and_signs_out() throws Exception {
		var session = signIn("tokyo.officer", "ja");
		mvc.perform(get("/ja/me").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tokyo.officer")))
			.andExpect(content().string(containsString("demo-tag")))
			.andExpect(content().string(containsString("都市の国際交流担当職員")));
		mvc.perform(post("/ja/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/ja/login?signed-out"));
		mvc.perform(get("/ja/me").cookie(session)).andExpect(redirectedUrl("/ja/login"));
	}

	@Test
	void a_wrong_password_is_refused_in_the_readers_language_without_saying_which_part_was_wrong() throws Exception {
		mvc.perform(post("/id/login").with(csrf()).param("username", "seoul.officer").param("password", "nope"))
			.andExpect(redirectedUrl("/id/login?error=failed"));
		mvc.perform(post("/id/login").with(csrf()).param("username", "nobody-at-all").param("password", "nope"))
			.andExpect(redirectedUrl("/id/login?error=failed"));
		mvc.perform(get("/id/login").param("error", "failed"))
			.andExpect(content().string(containsString("Nama pengguna atau kata sandi salah.")));
		mvc.perform(get("/id/login").param("error", "<script>alert(1)</script>"))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void five_wrong_passwords_lock_the_account_even_against_the_right_one_with_a_clear_message() throws Exception {
		account("lock-me", "right-password-1", Grant.platform(Role.PARTICIPANT));
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/en/login").with(csrf()).param("username", "lock-me").param("password", "wrong" + i))
				.andExpect(redirectedUrl("/en/login?error=failed"));
		}
		mvc.perform(post("/en/login").with(csrf()).param("username", "lock-me").param("password", "right-password-1"))
			.andExpect(redirectedUrl("/en/login?error=locked"));
		mvc.perform(get("/ko/login").param("error", "locked"))
			.andExpect(content().string(containsString("15분 동안 잠겼습니다")));
	}

	@Test
	void a_form_sent_without_its_csrf_token_is_refused() throws Exception {
		mvc.perform(post("/en/login").param("username", "tokyo.officer").param("password", "amity-demo"))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/en/access-denied"))
			.andExpect(request().attribute(SignInPages.DENIED_REASON, "problem.csrf"));
	}

	@Test
	void staff_pages_send_the_anonymous_to_sign_in_and_refuse_non_staff_in_their_language() throws Exception {
		mvc.perform(get("/ko/manage/audit")).andExpect(redirectedUrl("/ko/login"));
		var session = signIn("participant", "ko");
		mvc.perform(get("/ko/manage/audit").cookie(session))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/ko/access-denied"));
		mvc.perform(get("/ko/access-denied").cookie(session))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("이 페이지를 열 수 없습니다")));
	}

	@Test
	void api_writes_need_staff_credentials_and_answer_problems_not_redirects() throws Exception {
		mvc.perform(post("/api/v1/imports").header(HttpHeaders.ACCEPT_LANGUAGE, "ja"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Basic")))
			.andExpect(jsonPath("$.title").value("サインインが必要です"));
		mvc.perform(post("/api/v1/imports").with(httpBasic("researcher", "amity-demo")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		// staff get past the URL rule; this path has no endpoint behind it
		mvc.perform(post("/api/v1/imports").with(httpBasic("tokyo.officer", "amity-demo")))
			.andExpect(status().is4xxClientError())
			.andExpect(status().is(not(401)))
			.andExpect(status().is(not(403)));
		mvc.perform(post("/api/v1/imports").with(httpBasic("tokyo.officer", "wrong")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void pages_carry_a_content_security_policy_and_public_reading_opens_no_session() throws Exception {
		mvc.perform(get("/en/partnerships/seoul-kr-tokyo-jp"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
		mvc.perform(get("/en/search").param("q", "Seoul"))
			.andExpect(content().string(not(containsString("_csrf"))))
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
	}
}
