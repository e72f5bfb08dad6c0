package org.amity.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.amity.actor.Actors;
import org.amity.approval.ApprovalRefusedException;
import org.amity.approval.Approvals;
import org.amity.approval.ProposalStatus;
import org.amity.audit.AuditTrail;
import org.amity.city.Gazetteer;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.Role;
import org.amity.partnership.Partnerships;
import org.amity.shared.LocalizedText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A joint program proposed by Seoul is confirmed only by Tokyo's approval; a refusal leaves it unconfirmed; a proposal
 * made on a version the program has since left is refused, never applied over the newer state. Every step is in the
 * audit trail, readable by both cities' staff.
 */
@SpringBootTest
class JointProgramApprovalTest {

	@Autowired
	Programs programs;

	@Autowired
	Approvals approvals;

	@Autowired
	AuditTrail audit;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	Actors actors;

	@Autowired
	CurrentUser currentUser;

	long seoul;
	long tokyo;
	long partnership;
	Caller seoulOfficer;
	Caller tokyoOfficer;
	Caller osakaOfficer;

	@BeforeEach
	void officers() {
		seoul = gazetteer.findBySlug("seoul-kr").orElseThrow().id();
		tokyo = gazetteer.findBySlug("tokyo-jp").orElseThrow().id();
		partnership = partnerships.findBySlug("seoul-kr-tokyo-jp").orElseThrow().id();
		seoulOfficer = Caller.of(5101, "seoul-planner", List.of(Grant.of(Role.CITY_OFFICER, seoul)), false);
		tokyoOfficer = Caller.of(5201, "tokyo-planner", List.of(Grant.of(Role.CITY_OFFICER, tokyo)), false);
		long osaka = gazetteer.findBySlug("osaka-jp").map(p -> p.id()).orElse(tokyo + 100_000);
		osakaOfficer = Caller.of(5301, "osaka-planner", List.of(Grant.of(Role.CITY_OFFICER, osaka)), false);
	}

	@AfterEach
	void nobodyActs() {
		Acting.nobody();
	}

	Program proposedBySeoul(String title) {
		Acting.as(currentUser, seoulOfficer);
		return programs.create(partnership, ProgramKind.CULTURAL_FESTIVAL, null,
				LocalizedText.of(title, "서울 축제", "ソウル祭り", null), null,
				List.of(actors.get("tokyo-metropolitan-government").id()),
				List.of(actors.get("seoul-metropolitan-government").id()), seoul, false);
	}

	long pendingProposal(long programId) {
		return approvals.onRecord(ProgramChanges.KIND, programId, seoulOfficer).stream()
			.filter(p -> p.status() == ProposalStatus.PENDING)
			.findFirst().orElseThrow().id();
	}

	@Test
	void a_program_proposed_by_seoul_is_confirmed_once_tokyo_approves_it() {
		var program = proposedBySeoul("Seoul festival week");
		assertThat(program.confirmed()).isFalse();
		long proposal = pendingProposal(program.id());
		assertThat(approvals.find(proposal).approvingCity()).isEqualTo(tokyo);
		// Seoul cannot approve its own proposal
		assertThatThrownBy(() -> approvals.approve(proposal)).isInstanceOf(ApprovalRefusedException.class);
		assertThat(programs.get(program.id()).confirmed()).isFalse();

		Acting.as(currentUser, tokyoOfficer);
		approvals.approve(proposal);
		var confirmed = programs.get(program.id());
		assertThat(confirmed.confirmed()).isTrue();
		assertThat(confirmed.confirmedBy()).isEqualTo(tokyo);
		assertThat(approvals.find(proposal).status()).isEqualTo(ProposalStatus.APPROVED);

		var history = audit.history("program", String.valueOf(program.id()));
		assertThat(history).extracting(e -> e.action()).contains("proposed", "confirmed by the partner city");
		assertThat(history).allSatisfy(e -> assertThat(e.ownerCities()).contains(seoul, tokyo));
		Acting.as(currentUser, osakaOfficer);
		assertThatThrownBy(() -> audit.history("program", String.valueOf(program.id())))
			.isInstanceOf(org.amity.identity.AccessDeniedException.class);
	}

	@Test
	void a_refused_proposal_leaves_the_program_unconfirmed_and_its_calls_unpublishable() {
		var program = proposedBySeoul("Festival Tokyo refuses");
		long proposal = pendingProposal(program.id());
		Acting.as(currentUser, tokyoOfficer);
		approvals.refuse(proposal, "Not this year");
		assertThat(programs.get(program.id()).confirmed()).isFalse();
		assertThat(approvals.find(proposal).status()).isEqualTo(ProposalStatus.REFUSED);
		assertThat(approvals.find(proposal).reason()).isEqualTo("Not this year");
	}

	@Test
	void a_proposal_made_on_an_older_version_is_refused_and_changes_nothing() {
		var program = proposedBySeoul("Festival first draft");
		long first = pendingProposal(program.id());
		// Seoul edits its own unconfirmed proposal: saved at once and proposed anew
		var edit = programs.edit(program.id(), program.version(), program.kind(), null,
				LocalizedText.of("Festival second draft", "서울 축제 2", "ソウル祭り 2", null), null, program.hosts(),
				program.senders());
		assertThat(edit.awaitsPartner()).isTrue();
		assertThat(edit.program().version()).isEqualTo(program.version() + 1);
		// an edit made on the version Seoul first read is refused
		assertThatThrownBy(() -> programs.edit(program.id(), program.version(), program.kind(), null,
				LocalizedText.of("en", "Lost update"), null, List.of(), List.of()))
			.isInstanceOfSatisfying(ExchangeRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(ExchangeRefusedException.Reason.CONCURRENT_CHANGE));

		Acting.as(currentUser, tokyoOfficer);
		assertThatThrownBy(() -> approvals.approve(first))
			.isInstanceOfSatisfying(ApprovalRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(ApprovalRefusedException.Reason.STALE));
		assertThat(approvals.find(first).status()).isEqualTo(ProposalStatus.SUPERSEDED);
		var unchanged = programs.get(program.id());
		assertThat(unchanged.confirmed()).isFalse();
		assertThat(unchanged.title().exactly("en")).contains("Festival second draft");

		// the current proposal is the one Tokyo confirms
		approvals.approve(pendingProposal(program.id()));
		assertThat(programs.get(program.id()).confirmed()).isTrue();
	}

	@Test
	void a_change_to_a_confirmed_program_waits_for_the_partner_and_applies_on_approval() {
		var program = proposedBySeoul("Festival shared");
		Acting.as(currentUser, tokyoOfficer);
		programs.confirm(program.id(), tokyo);
		var confirmed = programs.get(program.id());
		assertThat(confirmed.confirmed()).isTrue();

		var edit = programs.edit(program.id(), confirmed.version(), confirmed.kind(), null,
				LocalizedText.of("Festival shared, renamed by Tokyo", "축제", "祭り", null), null, confirmed.hosts(),
				confirmed.senders());
		assertThat(edit.awaitsPartner()).isTrue();
		assertThat(programs.get(program.id()).title().exactly("en")).contains("Festival shared");
		long proposal = pendingProposal(program.id());
		assertThat(approvals.find(proposal).approvingCity()).isEqualTo(seoul);

		Acting.as(currentUser, seoulOfficer);
		approvals.approve(proposal);
		assertThat(programs.get(program.id()).title().exactly("en")).contains("Festival shared, renamed by Tokyo");
		assertThat(programs.get(program.id()).confirmed()).isTrue();
	}

	@Test
	void an_organisation_removed_from_a_confirmed_program_has_its_role_ended_when_the_change_is_approved() {
		var program = proposedBySeoul("Festival changing hosts");
		Acting.as(currentUser, tokyoOfficer);
		programs.confirm(program.id(), tokyo);
		var confirmed = programs.get(program.id());
		long tokyoGovernment = actors.get("tokyo-metropolitan-government").id();
		long newHost = actors.directory(null, null).stream().map(o -> o.id())
			.filter(id -> !confirmed.hosts().contains(id) && !confirmed.senders().contains(id)).findFirst().orElseThrow();

		programs.edit(program.id(), confirmed.version(), confirmed.kind(), null, confirmed.title(), null,
				List.of(newHost), confirmed.senders());
		Acting.as(currentUser, seoulOfficer);
		approvals.approve(pendingProposal(program.id()));

		var today = org.amity.shared.PartialDate.of(java.time.LocalDate.now());
		var relations = actors.relationsTo(org.amity.actor.Target.Kind.PROGRAM, program.id());
		assertThat(relations).filteredOn(r -> r.organisationId() == tokyoGovernment)
			.singleElement().satisfies(r -> assertThat(r.until()).isEqualTo(today));
		assertThat(relations).filteredOn(r -> r.organisationId() == newHost)
			.singleElement().satisfies(r -> assertThat(r.until()).isNull());
		assertThat(relations).filteredOn(r -> confirmed.senders().contains(r.organisationId()))
			.allSatisfy(r -> assertThat(r.until()).isNull());
	}

	@Test
	void a_host_removed_and_named_again_holds_its_role_again() {
		var program = proposedBySeoul("Festival host returns");
		long tokyoGovernment = actors.get("tokyo-metropolitan-government").id();
		var withoutHost = programs.edit(program.id(), program.version(), program.kind(), null, program.title(), null,
				List.of(), program.senders()).program();
		assertThat(actors.relationsTo(org.amity.actor.Target.Kind.PROGRAM, program.id()))
			.filteredOn(r -> r.organisationId() == tokyoGovernment).singleElement()
			.satisfies(r -> assertThat(r.until()).isNotNull());
		programs.edit(program.id(), withoutHost.version(), program.kind(), null, program.title(), null,
				List.of(tokyoGovernment), program.senders());
		assertThat(actors.relationsTo(org.amity.actor.Target.Kind.PROGRAM, program.id()))
			.filteredOn(r -> r.organisationId() == tokyoGovernment).singleElement()
			.satisfies(r -> assertThat(r.until()).isNull());
	}

	@Test
	void an_officer_of_another_city_neither_proposes_nor_confirms() {
		var program = proposedBySeoul("Festival Osaka cannot touch");
		Acting.as(currentUser, osakaOfficer);
		assertThatThrownBy(() -> programs.confirm(program.id(), tokyo))
			.isInstanceOf(org.amity.identity.AccessDeniedException.class);
		assertThatThrownBy(() -> programs.edit(program.id(), program.version(), program.kind(), null,
				LocalizedText.of("en", "Osaka's"), null, List.of(), List.of()))
			.isInstanceOf(org.amity.identity.AccessDeniedException.class);
		assertThat(programs.get(program.id()).confirmed()).isFalse();
	}
}
