package org.amity.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.amity.shared.LocalizedText;
import org.amity.shared.PartialDate;
import org.junit.jupiter.api.Test;

class OrganisationRulesTest {

	static final LocalizedText NAME = LocalizedText.of("en", "Seoul Metropolitan Government");

	@Test
	void an_organisation_needs_a_name_in_some_language() {
		assertThatThrownBy(() -> new Organisation(0, "seoul", ActorKind.LOCAL_GOVERNMENT, new LocalizedText(null), null,
				null, false))
			.isInstanceOfSatisfying(ActorRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(ActorRefusedException.Reason.NAME_MISSING));
	}

	@Test
	void a_slug_with_a_path_or_spaces_is_refused() {
		for (var slug : new String[] { "../etc", "Seoul", "a b", "-a", "a--b", "" }) {
			assertThatThrownBy(() -> new Organisation(0, slug, ActorKind.UNIVERSITY, NAME, null, null, false))
				.as(slug)
				.isInstanceOf(ActorRefusedException.class);
		}
	}

	@Test
	void a_website_must_be_a_web_address_so_no_script_link_can_be_stored() {
		assertThatThrownBy(() -> new Organisation(0, "x", ActorKind.SCHOOL, NAME, null, "javascript:alert(1)", false))
			.isInstanceOfSatisfying(ActorRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(ActorRefusedException.Reason.BAD_WEBSITE));
		assertThat(new Organisation(0, "x", ActorKind.SCHOOL, NAME, null, "https://example.org", false).website())
			.isEqualTo("https://example.org");
	}

	@Test
	void a_role_cannot_end_before_it_starts() {
		assertThatThrownBy(() -> new Relation(0, 1, MembershipRole.FUNDER, Target.program(2, NAME), PartialDate.ofYear(2020),
				PartialDate.ofYear(2019), false))
			.isInstanceOfSatisfying(ActorRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(ActorRefusedException.Reason.PERIOD_REVERSED));
	}

	@Test
	void an_organisation_cannot_relate_to_itself() {
		assertThatThrownBy(() -> new Relation(0, 1, MembershipRole.MEMBER, Target.organisation(1, NAME), null, null, false))
			.isInstanceOf(ActorRefusedException.class);
	}

	@Test
	void a_role_given_by_years_holds_through_those_years_and_an_open_one_still_holds() {
		var relation = new Relation(0, 1, MembershipRole.HOST, Target.program(2, NAME), PartialDate.ofYear(2014),
				PartialDate.ofYear(2016), false);
		assertThat(relation.heldIn(2013)).isFalse();
		assertThat(relation.heldIn(2014)).isTrue();
		assertThat(relation.heldIn(2016)).isTrue();
		assertThat(relation.heldIn(2017)).isFalse();
		var open = new Relation(0, 1, MembershipRole.HOST, Target.program(2, NAME), PartialDate.ofYear(2014), null, false);
		assertThat(open.heldIn(2040)).isTrue();
	}

	@Test
	void a_person_with_a_malformed_address_is_refused() {
		assertThatThrownBy(() -> new Person(0, "Kim", "not an address", null, null, false, false))
			.isInstanceOf(ActorRefusedException.class);
	}
}
