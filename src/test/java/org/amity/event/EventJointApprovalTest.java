package org.amity.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

import org.amity.approval.ApprovalRefusedException;
import org.amity.approval.Approvals;
import org.amity.approval.ProposalStatus;
import org.amity.city.Gazetteer;
import org.amity.identity.AccessDeniedException;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.Role;
import org.amity.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An event organised by two cities changes its dates, venue and places only with both sides' consent: one city's
 * officer proposes, the other approves or refuses, and an approval made on an older version never overwrites a newer
 * state.
 */
@SpringBootTest
class EventJointApprovalTest {

	@Autowired
	EventManagement management;

	@Autowired
	EventCatalogue catalogue;

	@Autowired
	Approvals approvals;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	JdbcClient jdbc;

	Caller seoul;
	Caller tokyo;
	Caller busan;
	long seoulId;
	long tokyoId;

	@BeforeEach
	void officers() {
		seoulId = gazetteer.findBySlug("seoul-kr").orElseThrow().id();
		tokyoId = gazetteer.findBySlug("tokyo-jp").orElseThrow().id();
		seoul = Caller.of(9101, "seoul-officer", List.of(Grant.of(Role.CITY_OFFICER, seoulId)), false);
		tokyo = Caller.of(9102, "tokyo-officer", List.of(Grant.of(Role.CITY_OFFICER, tokyoId)), false);
		busan = Caller.of(9103, "busan-officer",
				List.of(Grant.of(Role.CITY_OFFICER, 999_999_999L)), false);
	}

	<T> T as(Caller caller, Supplier<T> work) {
		var result = new Object[1];
		currentUser.runAs(caller, () -> result[0] = work.get());
		@SuppressWarnings("unchecked")
		var value = (T) result[0];
		return value;
	}

	/** A joint Seoul–Tokyo event with one quota of 20 places. */
	String jointEvent() {
		var venue = catalogue.event("kimchi-making-workshop-demo").venue();
		var slug = as(seoul, () -> management.create(new EventDraft(null, Event.Kind.MEETING,
				LocalizedText.of("Joint forum", "공동 포럼", "合同フォーラム", "Forum bersama"), null, venue.id(),
				LocalDateTime.of(2027, 9, 8, 10, 0), LocalDateTime.of(2027, 9, 8, 12, 0), List.of("ko", "ja"),
				List.of("Seoul", "Tokyo"), "seoul-kr-tokyo-jp", List.of(seoulId, tokyoId)), null));
		as(seoul, () -> management.addType(slug, "seat", LocalizedText.of("en", "Seat"), 1, version(slug)));
		var type = catalogue.types(catalogue.event(slug).id()).get(0).id();
		as(seoul, () -> management.addQuota(slug, "room", LocalizedText.of("en", "Room"), 20, List.of(type),
				version(slug)));
		return slug;
	}

	long version(String slug) {
		return jdbc.sql("select version from event.event where slug = :s").param("s", slug).query(Long.class).single();
	}

	EventDraft moved(String slug, LocalDateTime starts) {
		var event = catalogue.event(slug);
		return new EventDraft(null, event.kind(), event.title(), event.description(), event.venue().id(), starts,
				starts.plusHours(2), event.languages(), event.organisers(), event.partnership(), List.of());
	}

	@Test
	void new_dates_proposed_by_seoul_wait_for_tokyo_and_apply_when_tokyo_approves() {
		var slug = jointEvent();
		var outcome = as(seoul, () -> management.edit(slug, moved(slug, LocalDateTime.of(2027, 9, 9, 15, 0)), null,
				version(slug)));
		assertThat(outcome.applied()).isFalse();
		assertThat(catalogue.event(slug).startsAt()).isEqualTo(LocalDateTime.of(2027, 9, 8, 10, 0));
		// the proposer cannot approve their own change; a third city cannot see it
		assertThatThrownBy(() -> as(seoul, () -> approvals.approve(outcome.proposalId())))
			.isInstanceOf(ApprovalRefusedException.class);
		assertThatThrownBy(() -> as(busan, () -> approvals.approve(outcome.proposalId())))
			.isInstanceOf(RuntimeException.class);
		long before = version(slug);
		var approved = as(tokyo, () -> approvals.approve(outcome.proposalId()));
		assertThat(approved.status()).isEqualTo(ProposalStatus.APPROVED);
		assertThat(catalogue.event(slug).startsAt()).isEqualTo(LocalDateTime.of(2027, 9, 9, 15, 0));
		assertThat(catalogue.event(slug).endsAt()).isEqualTo(LocalDateTime.of(2027, 9, 9, 17, 0));
		assertThat(version(slug)).isEqualTo(before + 1);
		assertThat(jdbc.sql("""
				select count(*) from audit.entry where record_type = 'event' and record_id = :id
				  and action like 'approved event.schedule%'
				""").param("id", String.valueOf(catalogue.event(slug).id())).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void a_change_of_places_refused_by_tokyo_with_a_reason_changes_nothing() {
		var slug = jointEvent();
		var quota = catalogue.quotas(catalogue.event(slug).id()).get(0);
		var outcome = as(tokyo, () -> management.changeCapacity(slug, quota.id(), 5, version(slug)));
		assertThat(outcome.applied()).isFalse();
		assertThatThrownBy(() -> as(seoul, () -> approvals.refuse(outcome.proposalId(), " ")))
			.isInstanceOf(ApprovalRefusedException.class);
		var refused = as(seoul, () -> approvals.refuse(outcome.proposalId(), "The hall is booked for 20"));
		assertThat(refused.status()).isEqualTo(ProposalStatus.REFUSED);
		assertThat(refused.reason()).isEqualTo("The hall is booked for 20");
		assertThat(catalogue.quotas(catalogue.event(slug).id()).get(0).capacity()).isEqualTo(20);
	}

	@Test
	void an_approved_change_of_places_goes_through_the_quota_locks() {
		var slug = jointEvent();
		var quota = catalogue.quotas(catalogue.event(slug).id()).get(0);
		var outcome = as(tokyo, () -> management.changeCapacity(slug, quota.id(), 8, version(slug)));
		as(seoul, () -> approvals.approve(outcome.proposalId()));
		assertThat(catalogue.quotas(catalogue.event(slug).id()).get(0).capacity()).isEqualTo(8);
	}

	@Test
	void an_approval_of_a_proposal_made_on_an_older_version_is_refused_and_the_newer_state_stays() {
		var slug = jointEvent();
		var outcome = as(seoul, () -> management.edit(slug, moved(slug, LocalDateTime.of(2027, 9, 10, 9, 0)), null,
				version(slug)));
		// meanwhile Tokyo renames the event, which moves its version on
		var event = catalogue.event(slug);
		as(tokyo, () -> management.edit(slug, new EventDraft(null, event.kind(),
				LocalizedText.of("Joint forum 2027", "공동 포럼 2027", "合同フォーラム2027", "Forum bersama 2027"), null,
				event.venue().id(), event.startsAt(), event.endsAt(), event.languages(), event.organisers(), null,
				List.of()), null, version(slug)));
		assertThatThrownBy(() -> as(tokyo, () -> approvals.approve(outcome.proposalId())))
			.isInstanceOf(ApprovalRefusedException.class)
			.extracting(e -> ((ApprovalRefusedException) e).reason()).isEqualTo(ApprovalRefusedException.Reason.STALE);
		assertThat(catalogue.event(slug).startsAt()).isEqualTo(LocalDateTime.of(2027, 9, 8, 10, 0));
		assertThat(catalogue.event(slug).title().texts()).containsEntry("en", "Joint forum 2027");
		// and an edit made on a version already left is refused at once
		assertThatThrownBy(() -> as(seoul, () -> management.edit(slug, moved(slug, LocalDateTime.of(2027, 9, 11, 9, 0)),
				null, 0))).isInstanceOf(EventChangeRefusedException.class)
			.extracting(e -> ((EventChangeRefusedException) e).reason()).isEqualTo(EventChangeRefusedException.Reason.STALE);
	}

	@Test
	void a_tokyo_officer_cannot_change_an_event_seoul_alone_organises() {
		var slug = "kimchi-making-workshop-demo";
		long before = version(slug);
		assertThatThrownBy(() -> as(tokyo, () -> management.event(slug))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(tokyo, () -> management.edit(slug, moved(slug, LocalDateTime.of(2027, 1, 1, 1, 0)),
				null, before))).isInstanceOf(AccessDeniedException.class);
		assertThat(version(slug)).isEqualTo(before);
		assertThat(as(tokyo, () -> management.events())).extracting(m -> m.event().slug()).doesNotContain(slug);
	}

	@Test
	void a_series_title_is_edited_by_the_staff_of_its_city_and_by_no_one_else() {
		var slug = as(seoul, () -> management.createSeries(LocalizedText.of("Seoul lantern week", null, null, null),
				LocalizedText.of("en", "Lanterns on the river"), List.of(), null, List.of(seoulId)));

		assertThatThrownBy(() -> as(tokyo, () -> {
			management.editSeries(slug, LocalizedText.of("en", "Taken over"), LocalizedText.of("en", "No"), List.of(),
					management.series(slug).version());
			return null;
		})).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(seoul, () -> {
			management.editSeries(slug, new LocalizedText(java.util.Map.of()), LocalizedText.of("en", "No title"), List.of(),
					management.series(slug).version());
			return null;
		})).isInstanceOf(EventChangeRefusedException.class);
		assertThat(catalogue.series(slug).title().in(java.util.Locale.ENGLISH)).isEqualTo("Seoul lantern week");

		as(seoul, () -> {
			management.editSeries(slug, LocalizedText.of("Seoul lantern festival", "서울 등불 축제", null, null),
					LocalizedText.of("en", "Lanterns on the river"), List.of(), management.series(slug).version());
			return null;
		});
		assertThat(catalogue.series(slug).title().exactly("ko")).hasValue("서울 등불 축제");
	}
}
