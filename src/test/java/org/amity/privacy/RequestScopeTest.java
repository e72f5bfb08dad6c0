package org.amity.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import org.amity.city.Gazetteer;
import org.amity.identity.AccessDeniedException;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A city admin answers the personal-data requests made under their own country's law, and no others. */
@SpringBootTest
class RequestScopeTest {

	@Autowired
	PersonalData personalData;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_tokyo_city_admin_sees_and_completes_japanese_requests_but_not_korean_ones() {
		long tokyo = gazetteer.findBySlug("tokyo-jp").orElseThrow().id();
		var tokyoAdmin = Caller.of(7501, "scope-tokyo-admin", List.of(Grant.of(Role.CITY_ADMIN, tokyo)), false);
		long korean = request(917_000_001L, "KR");
		long japanese = request(917_000_002L, "JP");
		var seen = as(tokyoAdmin, () -> personalData.requests());
		assertThat(seen).extracting(DataRequest::id).contains(japanese).doesNotContain(korean);
		assertThat(seen).allMatch(r -> r.jurisdiction() == Jurisdiction.JP);
		currentUser.runAs(tokyoAdmin, () -> assertThatThrownBy(() -> personalData.complete(korean))
			.isInstanceOf(AccessDeniedException.class));
		assertThat(status(korean)).isEqualTo("OPEN");
		assertThat(as(Caller.system(), () -> personalData.requests())).extracting(DataRequest::id)
			.contains(korean, japanese);
	}

	long request(long account, String jurisdiction) {
		jdbc.sql("delete from privacy.request where account_id = :a").param("a", account).update();
		return jdbc.sql("""
				insert into privacy.request (account_id, kind, jurisdiction, status, due_at)
				values (:a, 'DELETION', :j, 'OPEN', now() + interval '7 days') returning id""")
			.param("a", account).param("j", jurisdiction).query(Long.class).single();
	}

	String status(long id) {
		return jdbc.sql("select status from privacy.request where id = :id").param("id", id).query(String.class).single();
	}

	<T> T as(Caller caller, Supplier<T> work) {
		var result = new Object[1];
		currentUser.runAs(caller, () -> result[0] = work.get());
		@SuppressWarnings("unchecked")
		T t = (T) result[0];
		return t;
	}
}
