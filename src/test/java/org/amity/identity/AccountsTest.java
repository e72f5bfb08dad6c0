package org.amity.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts and their roles on the embedded database. */
@SpringBootTest
class AccountsTest {

	@Autowired
	Accounts accounts;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	JdbcClient jdbc;

	static final Caller ADMIN = Caller.of(-1, "test-admin", List.of(Grant.platform(Role.PLATFORM_ADMIN)), false);

	@Test
	void a_password_is_stored_only_as_a_salted_hash() {
		var account = accounts.registerTrusted(new NewAccount("hash-check", "Hash Check", null, "ko", "s3cret-pass!",
				false, Set.of(Grant.platform(Role.PARTICIPANT))));
		var hash = jdbc.sql("select password_hash from identity.account where id = :id")
			.param("id", account.id())
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("s3cret-pass!");
		assertThat(account.grants()).containsExactly(Grant.platform(Role.PARTICIPANT));
		assertThat(account.language()).isEqualTo("ko");
	}

	@Test
	void only_a_platform_admin_grants_a_city_admin_and_a_city_admin_grants_officers_of_their_city_only() {
		var account = accounts.registerTrusted(new NewAccount("grant-check", "Grant Check", null, "en", "pw-123456",
				false, Set.of()));
		var seoulAdmin = Caller.of(-2, "seoul-admin", List.of(Grant.of(Role.CITY_ADMIN, 100)), false);
		currentUser.runAs(seoulAdmin, () -> {
			accounts.grant(account.id(), Grant.of(Role.CITY_OFFICER, 100));
			assertThatThrownBy(() -> accounts.grant(account.id(), Grant.of(Role.CITY_OFFICER, 200)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> accounts.grant(account.id(), Grant.of(Role.CITY_ADMIN, 100)))
				.isInstanceOf(AccessDeniedException.class);
		});
		currentUser.runAs(ADMIN, () -> accounts.grant(account.id(), Grant.of(Role.CITY_ADMIN, 200)));
		assertThat(accounts.find(account.id()).orElseThrow().grants())
			.containsExactlyInAnyOrder(Grant.of(Role.CITY_OFFICER, 100), Grant.of(Role.CITY_ADMIN, 200));
		assertThatThrownBy(() -> accounts.grant(account.id(), Grant.of(Role.CITY_OFFICER, 100)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_second_account_with_the_same_username_in_other_letter_case_is_refused() {
		accounts.registerTrusted(new NewAccount("Same-Name", "One", null, "en", "pw-123456", false, Set.of()));
		assertThatThrownBy(() -> accounts.registerTrusted(
				new NewAccount("same-name", "Two", null, "en", "pw-123456", false, Set.of())))
			.isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
	}
}
