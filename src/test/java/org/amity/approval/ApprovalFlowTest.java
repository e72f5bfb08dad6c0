package org.amity.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.amity.identity.AccessDeniedException;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.Role;
import org.amity.partnership.Agreement;
import org.amity.partnership.AgreementKind;
import org.amity.partnership.CooperationField;
import org.amity.partnership.Partnership;
import org.amity.partnership.PartnershipProposals;
import org.amity.partnership.PartnershipStatus;
import org.amity.partnership.PartnershipType;
import org.amity.partnership.Partnerships;
import org.amity.partnership.Term;
import org.amity.shared.PartialDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A change to a shared partnership waits for the partner city, and is applied once, on the version it was made on. */
@SpringBootTest
class ApprovalFlowTest {

	@Autowired
	Partnerships partnerships;

	@Autowired
	PartnershipProposals proposals;

	@Autowired
	Approvals approvals;

	@Autowired
	CurrentUser currentUser;

	long seoul;
	long tokyo;
	long partnershipId;
	Caller seoulOfficer;
	Caller seoulColleague;
	Caller tokyoOfficer;
	Caller osakaOfficer;
	Caller admin = Caller.of(1, "admin", List.of(Grant.platform(Role.PLATFORM_ADMIN)), false);

	@BeforeEach
	void aFreshPartnership() {
		long base = 900_000_000L + ThreadLocalRandom.current().nextLong(1_000_000) * 3;
		seoul = base;
		tokyo = base + 1;
		seoulOfficer = Caller.of(101, "seoul-officer", List.of(Grant.of(Role.CITY_OFFICER, seoul)), false);
		seoulColleague = Caller.of(102, "seoul-colleague", List.of(Grant.of(Role.CITY_ADMIN, seoul)), false);
		tokyoOfficer = Caller.of(201, "tokyo-officer", List.of(Grant.of(Role.CITY_OFFICER, tokyo)), false);
		osakaOfficer = Caller.of(301, "osaka-officer", List.of(Grant.of(Role.CITY_OFFICER, base + 2)), false);
		partnershipId = as(admin, () -> partnerships.register(seoul, tokyo, "test-" + base, PartnershipType.SISTER,
				PartialDate.ofYear(1988), PartnershipStatus.ACTIVE, true, new Partnership.Source("test", null)))
			.id();
	}

	<T> T as(Caller caller, Supplier<T> work) {
		var result = new Object[1];
		currentUser.runAs(caller, () -> result[0] = work.get());
		@SuppressWarnings("unchecked")
		T t = (T) result[0];
		return t;
	}

	int version() {
		return partnerships.find(partnershipId).orElseThrow().version();
	}

	Agreement mou(String title) {
		return new Agreement(null, AgreementKind.MOU, title, PartialDate.ofYear(2014), "Seoul", List.of(),
				Term.years(5), java.util.Set.of(CooperationField.values()[0]), 1, null, null, "form");
	}

	Proposal proposeMou(Caller caller, String title) {
		long version = version();
		return as(caller, () -> proposals.proposeAgreement(partnershipId, mou(title), version));
	}

	@Test
	void an_agreement_proposed_by_seoul_waits_for_tokyo_and_applies_once_tokyo_approves() {
		var proposal = proposeMou(seoulOfficer, "2014 MOU on youth exchange");
		assertThat(proposal.status()).isEqualTo(ProposalStatus.PENDING);
		assertThat(proposal.proposingCity()).isEqualTo(seoul);
		assertThat(proposal.approvingCity()).isEqualTo(tokyo);
		assertThat(partnerships.find(partnershipId).orElseThrow().agreements()).isEmpty();
		assertThat(proposal.changes()).anySatisfy(change -> {
			assertThat(change.field()).isEqualTo("title");
			assertThat(change.current()).isNull();
			assertThat(change.proposed()).isEqualTo("2014 MOU on youth exchange");
			assertThat(change.changed()).isTrue();
		});

		var approved = as(tokyoOfficer, () -> approvals.approve(proposal.id()));

		assertThat(approved.status()).isEqualTo(ProposalStatus.APPROVED);
		assertThat(approved.decidedByName()).isEqualTo("tokyo-officer");
		assertThat(partnerships.find(partnershipId).orElseThrow().agreements())
			.extracting(Agreement::title).containsExactly("2014 MOU on youth exchange");
	}

	@Test
	void a_refusal_keeps_its_reason_and_changes_nothing() {
		var proposal = proposeMou(seoulOfficer, "MOU");
		int before = version();

		var refused = as(tokyoOfficer, () -> approvals.refuse(proposal.id(), "The term should be three years"));

		assertThat(refused.status()).isEqualTo(ProposalStatus.REFUSED);
		assertThat(as(seoulOfficer, () -> approvals.find(proposal.id())).reason())
			.isEqualTo("The term should be three years");
		assertThat(version()).isEqualTo(before);
		assertThatThrownBy(() -> as(tokyoOfficer, () -> approvals.refuse(proposal.id(), "  ")))
			.isInstanceOfSatisfying(ApprovalRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(ApprovalRefusedException.Reason.REASON_REQUIRED));
	}

	@Test
	void a_city_cannot_approve_its_own_proposal() {
		var proposal = proposeMou(seoulOfficer, "MOU");

		for (var seoulSide : List.of(seoulOfficer, seoulColleague)) {
			assertThatThrownBy(() -> as(seoulSide, () -> approvals.approve(proposal.id())))
				.isInstanceOfSatisfying(ApprovalRefusedException.class,
						e -> assertThat(e.reason()).isEqualTo(ApprovalRefusedException.Reason.OWN_PROPOSAL));
		}
		assertThat(as(seoulOfficer, () -> approvals.find(proposal.id())).status()).isEqualTo(ProposalStatus.PENDING);
	}

	@Test
	void a_third_citys_staff_can_neither_see_nor_decide_nor_propose() {
		var proposal = proposeMou(seoulOfficer, "MOU");

		assertThatThrownBy(() -> as(osakaOfficer, () -> approvals.find(proposal.id())))
			.isInstanceOf(ProposalNotFoundException.class);
		assertThatThrownBy(() -> as(osakaOfficer, () -> approvals.approve(proposal.id())))
			.isInstanceOf(ProposalNotFoundException.class);
		assertThatThrownBy(() -> as(osakaOfficer, () -> approvals.refuse(proposal.id(), "no")))
			.isInstanceOf(ProposalNotFoundException.class);
		assertThat(as(osakaOfficer, () -> approvals.forCaller())).extracting(Proposal::id)
			.doesNotContain(proposal.id());
		assertThatThrownBy(() -> proposeMou(osakaOfficer, "MOU")).isInstanceOf(AccessDeniedException.class);
		assertThat(as(tokyoOfficer, () -> approvals.forCaller())).extracting(Proposal::id).contains(proposal.id());
	}

	@Test
	void a_proposal_made_on_an_old_version_is_refused_and_one_overtaken_is_superseded_not_applied() {
		long old = version();
		var first = proposeMou(seoulOfficer, "First MOU");
		var second = proposeMou(tokyoOfficer, "Second MOU");

		as(tokyoOfficer, () -> approvals.approve(first.id()));

		assertThatThrownBy(() -> as(seoulOfficer, () -> proposals.proposeAgreement(partnershipId, mou("Late"), old)))
			.isInstanceOfSatisfying(ApprovalRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(ApprovalRefusedException.Reason.STALE));
		assertThat(as(seoulOfficer, () -> approvals.find(second.id())).status())
			.isEqualTo(ProposalStatus.SUPERSEDED);
		assertThatThrownBy(() -> as(seoulOfficer, () -> approvals.approve(second.id())))
			.isInstanceOfSatisfying(ApprovalRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(ApprovalRefusedException.Reason.STALE));
		assertThat(partnerships.find(partnershipId).orElseThrow().agreements()).extracting(Agreement::title)
			.containsExactly("First MOU");
	}

	@Test
	void a_proposal_whose_record_changed_meanwhile_is_superseded_when_approved() {
		var proposal = proposeMou(seoulOfficer, "MOU");
		// a platform admin changes the partnership directly in between
		long version = version();
		as(admin, () -> proposals.proposeStatus(partnershipId, PartnershipStatus.DORMANT, null, "quiet", version));

		assertThatThrownBy(() -> as(tokyoOfficer, () -> approvals.approve(proposal.id())))
			.isInstanceOfSatisfying(ApprovalRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(ApprovalRefusedException.Reason.STALE));
		assertThat(as(tokyoOfficer, () -> approvals.find(proposal.id())).status())
			.isEqualTo(ProposalStatus.SUPERSEDED);
		assertThat(partnerships.find(partnershipId).orElseThrow().agreements()).isEmpty();
	}

	@Test
	void a_replayed_approval_changes_nothing_the_second_time() {
		var proposal = proposeMou(seoulOfficer, "MOU");

		var first = as(tokyoOfficer, () -> approvals.approve(proposal.id()));
		int after = version();
		var replay = as(tokyoOfficer, () -> approvals.approve(proposal.id()));

		assertThat(replay.status()).isEqualTo(ProposalStatus.APPROVED);
		assertThat(replay.decidedAt()).isCloseTo(first.decidedAt(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
		assertThat(version()).isEqualTo(after);
		assertThat(partnerships.find(partnershipId).orElseThrow().agreements()).hasSize(1);
		assertThatThrownBy(() -> as(tokyoOfficer, () -> approvals.refuse(proposal.id(), "changed my mind")))
			.isInstanceOfSatisfying(ApprovalRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(ApprovalRefusedException.Reason.ALREADY_DECIDED));
	}

	@Test
	void a_platform_admin_applies_a_status_change_directly_and_it_is_recorded() {
		long version = version();
		var recorded = as(admin,
				() -> proposals.proposeStatus(partnershipId, PartnershipStatus.DORMANT, null, "no activity", version));

		assertThat(recorded.status()).isEqualTo(ProposalStatus.APPROVED);
		assertThat(recorded.appliedDirectly()).isTrue();
		assertThat(recorded.current()).containsEntry("status", "ACTIVE");
		assertThat(partnerships.find(partnershipId).orElseThrow().status()).isEqualTo(PartnershipStatus.DORMANT);
	}

	@Test
	void a_status_change_proposed_by_tokyo_applies_when_seoul_approves_and_the_proposer_may_withdraw_another() {
		long version = version();
		var proposal = as(tokyoOfficer,
				() -> proposals.proposeStatus(partnershipId, PartnershipStatus.SUSPENDED, null, "tension", version));
		var other = as(tokyoOfficer,
				() -> proposals.proposeStatus(partnershipId, PartnershipStatus.DORMANT, null, "quiet", version));
		assertThat(as(tokyoOfficer, () -> approvals.withdraw(other.id())).status())
			.isEqualTo(ProposalStatus.WITHDRAWN);

		as(seoulOfficer, () -> approvals.approve(proposal.id()));

		assertThat(partnerships.find(partnershipId).orElseThrow().status()).isEqualTo(PartnershipStatus.SUSPENDED);
	}
}
