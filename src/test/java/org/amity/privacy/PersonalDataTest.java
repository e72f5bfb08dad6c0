package org.amity.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.amity.identity.AccessDeniedException;
import org.amity.identity.Account;
import org.amity.identity.Accounts;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.NewAccount;
import org.amity.identity.Role;
import org.amity.notification.OutgoingMail;
import org.amity.notification.Outbox;
import org.amity.shared.SmallCells;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A participant's consent, export, correction and erasure, the deadline clocks and the retention purge. */
@SpringBootTest
class PersonalDataTest {

	static final Caller ADMIN = Caller.of(1, "admin", List.of(Grant.platform(Role.PLATFORM_ADMIN)), false);

	@Autowired
	Accounts accounts;

	@Autowired
	Consents consents;

	@Autowired
	PersonalData personalData;

	@Autowired
	Retention retention;

	@Autowired
	ConsentStatistics statistics;

	@Autowired
	Outbox outbox;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	Account minji;
	Caller participant;

	@BeforeEach
	void aParticipant() {
		var name = "minji-" + UUID.randomUUID().toString().substring(0, 8);
		minji = as(ADMIN, () -> accounts.register(new NewAccount(name, "김민지", name + "@example.kr", "ko", "secret-pass",
				false, Set.of(Grant.platform(Role.PARTICIPANT)))));
		participant = minji.caller();
	}

	<T> T as(Caller caller, Supplier<T> work) {
		var result = new Object[1];
		currentUser.runAs(caller, () -> result[0] = work.get());
		@SuppressWarnings("unchecked")
		T t = (T) result[0];
		return t;
	}

	void mail(String subject) {
		transactions.executeWithoutResult(s -> outbox.enqueue(
				new OutgoingMail(minji.email(), subject, "안녕하세요 " + minji.displayName(), UUID.randomUUID().toString())));
	}

	@Test
	void consent_is_given_and_withdrawn_per_purpose_with_the_version_and_language_of_its_text() {
		as(participant, () -> consents.give(Purpose.PUBLICITY, "ko", Jurisdiction.KR, LocalDate.of(1999, 5, 1), null));
		assertThat(consents.hasConsent(minji.id(), Purpose.PUBLICITY)).isTrue();
		assertThat(consents.hasConsent(minji.id(), Purpose.RESEARCH)).isFalse();

		as(participant, () -> consents.withdraw(Purpose.PUBLICITY, "ko"));

		assertThat(consents.hasConsent(minji.id(), Purpose.PUBLICITY)).isFalse();
		var history = consents.history(minji.id());
		assertThat(history).extracting(Consent::given).containsExactly(false, true);
		assertThat(history.get(1).textVersion()).isEqualTo(Purpose.PUBLICITY.version());
		assertThat(history.get(1).language()).isEqualTo("ko");
		assertThat(history.get(0).recordedAt()).isAfterOrEqualTo(history.get(1).recordedAt());
		assertThat(as(participant, () -> personalData.myLog())).extracting(ProcessingLog.Entry::action)
			.contains("consent-given", "consent-withdrawn");
	}

	@Test
	void a_thirteen_year_old_in_korea_cannot_consent_alone_but_with_a_guardian_who_is_recorded() {
		var thirteen = LocalDate.now().minusYears(13);

		assertThatThrownBy(() -> as(participant,
				() -> consents.give(Purpose.APPLICATION_PROCESSING, "ko", Jurisdiction.KR, thirteen, null)))
			.isInstanceOfSatisfying(ConsentRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(ConsentRefusedException.Reason.GUARDIAN_REQUIRED));
		assertThatThrownBy(() -> as(participant, () -> consents.give(Purpose.APPLICATION_PROCESSING, "ko",
				Jurisdiction.KR, thirteen, new Guardian("김영희", "010-1234-5678", false))))
			.isInstanceOf(ConsentRefusedException.class);
		assertThat(consents.hasConsent(minji.id(), Purpose.APPLICATION_PROCESSING)).isFalse();

		var consent = as(participant, () -> consents.give(Purpose.APPLICATION_PROCESSING, "ko", Jurisdiction.KR,
				thirteen, new Guardian("김영희", "010-1234-5678", true)));

		assertThat(consent.guardianName()).isEqualTo("김영희");
		assertThat(consent.guardianContact()).isEqualTo("010-1234-5678");
		assertThat(consent.guardianConfirmed()).isTrue();
		assertThat(consents.hasConsent(minji.id(), Purpose.APPLICATION_PROCESSING)).isTrue();
	}

	@Test
	void a_fifteen_year_old_consents_alone_in_korea_but_needs_a_guardian_in_indonesia() {
		var fifteen = LocalDate.now().minusYears(15);

		var korean = as(participant, () -> consents.give(Purpose.RESEARCH, "ko", Jurisdiction.KR, fifteen, null));
		assertThat(korean.guardianName()).isNull();
		assertThatThrownBy(() -> as(participant,
				() -> consents.give(Purpose.RESEARCH, "id", Jurisdiction.ID, fifteen, null)))
			.isInstanceOf(ConsentRefusedException.class);
		assertThat(Jurisdiction.JP.needsGuardian(fifteen, LocalDate.now())).isTrue();
		assertThat(Jurisdiction.KR.needsGuardian(LocalDate.now().minusYears(14), LocalDate.now())).isFalse();
	}

	@Test
	void the_export_holds_the_account_mail_consents_and_log_in_json_and_csv() {
		mail("서울-도쿄 주간 등록 확인");
		as(participant, () -> consents.give(Purpose.PUBLICITY, "ko", Jurisdiction.KR, null, null));

		var json = as(participant, () -> personalData.exportJson());
		var csv = as(participant, () -> personalData.exportCsv());

		assertThat(json).contains("\"account\"", "\"displayName\" : \"김민지\"", "\"mail\"", "서울-도쿄 주간 등록 확인",
				"\"consents\"", "\"PUBLICITY\"", "\"processingLog\"");
		assertThat(csv.lines().findFirst()).hasValue("section,record,field,value");
		assertThat(csv).contains("account,1,displayName,김민지", "account,1,email," + minji.email(),
				"mail,1,subject,서울-도쿄 주간 등록 확인", "consents,1,purpose,PUBLICITY");
		assertThat(as(participant, () -> personalData.myLog())).extracting(ProcessingLog.Entry::detail)
			.contains("JSON", "CSV");
	}

	@Test
	void a_hostile_name_is_exported_as_text_and_a_formula_is_disarmed_in_csv() {
		var hostile = "=HYPERLINK(\"http://x\")<script>alert(1)</script>\u202E\u200B";
		as(participant, () -> {
			personalData.correct("account", "displayName", hostile);
			return null;
		});

		var csv = as(participant, () -> personalData.exportCsv());

		assertThat(accounts.find(minji.id()).orElseThrow().displayName()).isEqualTo(hostile);
		assertThat(csv).doesNotContain("displayName,=HYPERLINK").contains("<script>alert(1)</script>");
		assertThatThrownBy(() -> as(participant, () -> {
			personalData.correct("account", "displayName", "x".repeat(201));
			return null;
		})).isInstanceOf(IllegalArgumentException.class);
		assertThat(accounts.find(minji.id()).orElseThrow().displayName()).isEqualTo(hostile);
	}

	@Test
	void a_deletion_request_runs_on_the_jurisdictions_clock() {
		var korean = as(participant, () -> personalData.requestDeletion(Jurisdiction.KR));
		assertThat(Duration.between(korean.requestedAt(), korean.dueAt())).isEqualTo(Duration.ofDays(10));
		assertThat(as(participant, () -> personalData.requestDeletion(Jurisdiction.ID)).id())
			.as("asking again is the same request").isEqualTo(korean.id());
		assertThat(korean.overdue(korean.requestedAt().plus(Duration.ofDays(9)))).isFalse();
		assertThat(korean.overdue(korean.requestedAt().plus(Duration.ofDays(10)).plusSeconds(1))).isTrue();
		assertThat(korean.remaining(korean.requestedAt().plus(Duration.ofDays(3)))).isEqualTo(Duration.ofDays(7));
		assertThat(Jurisdiction.ID.deadline()).isEqualTo(Duration.ofHours(3 * 24));
		assertThat(Jurisdiction.JP.deadline()).isEqualTo(Duration.ofDays(7));
	}

	@Test
	void completing_a_deletion_anonymises_the_account_deletes_its_mail_and_keeps_it_counted() {
		mail("확인");
		var request = as(participant, () -> personalData.requestDeletion(Jurisdiction.ID));
		assertThatThrownBy(() -> as(participant, () -> personalData.complete(request.id())))
			.isInstanceOf(AccessDeniedException.class);

		var done = as(ADMIN, () -> personalData.complete(request.id()));

		assertThat(done.status()).isEqualTo(DataRequest.Status.COMPLETED);
		assertThat(done.overdue(Instant.now())).isFalse();
		var erased = accounts.find(minji.id()).orElseThrow();
		assertThat(erased.username()).startsWith("person-").isEqualTo(erased.displayName());
		assertThat(erased.email()).isNull();
		assertThat(erased.enabled()).isFalse();
		assertThat(erased.grants()).isEmpty();
		assertThat(outbox.to(minji.email())).isEmpty();
		assertThat(consents.history(minji.id())).as("consent kept as proof").isNotNull();
		assertThat(as(ADMIN, () -> personalData.complete(request.id())).completedAt()).isEqualTo(done.completedAt());
	}

	@Test
	void the_retention_purge_deletes_sent_mail_older_than_its_period_and_keeps_the_rest() {
		mail("old");
		mail("recent");
		jdbc.sql("update notification.outbox set sent_at = now(), queued_at = now() - interval '3 years' "
				+ "where lower(recipient) = lower(:r) and subject = 'old'").param("r", minji.email()).update();
		jdbc.sql("update notification.outbox set sent_at = now() where lower(recipient) = lower(:r)")
			.param("r", minji.email()).update();

		var purged = as(ADMIN, () -> retention.runNow());

		assertThat(purged.get("mail")).isGreaterThanOrEqualTo(1);
		assertThat(outbox.to(minji.email())).extracting(m -> m.subject()).containsExactly("recent");
		assertThat(retention.schedule()).containsKeys("mail", "processing-log", "requests");
		assertThatThrownBy(() -> as(participant, () -> retention.runNow())).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void researchers_see_consent_counts_with_cells_under_five_withheld() {
		as(participant, () -> consents.give(Purpose.CROSS_BORDER_TRANSFER, "ko", Jurisdiction.KR, null, null));
		var researcher = Caller.of(77, "researcher", List.of(Grant.platform(Role.RESEARCHER)), false);

		var cells = as(researcher, () -> statistics.byPurpose());

		var cell = cells.get(Purpose.CROSS_BORDER_TRANSFER);
		assertThat(cell.suppressed() || cell.count() >= SmallCells.THRESHOLD).isTrue();
		assertThatThrownBy(() -> as(participant, () -> statistics.byPurpose())).isInstanceOf(AccessDeniedException.class);
		assertThat(SmallCells.of(4)).isEqualTo(new SmallCells.Cell(null, true));
		assertThat(SmallCells.of(5)).isEqualTo(new SmallCells.Cell(5L, false));
		assertThat(SmallCells.of(0)).isEqualTo(new SmallCells.Cell(0L, false));
	}
}
