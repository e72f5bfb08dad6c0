package org.amity.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amity.actor.Actors;
import org.amity.actor.Target;
import org.amity.city.Gazetteer;
import org.amity.partnership.Partnerships;
import org.amity.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A Seoul–Tokyo call on the real database from program to placement: applications, review with a conflict of
 * interest, selection per quota, a decline that promotes the first on the waiting list, deferred acceptance.
 */
@SpringBootTest
@RecordApplicationEvents
class ExchangeJourneyTest {

	@Autowired
	Programs programs;

	@Autowired
	Calls calls;

	@Autowired
	Applications applications;

	@Autowired
	Reviews reviews;

	@Autowired
	Selections selections;

	@Autowired
	Placements placements;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	Actors actors;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Certificates certificates;

	@Autowired
	org.amity.audit.AuditTrail audit;

	long seoul;
	long tokyo;
	Direction seoulToTokyo;
	Call call;

	@Autowired
	org.amity.identity.CurrentUser currentUser;

	@org.junit.jupiter.api.AfterEach
	void nobodyActs() {
		Acting.nobody();
	}

	void as(org.amity.identity.Caller caller) {
		Acting.as(currentUser, caller);
	}

	@BeforeEach
	void aConfirmedProgramWithAnOpenCall() {
		as(Acting.ADMIN);
		seoul = gazetteer.findBySlug("seoul-kr").orElseThrow().id();
		tokyo = gazetteer.findBySlug("tokyo-jp").orElseThrow().id();
		seoulToTokyo = new Direction(seoul, tokyo);
		var partnership = partnerships.findBySlug("seoul-kr-tokyo-jp").orElseThrow();
		var smg = actors.get("seoul-metropolitan-government");
		var program = programs.create(partnership.id(), ProgramKind.UNIVERSITY_EXCHANGE, ProgramKind.Term.SEMESTER,
				LocalizedText.of("University exchange", "대학 교류", "大学交流", null), null, List.of(),
				List.of(smg.id()), seoul, false);
		assertThat(program.confirmed()).isFalse();
		assertThatThrownBy(() -> programs.confirm(program.id(), seoul))
			.isInstanceOfSatisfying(ExchangeRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(ExchangeRefusedException.Reason.NOT_THE_PARTNER));
		programs.confirm(program.id(), tokyo);
		var today = LocalDate.now();
		var settings = new CallSettings(
				List.of(new CallSettings.Quota(seoulToTokyo, 1), new CallSettings.Quota(seoulToTokyo.reverse(), 1)),
				new CallSettings.Eligibility(18, 30, true, null, null, false),
				List.of(new CallSettings.Field("motivation", LocalizedText.of("en", "Motivation"),
						CallSettings.FieldType.LONG_TEXT, true)),
				List.of(new CallSettings.Document("transcript", LocalizedText.of("en", "Transcript"),
						Set.of(DocumentType.PDF), true)),
				List.of(new CallSettings.Criterion("fit", LocalizedText.of("en", "Fit"), 10, 1)));
		call = calls.publish(calls.prepare(program.id(), today.getYear() + 1, LocalizedText.of("en", "Call"),
				today.minusDays(5), today.plusDays(5), settings, false).id());
	}

	Application submitted(String name) {
		var a = applications.start(call.id(), seoulToTokyo, name, name.toLowerCase() + "@example.org", "ko", false);
		var key = a.applicant().accessKey();
		applications.saveDraft(key, new Profile(LocalDate.of(2004, 1, 1), seoul, Map.of()),
				Map.of("motivation", "To learn."));
		applications.upload(key, "transcript", "../../transcript.pdf", DocumentUploadAttackTest.PDF);
		return applications.submit(key).application();
	}

	@Test
	void a_call_runs_from_applications_to_placement_with_every_change_of_order_recorded() throws Exception {
		var first = submitted("Ahn");
		var second = submitted("Baek");
		var third = submitted("Choi");
		assertThat(first.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(actors.relationsTo(Target.Kind.PROGRAM, programs.get(call.programId()).id())).isNotEmpty();

		var a = Acting.reviewer("reviewer-a", call.programId());
		var b = Acting.reviewer("reviewer-b", call.programId());
		as(a);
		reviews.declareConflict(first.id(), "Ahn is my cousin");
		assertThatThrownBy(() -> reviews.score(first.id(), Map.of("fit", 9), "good"))
			.isInstanceOfSatisfying(ExchangeRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(ExchangeRefusedException.Reason.CONFLICT_OF_INTEREST));
		reviews.score(second.id(), Map.of("fit", 7), null);
		reviews.score(third.id(), Map.of("fit", 5), null);
		assertThatThrownBy(() -> selections.select(call.id(), seoulToTokyo, 0))
			.isInstanceOf(org.amity.identity.AccessDeniedException.class);
		as(b);
		reviews.score(first.id(), Map.of("fit", 9), "strong");
		assertThatThrownBy(() -> reviews.score(third.id(), Map.of("fit", 11), null))
			.isInstanceOf(ExchangeRefusedException.class);
		as(Acting.reviewer("reviewer-of-another-program", call.programId() + 1000));
		assertThatThrownBy(() -> reviews.score(third.id(), Map.of("fit", 1), null))
			.isInstanceOf(org.amity.identity.AccessDeniedException.class);
		assertThatThrownBy(() -> applications.forStaff(third.id()))
			.isInstanceOf(org.amity.identity.AccessDeniedException.class);
		Acting.nobody();
		assertThatThrownBy(() -> reviews.ranking(call.id(), seoulToTokyo))
			.isInstanceOf(org.amity.identity.AccessDeniedException.class);
		as(Acting.ADMIN);
		assertThat(reviews.ranking(call.id(), seoulToTokyo)).extracting(Ranking.Entry::applicationId)
			.containsExactly(first.id(), second.id(), third.id());

		assertThatThrownBy(() -> selections.select(call.id(), seoulToTokyo, 0))
			.isInstanceOfSatisfying(ExchangeRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(ExchangeRefusedException.Reason.CALL_NOT_CLOSED));
		calls.closeNow(call.id());
		var result = selections.select(call.id(), seoulToTokyo, 0);
		assertThat(result).isEqualTo(new Selections.Result(1, 2, 0));
		assertThat(selections.waitingList(call.id(), seoulToTokyo)).containsExactly(second.id(), third.id());
		assertThat(events.stream(ApplicationAccepted.class)).extracting(ApplicationAccepted::applicationId)
			.containsExactly(first.id());

		applications.withdraw(applications.forStaff(first.id()).applicant().accessKey(), "declined the place");
		assertThat(applications.forStaff(second.id()).status()).isEqualTo(ApplicationStatus.ACCEPTED);
		assertThat(selections.waitingList(call.id(), seoulToTokyo)).containsExactly(third.id());
		assertThat(selections.orderChanges(call.id()))
			.anySatisfy(c -> {
				assertThat(c.applicationId()).isEqualTo(second.id());
				assertThat(c.to()).isNull();
				assertThat(c.reason()).contains("declined the place");
			})
			.anySatisfy(c -> {
				assertThat(c.applicationId()).isEqualTo(third.id());
				assertThat(c.from()).isEqualTo(2);
				assertThat(c.to()).isEqualTo(1);
			});

		var family = placements.addHost(call.id(), seoulToTokyo, Host.Kind.FAMILY, "Family Tanaka", null, 1, null,
				false);
		var dorm = placements.addHost(call.id(), seoulToTokyo, Host.Kind.UNIVERSITY, "Dormitory", null, 5, null,
				false);
		placements.wish(applications.forStaff(second.id()), List.of(family.id(), dorm.id()));
		assertThat(placements.match(call.id(), seoulToTokyo)).containsEntry(second.id(), family.id());
		assertThat(events.stream(ParticipantPlaced.class)).anySatisfy(e -> assertThat(e.hostId()).isEqualTo(family.id()));
		assertThatThrownBy(() -> placements.adjust(second.id(), dorm.id(), " "))
			.isInstanceOfSatisfying(ExchangeRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(ExchangeRefusedException.Reason.REASON_REQUIRED));
		placements.adjust(second.id(), dorm.id(), "allergy to the family's cat");
		assertThat(placements.placements(call.id())).containsEntry(second.id(), dorm.id());
		assertThat(placements.changes(call.id())).extracting(Placements.Change::reason)
			.contains("matched by deferred acceptance", "adjusted: allergy to the family's cat");

		var key = applications.forStaff(second.id()).applicant().accessKey();
		assertThatThrownBy(() -> certificates.forApplicant(key)).isInstanceOf(org.amity.shared.NotFoundException.class);
		applications.confirmPlace(key);
		assertThat(certificates.participants(call.id())).singleElement().satisfies(p -> {
			assertThat(p.name()).isEqualTo("Baek");
			assertThat(p.hostName()).isEqualTo("Dormitory");
		});
		var pdf = certificates.forApplicant(key);
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			var text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Baek");
			// the applicant reads Korean, so the certificate is in Korean, in the font Amity ships
			assertThat(text).contains("참가 증명서", "서울");
		}
		assertThat(events.stream(ProgramCreated.class)).isNotEmpty();

		// every change is in the audit trail with its state before and after, owned by both cities
		var applicationHistory = audit.history("application", String.valueOf(second.id()));
		assertThat(applicationHistory).extracting(org.amity.audit.AuditEntry::action)
			.contains("status SUBMITTED", "status WAITLISTED", "status ACCEPTED", "status CONFIRMED", "placement");
		assertThat(applicationHistory).allSatisfy(e -> assertThat(e.ownerCities()).containsExactlyInAnyOrder(seoul,
				tokyo));
		assertThat(applicationHistory).filteredOn(e -> e.action().equals("placement"))
			.anySatisfy(e -> assertThat(e.after()).contains("allergy to the family's cat"));
		var callHistory = audit.history("call", String.valueOf(call.id()));
		assertThat(callHistory).extracting(org.amity.audit.AuditEntry::action)
			.contains("prepared", "published", "closed early", "waiting list order", "host added");
		assertThat(callHistory).filteredOn(e -> e.action().equals("waiting list order"))
			.anySatisfy(e -> assertThat(e.after()).contains("declined the place"));
	}

	@Test
	void an_address_applies_once_per_call_and_a_wrong_key_finds_nothing() {
		applications.start(call.id(), seoulToTokyo, "Dong", "dong@example.org", "ja", false);
		assertThatThrownBy(() -> applications.start(call.id(), seoulToTokyo, "Dong", "DONG@example.org", "ja", false))
			.isInstanceOfSatisfying(ExchangeRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(ExchangeRefusedException.Reason.ALREADY_APPLIED));
		assertThatThrownBy(() -> applications.view("x".repeat(32)))
			.isInstanceOf(org.amity.shared.NotFoundException.class);
	}

	@Test
	void a_refused_upload_leaves_the_draft_and_its_documents_as_they_were() {
		var a = applications.start(call.id(), seoulToTokyo, "Eun", "eun@example.org", "en", false);
		var key = a.applicant().accessKey();
		applications.upload(key, "transcript", "t.pdf", DocumentUploadAttackTest.PDF);
		assertThatThrownBy(() -> applications.upload(key, "transcript", "t.pdf", "MZ not a pdf".getBytes()))
			.isInstanceOf(ExchangeRefusedException.class);
		assertThatThrownBy(() -> applications.upload(key, "passport", "p.pdf", DocumentUploadAttackTest.PDF))
			.isInstanceOfSatisfying(ExchangeRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(ExchangeRefusedException.Reason.DOCUMENT_UNKNOWN));
		var view = applications.view(key);
		assertThat(view.application().documents()).singleElement()
			.satisfies(d -> assertThat(d.displayName()).isEqualTo("t.pdf"));
		assertThat(applications.document(key, "transcript").bytes()).isEqualTo(DocumentUploadAttackTest.PDF);
		var second = "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		applications.upload(key, "transcript", "t2.pdf", second);
		assertThat(applications.document(key, "transcript").bytes()).isEqualTo(second);
		assertThat(applications.view(key).application().documents()).singleElement()
			.satisfies(d -> assertThat(d.displayName()).isEqualTo("t2.pdf"));
	}
}
