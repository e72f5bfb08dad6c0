package org.amity.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.amity.shared.PartialDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PartnershipTest {

	static final Partnership.Source SCRAPED = new Partnership.Source("twin-cities", "line 7");

	Partnership signed() {
		return Partnership.register(20, 10, "seoul-kr-tokyo-jp", PartnershipType.SISTER, null,
				PartnershipStatus.SIGNED, false, SCRAPED);
	}

	@Test
	void a_and_b_are_the_same_partnership_as_b_and_a() {
		var partnership = signed();
		assertThat(partnership.placeA()).isEqualTo(10);
		assertThat(partnership.placeB()).isEqualTo(20);
		assertThat(partnership.partnerOf(10)).isEqualTo(20);
	}

	@Test
	void a_place_cannot_be_its_own_partner() {
		assertThatThrownBy(() -> Partnership.register(1, 1, "x", PartnershipType.SISTER, null,
				PartnershipStatus.SIGNED, false, SCRAPED))
			.isInstanceOfSatisfying(PartnershipRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(PartnershipRefusedException.Reason.SAME_PLACE));
	}

	@Test
	void an_active_partnership_can_fall_dormant_and_revive_and_every_change_is_kept() {
		var partnership = signed();
		partnership.changeStatus(PartnershipStatus.ACTIVE, PartialDate.parse("1988-09-03"), null, "test");
		partnership.changeStatus(PartnershipStatus.DORMANT, PartialDate.parse("1999"), "no activity", "test");
		partnership.changeStatus(PartnershipStatus.ACTIVE, PartialDate.parse("2014-07-23"), "MOU", "test");
		assertThat(partnership.history()).extracting(StatusChange::status)
			.containsExactly(PartnershipStatus.SIGNED, PartnershipStatus.ACTIVE, PartnershipStatus.DORMANT,
					PartnershipStatus.ACTIVE);
	}

	@Test
	void an_ended_partnership_cannot_be_revived_nor_a_proposal_become_active_before_signing() {
		var partnership = signed();
		partnership.changeStatus(PartnershipStatus.ENDED, PartialDate.ofYear(2020), null, "test");
		assertThatThrownBy(() -> partnership.changeStatus(PartnershipStatus.ACTIVE, null, null, "test"))
			.isInstanceOf(PartnershipRefusedException.class);
		assertThat(PartnershipStatus.PROPOSED.canBecome(PartnershipStatus.ACTIVE)).isFalse();
		assertThat(partnership.history()).hasSize(2);
	}

	@Test
	void the_founding_agreement_dates_an_undated_partnership_and_only_partners_sign() {
		var partnership = signed();
		var founding = new Agreement(null, AgreementKind.FOUNDING_AGREEMENT, "Sister city agreement",
				PartialDate.parse("1988-09-03"), "Seoul",
				List.of(new Agreement.Signature(10, PartialDate.parse("1988-09-03"))), Term.INDEFINITE,
				Set.of(CooperationField.CULTURE), 1, null, null, "test");
		partnership.recordAgreement(founding);
		assertThat(partnership.since()).hasToString("1988-09-03");
		var stranger = new Agreement(null, AgreementKind.MOU, "MOU", PartialDate.ofYear(2014), null,
				List.of(new Agreement.Signature(99, null)), Term.years(3), Set.of(), 1, null, null, "test");
		assertThatThrownBy(() -> partnership.recordAgreement(stranger))
			.isInstanceOfSatisfying(PartnershipRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(PartnershipRefusedException.Reason.NOT_A_PARTY));
	}

	@Test
	void a_fixed_term_expires_its_years_after_signing_and_a_milestone_has_no_term() {
		assertThat(Term.years(5).expiry(PartialDate.parse("2014-07-23"))).hasToString("2019-07-23");
		assertThat(Term.INDEFINITE.expiry(PartialDate.parse("2014-07-23"))).isNull();
		assertThat(Term.years(3).expiry(PartialDate.parse("2016-02-29"))).hasToString("2019-02-28");
		assertThat(Term.years(2).expiry(PartialDate.parse("2014-07"))).hasToString("2016-07");
		assertThatThrownBy(() -> new Agreement(null, AgreementKind.OFFICIAL_VISIT, "Visit", PartialDate.ofYear(1996),
				null, List.of(), Term.years(2), Set.of(), 1, null, null, "test"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void an_official_list_wins_over_scraped_data_and_keeps_both_sources() {
		var partnership = signed();
		partnership.confirmFromOfficialList(PartnershipType.FRIENDSHIP, PartialDate.parse("1982-07-14"),
				new Partnership.Source("tokyo-metropolitan-government", "line 4"));
		assertThat(partnership.type()).isEqualTo(PartnershipType.FRIENDSHIP);
		assertThat(partnership.since()).hasToString("1982-07-14");
		assertThat(partnership.curated()).isTrue();
		assertThat(partnership.status()).isEqualTo(PartnershipStatus.ACTIVE);
		assertThat(partnership.sources()).extracting(Partnership.Source::name)
			.containsExactly("twin-cities", "tokyo-metropolitan-government");
	}
}
