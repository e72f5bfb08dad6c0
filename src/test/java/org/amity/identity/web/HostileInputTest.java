package org.amity.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.amity.identity.Accounts;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.NewAccount;
import org.amity.identity.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Overlong and hostile values (markup, SQL, right-to-left overrides, zero-width characters, NUL) in the sign-in form,
 * the account pages and the audit search are refused plainly or stored and shown as text; nothing fails or is stored
 * half-way.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileInputTest {

	static final String SCRIPT = "<script>alert('x')</script>";
	static final String RTL = "admin\u202Etxt.exe";
	static final String ZERO_WIDTH = "tokyo\u200B.officer";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "signing in as {0} is refused as a wrong password")
	@ValueSource(strings = { SCRIPT, "' or '1'='1' --", "tokyo.officer'; drop table identity.account; --", RTL,
			ZERO_WIDTH, "\u0000", "   " })
	void hostile_usernames_are_refused_like_any_wrong_one(String username) throws Exception {
		long accounts = count();
		mvc.perform(post("/en/login").with(csrf()).param("username", username).param("password", "amity-demo"))
			.andExpect(redirectedUrl("/en/login?error=failed"));
		assertThat(count()).isEqualTo(accounts);
	}

	@Test
	void an_overlong_username_or_password_is_refused_without_error() throws Exception {
		mvc.perform(post("/en/login").with(csrf()).param("username", "x".repeat(100_000)).param("password", "p"))
			.andExpect(redirectedUrl("/en/login?error=failed"));
		mvc.perform(post("/en/login").with(csrf()).param("username", "tokyo.officer")
			.param("password", "p".repeat(100_000))).andExpect(redirectedUrl("/en/login?error=failed"));
	}

	@Test
	void a_hostile_display_name_is_stored_as_typed_and_shown_as_text() throws Exception {
		var name = SCRIPT + " " + RTL + " \u200B<img src=x onerror=alert(1)>";
		currentUser.runAs(Caller.system(), () -> accounts.register(new NewAccount("hostile-name", name, null, "en",
				"pw-1234567890", false, Set.of(Grant.platform(Role.PARTICIPANT)))));
		assertThat(accounts.find("hostile-name").orElseThrow().displayName()).isEqualTo(name);
		var caller = accounts.find("hostile-name").orElseThrow().caller();
		mvc.perform(get("/en/me").with(authentication(CurrentUser.authenticationOf(caller))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
			.andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
			.andExpect(content().string(not(containsString("<img src=x"))));
	}

	@Test
	void an_overlong_or_empty_account_name_is_refused_before_anything_is_stored() {
		long before = count();
		assertThatThrownBy(() -> new NewAccount("x".repeat(101), "name", null, "en", "pw", false, Set.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new NewAccount("ok", " ", null, "en", "pw", false, Set.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void the_audit_search_keeps_a_hostile_id_as_text() throws Exception {
		var staff = Caller.of(7001, "hostile-staff", java.util.List.of(Grant.of(Role.CITY_OFFICER, 1)), false);
		mvc.perform(get("/en/manage/audit").param("id", "\"><script>alert(1)</script>")
			.with(authentication(CurrentUser.authenticationOf(staff))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	long count() {
		return jdbc.sql("select count(*) from identity.account").query(Long.class).single();
	}
}
