package org.amity.exchange;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amity.actor.Actors;
import org.amity.city.Gazetteer;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.Role;
import org.amity.partnership.Partnerships;
import org.amity.shared.LocalizedText;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A 2027 Seoul–Tokyo university exchange to follow from publication to certificates: the program (proposed by
 * Seoul, confirmed by Tokyo), its open call with 20 places each way, applicants in Korean, Japanese and English
 * (some submitted and reviewed, one reviewer with a declared conflict, some drafts), and hosts on both sides. Loaded
 * only with {@code amity.demo.enabled=true}; every record is marked as demo and every name says so.
 */
@Component
@ConditionalOnProperty(name = "amity.demo.enabled", havingValue = "true")
class DemoExchange {

	static final byte[] PDF = "%PDF-1.4\n% demo transcript\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private final Programs programs;
	private final Calls calls;
	private final Applications applications;
	private final Reviews reviews;
	private final Placements placements;
	private final ExchangeRepository repository;
	private final Partnerships partnerships;
	private final Gazetteer gazetteer;
	private final Actors actors;
	private final ExchangeClock clock;
	private final CurrentUser currentUser;

	DemoExchange(CurrentUser currentUser, Programs programs, Calls calls, Applications applications, Reviews reviews,
			Placements placements,
			ExchangeRepository repository, Partnerships partnerships, Gazetteer gazetteer, Actors actors,
			ExchangeClock clock) {
		this.programs = programs;
		this.calls = calls;
		this.applications = applications;
		this.reviews = reviews;
		this.placements = placements;
		this.repository = repository;
		this.partnerships = partnerships;
		this.gazetteer = gazetteer;
		this.actors = actors;
		this.clock = clock;
		this.currentUser = currentUser;
	}

	/** The demo is set up as a platform administrator would, and scored as its two reviewers would. */
	static final Caller ORGANISER = Caller.of(0, "demo-organiser", List.of(Grant.platform(Role.PLATFORM_ADMIN)), true);

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	@Transactional
	public void load() {
		currentUser.runAs(ORGANISER, this::loadAsOrganiser);
	}

	private void loadAsOrganiser() {
		var partnership = partnerships.findBySlug("seoul-kr-tokyo-jp").orElse(null);
		var seoulPlace = gazetteer.findBySlug("seoul-kr").orElse(null);
		var tokyoPlace = gazetteer.findBySlug("tokyo-jp").orElse(null);
		if (partnership == null || seoulPlace == null || tokyoPlace == null
				|| repository.programs(partnership.id()).stream().anyMatch(Program::demo)) {
			return;
		}
		long seoul = seoulPlace.id();
		long tokyo = tokyoPlace.id();
		var hanbit = actors.find("demo-hanbit-university").orElse(null);
		var sakura = actors.find("demo-sakura-university").orElse(null);
		var hosts = hanbit == null || sakura == null ? List.<Long>of() : List.of(hanbit.id(), sakura.id());
		var senders = List.of(actors.get("seoul-metropolitan-government").id(),
				actors.get("tokyo-metropolitan-government").id());
		var program = programs.create(partnership.id(), ProgramKind.UNIVERSITY_EXCHANGE, ProgramKind.Term.SEMESTER,
				LocalizedText.of("Seoul–Tokyo University Exchange (demo)", "서울–도쿄 대학생 교류 (데모)",
						"ソウル–東京 大学生交流（デモ）", "Pertukaran Mahasiswa Seoul–Tokyo (demo)"),
				LocalizedText.of(
						"One semester at a partner university in the other city, with a host family or a residence.",
						"상대 도시의 협력 대학에서 한 학기 동안 공부하며 홈스테이 가정이나 기숙사에 머뭅니다.",
						"相手都市の協力大学で1学期を過ごし、ホストファミリーか寮に滞在します。",
						"Satu semester di universitas mitra di kota lain, tinggal bersama keluarga angkat atau di asrama."),
				hosts, senders, seoul, true);
		programs.confirm(program.id(), tokyo);
		var seoulToTokyo = new Direction(seoul, tokyo);
		var tokyoToSeoul = seoulToTokyo.reverse();
		var today = clock.today();
		var settings = new CallSettings(
				List.of(new CallSettings.Quota(seoulToTokyo, 20), new CallSettings.Quota(tokyoToSeoul, 20)),
				new CallSettings.Eligibility(18, 30, true, "en", CallSettings.LanguageLevel.B1, true),
				List.of(field("study", CallSettings.FieldType.TEXT, true, "Field of study", "전공", "専攻",
						"Bidang studi"),
						field("motivation", CallSettings.FieldType.LONG_TEXT, true, "Why this exchange?",
								"지원 동기", "志望動機", "Mengapa pertukaran ini?"),
						field("diet", CallSettings.FieldType.TEXT, false, "Dietary needs", "식이 제한",
								"食事の配慮", "Kebutuhan makanan")),
				List.of(new CallSettings.Document("transcript",
						LocalizedText.of("Academic transcript", "성적 증명서", "成績証明書", "Transkrip nilai"),
						Set.of(DocumentType.PDF), true),
						new CallSettings.Document("photo",
								LocalizedText.of("Photo", "사진", "写真", "Foto"),
								Set.of(DocumentType.PNG, DocumentType.JPEG), false)),
				List.of(criterion("academic", 10, 2, "Academic record", "학업 성적", "学業成績", "Prestasi akademik"),
						criterion("motivation", 10, 2, "Motivation", "지원 동기", "志望動機", "Motivasi"),
						criterion("openness", 10, 1, "Openness to the other culture", "상대 문화에 대한 개방성",
								"異文化への開かれた姿勢", "Keterbukaan pada budaya lain")));
		var call = calls.publish(calls.prepare(program.id(), 2027,
				LocalizedText.of("2027 Seoul–Tokyo University Exchange call (demo)", "2027 서울–도쿄 대학생 교류 모집 (데모)",
						"2027年 ソウル–東京 大学生交流 募集（デモ）", "Pengumuman Pertukaran Mahasiswa Seoul–Tokyo 2027 (demo)"),
				today.minusDays(20), today.plusDays(40), settings, true).id());

		record Demo(String name, String language, boolean fromSeoul, int academic, int motivation, int openness,
				boolean submit) {
		}
		var people = List.of(new Demo("Kim Seoyeon (demo)", "ko", true, 9, 9, 8, true),
				new Demo("Lee Junho (demo)", "ko", true, 8, 7, 9, true),
				new Demo("Park Jiwoo (demo)", "ko", true, 7, 8, 6, true),
				new Demo("Choi Yuna (demo)", "en", true, 6, 6, 7, true),
				new Demo("Jung Minseo (demo)", "ko", true, 0, 0, 0, false),
				new Demo("Sato Yui (demo)", "ja", false, 9, 8, 9, true),
				new Demo("Takahashi Ren (demo)", "ja", false, 8, 9, 7, true),
				new Demo("Suzuki Hana (demo)", "ja", false, 6, 7, 8, true),
				new Demo("Watanabe Sota (demo)", "en", false, 0, 0, 0, false));
		int n = 0;
		for (var person : people) {
			n++;
			var direction = person.fromSeoul() ? seoulToTokyo : tokyoToSeoul;
			var application = applications.start(call.id(), direction, person.name(),
					"applicant" + n + "@demo.invalid", person.language(), true);
			var key = application.applicant().accessKey();
			applications.saveDraft(key,
					new Profile(LocalDate.of(2004 + n % 4, 1 + n, 10), direction.from(),
							Map.of("en", CallSettings.LanguageLevel.B2)),
					Map.of("study", person.fromSeoul() ? "경제학" : "社会学", "motivation",
							person.fromSeoul() ? "도쿄의 도시 정책을 배우고 싶습니다." : "ソウルの文化政策を学びたいです。"));
			applications.upload(key, "transcript", "transcript.pdf", PDF);
			if (!person.submit()) {
				continue;
			}
			var submitted = applications.submit(key).application();
			var scores = Map.of("academic", person.academic(), "motivation", person.motivation(), "openness",
					person.openness());
			var lee = Caller.of(0, "Reviewer Lee (demo)", List.of(Grant.of(Role.REVIEWER, program.id())), true);
			var tanaka = Caller.of(0, "Reviewer Tanaka (demo)", List.of(Grant.of(Role.REVIEWER, program.id())), true);
			currentUser.runAs(lee, () -> reviews.score(submitted.id(), scores, null));
			if (n == 2) {
				currentUser.runAs(tanaka,
						() -> reviews.declareConflict(submitted.id(), "Former student of mine (demo)"));
			}
			else {
				currentUser.runAs(tanaka, () -> reviews.score(submitted.id(), scores, "Clear plan of study (demo)."));
			}
		}
		placements.addHost(call.id(), seoulToTokyo, Host.Kind.FAMILY, "Family Yamada, Setagaya (demo)", null, 1, null,
				true);
		placements.addHost(call.id(), seoulToTokyo, Host.Kind.FAMILY, "Family Ito, Nerima (demo)", null, 1, null, true);
		placements.addHost(call.id(), seoulToTokyo, Host.Kind.UNIVERSITY, "Sakura University residence (demo)",
				sakura == null ? null : sakura.id(), 10, null, true);
		placements.addHost(call.id(), tokyoToSeoul, Host.Kind.FAMILY, "Family Han, Mapo (demo)", null, 1, null, true);
		placements.addHost(call.id(), tokyoToSeoul, Host.Kind.UNIVERSITY, "Hanbit University residence (demo)",
				hanbit == null ? null : hanbit.id(), 10, null, true);
	}

	private static CallSettings.Field field(String key, CallSettings.FieldType type, boolean required, String en,
			String ko, String ja, String id) {
		return new CallSettings.Field(key, LocalizedText.of(en, ko, ja, id), type, required);
	}

	private static CallSettings.Criterion criterion(String key, int max, int weight, String en, String ko, String ja,
			String id) {
		return new CallSettings.Criterion(key, LocalizedText.of(en, ko, ja, id), max, weight);
	}
}
