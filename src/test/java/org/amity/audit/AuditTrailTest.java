package org.amity.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.amity.city.Gazetteer;
import org.amity.identity.AccessDeniedException;
import org.amity.identity.Accounts;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.NewAccount;
import org.amity.identity.Role;
import org.amity.partnership.Partnership;
import org.amity.partnership.Partnerships;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Changes to partnerships and roles leave entries that say who, in which role, before and after; none can be altered. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailTest {

	@Autowired
	AuditTrail audit;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	Accounts accounts;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	long seoul;
	long tokyo;
	Caller seoulOfficer;
	Caller tokyoOfficer;

	@BeforeEach
	void cities() {
		seoul = gazetteer.findBySlug("seoul-kr").orElseThrow().id();
		tokyo = gazetteer.findBySlug("tokyo-jp").orElseThrow().id();
		seoulOfficer = Caller.of(9001, "seoul-test-officer", List.of(Grant.of(Role.CITY_OFFICER, seoul)), false);
		tokyoOfficer = Caller.of(9002, "tokyo-test-officer", List.of(Grant.of(Role.CITY_OFFICER, tokyo)), false);
	}

	/** A partnership of Seoul's that Tokyo is not party to. */
	long seoulOnlyPartnership() {
		return partnerships.involving(seoul)
			.stream()
			.filter(p -> p.placeA() != tokyo && p.placeB() != tokyo)
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void a_change_by_a_seoul_officer_is_recorded_with_their_role_city_and_the_record_before_and_after() {
		long id = seoulOnlyPartnership();
		var source = "audit-test-" + java.util.UUID.randomUUID();
		currentUser.runAs(seoulOfficer,
				() -> partnerships.addSource(id, new Partnership.Source(source, "https://example.org/a")));
		var entries = readAs(seoulOfficer, "partnership", String.valueOf(id));
		var entry = entries.get(0);
		assertThat(entry.actor()).isEqualTo("seoul-test-officer");
		assertThat(entry.actorRoles()).isEqualTo("CITY_OFFICER:" + seoul);
		assertThat(entry.actorCities()).containsExactly(seoul);
		assertThat(entry.action()).isEqualTo("source");
		assertThat(entry.before()).doesNotContain(source);
		assertThat(entry.after()).contains(source);
		assertThat(entry.ownerCities()).contains(seoul);
	}

	@Test
	void a_tokyo_officer_cannot_read_the_history_of_seouls_partnership_but_a_platform_admin_can() {
		long id = seoulOnlyPartnership();
		currentUser.runAs(seoulOfficer,
				() -> partnerships.addSource(id, new Partnership.Source("audit-test-2", "https://example.org/b")));
		currentUser.runAs(tokyoOfficer, () -> assertThatThrownBy(() -> audit.history("partnership", String.valueOf(id)))
			.isInstanceOf(AccessDeniedException.class));
		assertThat(readAs(Caller.system(), "partnership", String.valueOf(id))).isNotEmpty();
		var participant = Caller.of(9003, "p", List.of(Grant.platform(Role.PARTICIPANT)), false);
		currentUser.runAs(participant, () -> assertThatThrownBy(() -> audit.history("partnership", "1"))
			.isInstanceOf(AccessDeniedException.class));
	}

	@Test
	void the_database_refuses_to_change_or_remove_an_entry() {
		currentUser.runAs(seoulOfficer, () -> partnerships.addSource(seoulOnlyPartnership(),
				new Partnership.Source("audit-test-3", "https://example.org/c")));
		assertThatThrownBy(() -> jdbc.sql("update audit.entry set actor = 'someone else'").update())
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit.entry").update()).hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate audit.entry").update()).hasStackTraceContaining("append-only");
	}

	@Test
	void giving_a_role_is_recorded_with_who_gave_it() {
		currentUser.runAs(Caller.system(), () -> {
			var account = accounts.register(new NewAccount("audited-grant", "Audited", null, "en", "pw-123456", false,
					Set.of()));
			accounts.grant(account.id(), Grant.of(Role.CITY_OFFICER, seoul));
			var entries = audit.history("account", String.valueOf(account.id()));
			assertThat(entries).hasSize(1);
			assertThat(entries.get(0).actor()).isEqualTo("system");
			assertThat(entries.get(0).before()).isEqualTo("\"\"");
			assertThat(entries.get(0).after()).contains("CITY_OFFICER:" + seoul);
		});
	}

	@Test
	void staff_browse_a_records_history_on_a_page_and_in_the_api_with_hostile_text_shown_as_text() throws Exception {
		long id = seoulOnlyPartnership();
		currentUser.runAs(seoulOfficer, () -> partnerships.addSource(id,
				new Partnership.Source("<script>alert('audit')</script>\u202Eevil", "https://example.org/d")));
		var asSeoul = authentication(CurrentUser.authenticationOf(seoulOfficer));
		mvc.perform(get("/ja/manage/audit").param("type", "partnership").param("id", String.valueOf(id)).with(asSeoul))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("監査記録")))
			.andExpect(content().string(containsString("seoul-test-officer")))
			.andExpect(content().string(containsString("&lt;script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert('audit')"))));
		mvc.perform(get("/api/v1/audit").param("type", "partnership").param("id", String.valueOf(id)).with(asSeoul))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].actor").value("seoul-test-officer"));
		mvc.perform(get("/api/v1/audit").param("type", "partnership").param("id", String.valueOf(id))
			.with(authentication(CurrentUser.authenticationOf(tokyoOfficer)))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit").param("type", "partnership").param("id", String.valueOf(id)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/en/manage/audit").param("id", "x".repeat(300)).with(asSeoul))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at most 200 characters")));
	}

	@Test
	void a_tokyo_admin_granting_and_revoking_a_role_is_recorded_with_their_city_and_role_and_shown_on_the_page()
			throws Exception {
		var tokyoAdmin = Caller.of(9004, "tokyo-test-admin", List.of(Grant.of(Role.CITY_ADMIN, tokyo)), false);
		var name = "audited-revoke-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		var created = new long[1];
		currentUser.runAs(Caller.system(), () -> created[0] = accounts
			.register(new NewAccount(name, "Audited", null, "ja", "pw-1234567890", false, Set.of()))
			.id());
		var officer = Grant.of(Role.CITY_OFFICER, tokyo);
		currentUser.runAs(tokyoAdmin, () -> {
			accounts.grant(created[0], officer);
			accounts.revoke(created[0], officer);
		});
		var entries = readAs(tokyoAdmin, "account", String.valueOf(created[0]));
		assertThat(entries).hasSize(2);
		assertThat(entries).allSatisfy(entry -> {
			assertThat(entry.actor()).isEqualTo("tokyo-test-admin");
			assertThat(entry.actorRoles()).isEqualTo("CITY_ADMIN:" + tokyo);
			assertThat(entry.actorCities()).containsExactly(tokyo);
			assertThat(entry.at()).isNotNull();
			assertThat(entry.ownerCities()).containsExactly(tokyo);
		});
		var revoked = entries.get(0);
		assertThat(revoked.before()).contains("CITY_OFFICER:" + tokyo);
		assertThat(revoked.after()).doesNotContain("CITY_OFFICER:" + tokyo);
		assertThat(entries.get(1).after()).contains("CITY_OFFICER:" + tokyo);
		var tokyoInJapanese = gazetteer.find(tokyo).orElseThrow().nameIn(java.util.Locale.JAPANESE);
		mvc.perform(get("/ja/manage/audit").param("type", "account").param("id", String.valueOf(created[0]))
			.with(authentication(CurrentUser.authenticationOf(tokyoAdmin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tokyo-test-admin")))
			.andExpect(content().string(containsString("CITY_ADMIN:" + tokyo)))
			.andExpect(content().string(containsString(tokyoInJapanese + "の立場で変更")));
	}

	private List<AuditEntry> readAs(Caller caller, String type, String id) {
		var result = new java.util.ArrayList<AuditEntry>();
		currentUser.runAs(caller, () -> result.addAll(audit.history(type, id)));
		return result;
	}
}
