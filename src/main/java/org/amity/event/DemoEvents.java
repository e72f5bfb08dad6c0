package org.amity.event;

import java.time.LocalDateTime;
import java.util.List;

import org.amity.shared.LocalizedText;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sample content for trying Amity out: a Seoul–Tokyo Week with a concert, a match and workshops in both cities. It is
 * marked as demo wherever it shows and is loaded only when {@code amity.demo.enabled=true}, never in production.
 */
@Component
@ConditionalOnProperty(name = "amity.demo.enabled", havingValue = "true")
class DemoEvents implements ApplicationRunner {

	static final String SERIES = "seoul-tokyo-week-demo";

	private final JdbcClient jdbc;
	private final EventPlanning planning;
	private final Volunteers volunteers;
	private final org.amity.city.Gazetteer gazetteer;

	DemoEvents(JdbcClient jdbc, EventPlanning planning, Volunteers volunteers, org.amity.city.Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
		this.jdbc = jdbc;
		this.planning = planning;
		this.volunteers = volunteers;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// several instances may start at once: one loads, the others find it loaded
		jdbc.sql("select pg_advisory_xact_lock(hashtext('amity.event.demo'))").query(Object.class).single();
		if (jdbc.sql("select count(*) from event.series where slug = :slug").param("slug", SERIES)
			.query(Integer.class).single() > 0) {
			organisers();
			return;
		}
		load();
		organisers();
	}

	/**
	 * Which city organises what: the week and its concert are joint, the kimchi workshop is Seoul's, the match and the
	 * washoku workshop Tokyo's. Set where not set yet, so a database loaded before cities owned events gets them too.
	 */
	private void organisers() {
		var seoul = gazetteer.findBySlug("seoul-kr");
		var tokyo = gazetteer.findBySlug("tokyo-jp");
		if (seoul.isEmpty() || tokyo.isEmpty()) {
			return;
		}
		var both = new Long[] { seoul.get().id(), tokyo.get().id() };
		jdbc.sql("update event.series set cities = :c where slug = :s and cardinality(cities) = 0").param("c", both)
			.param("s", SERIES).update();
		var owners = java.util.Map.of("seoul-tokyo-friendship-concert-demo", both,
				"kimchi-making-workshop-demo", new Long[] { seoul.get().id() },
				"seoul-tokyo-friendly-match-demo", new Long[] { tokyo.get().id() },
				"washoku-workshop-demo", new Long[] { tokyo.get().id() });
		owners.forEach((slug, cities) -> jdbc
			.sql("update event.event set cities = :c where slug = :s and cardinality(cities) = 0")
			.param("c", cities).param("s", slug).update());
	}

	private void load() {
		long olympicPark = planning.venue("seoul-olympic-park-demo",
				LocalizedText.of("Olympic Park Hall", "올림픽공원 홀", "オリンピック公園ホール", "Aula Taman Olimpiade"),
				"424 Olympic-ro, Songpa-gu", "Seoul", "KR", "Asia/Seoul", 37.5206, 127.1214);
		long cookingStudio = planning.venue("seoul-cooking-studio-demo",
				LocalizedText.of("Namsan Cooking Studio", "남산 요리 스튜디오", "南山料理スタジオ", "Studio Masak Namsan"),
				"105 Sopa-ro, Jung-gu", "Seoul", "KR", "Asia/Seoul", 37.5537, 126.9816);
		long stadium = planning.venue("tokyo-stadium-demo",
				LocalizedText.of("Tokyo Stadium", "도쿄 스타디움", "東京スタジアム", "Stadion Tokyo"),
				"376-3 Nishimachi, Chofu", "Tokyo", "JP", "Asia/Tokyo", 35.6641, 139.5271);
		long forum = planning.venue("tokyo-forum-demo",
				LocalizedText.of("Tokyo International Forum", "도쿄 국제 포럼", "東京国際フォーラム", "Forum Internasional Tokyo"),
				"3-5-1 Marunouchi, Chiyoda", "Tokyo", "JP", "Asia/Tokyo", 35.6767, 139.7639);

		long series = planning.series(SERIES,
				LocalizedText.of("Seoul–Tokyo Week (demo)", "서울–도쿄 주간 (데모)", "ソウル・東京ウィーク（デモ）",
						"Pekan Seoul–Tokyo (demo)"),
				LocalizedText.of(
						"A week of concerts, a friendly match and workshops in both cities, marking the sister-city "
								+ "agreement of 3 September 1988. Sample content.",
						"1988년 9월 3일 자매도시 협정을 기념하여 두 도시에서 열리는 콘서트, 친선 경기, 워크숍 주간입니다. 예시 콘텐츠입니다.",
						"1988年9月3日の姉妹都市協定を記念し、両都市でコンサート、親善試合、ワークショップを行う一週間。サンプルです。",
						"Sepekan konser, pertandingan persahabatan, dan lokakarya di kedua kota untuk memperingati "
								+ "perjanjian kota kembar 3 September 1988. Konten contoh."),
				List.of("Seoul Metropolitan Government", "Tokyo Metropolitan Government"), "seoul-kr-tokyo-jp", true);

		long concert = planning.event("seoul-tokyo-friendship-concert-demo", series, Event.Kind.CONCERT,
				LocalizedText.of("Friendship concert", "우정 콘서트", "友好コンサート", "Konser persahabatan"),
				LocalizedText.of("Orchestras of both cities play together.", "두 도시의 오케스트라가 함께 연주합니다.",
						"両都市のオーケストラが共演します。", "Orkestra kedua kota bermain bersama."),
				olympicPark, LocalDateTime.of(2027, 9, 3, 19, 0), LocalDateTime.of(2027, 9, 3, 21, 30),
				List.of("ko", "ja", "en"), List.of("Seoul Philharmonic (demo)"), "seoul-kr-tokyo-jp", true);
		long general = planning.type(concert, "general",
				LocalizedText.of("General admission", "일반", "一般", "Umum"), 4);
		long student = planning.type(concert, "student",
				LocalizedText.of("Student", "학생", "学生", "Pelajar"), 1);
		planning.quota(concert, "hall", LocalizedText.of("Hall", "홀", "ホール", "Aula"), 40, List.of(general, student));
		planning.quota(concert, "students", LocalizedText.of("Student seats", "학생석", "学生席", "Kursi pelajar"), 10,
				List.of(student));
		long usher = volunteers.role(concert, "usher",
				LocalizedText.of("Usher", "안내 요원", "案内係", "Pemandu tamu"), 16, List.of("ko", "ja", "en"), null);
		volunteers.shift(usher, LocalDateTime.of(2027, 9, 3, 17, 30), LocalDateTime.of(2027, 9, 3, 19, 30), 2, 4);
		volunteers.shift(usher, LocalDateTime.of(2027, 9, 3, 19, 0), LocalDateTime.of(2027, 9, 3, 22, 0), 2, 4);
		planning.question(concert, "access",
				LocalizedText.of("Do you need step-free access?", "휠체어 접근이 필요하신가요?", "段差のない入場が必要ですか？",
						"Apakah Anda memerlukan akses tanpa tangga?"), false, 1);

		long match = planning.event("seoul-tokyo-friendly-match-demo", series, Event.Kind.MATCH,
				LocalizedText.of("Friendly football match", "친선 축구 경기", "親善サッカー試合", "Pertandingan sepak bola persahabatan"),
				LocalizedText.of("Youth teams of Seoul and Tokyo.", "서울과 도쿄의 유소년 팀.", "ソウルと東京のユースチーム。",
						"Tim muda Seoul dan Tokyo."),
				stadium, LocalDateTime.of(2027, 9, 5, 15, 0), LocalDateTime.of(2027, 9, 5, 17, 0),
				List.of("ja", "ko"), List.of("Tokyo FA (demo)"), "seoul-kr-tokyo-jp", true);
		long matchTicket = planning.type(match, "ticket", LocalizedText.of("Ticket", "입장권", "入場券", "Tiket"), 6);
		planning.quota(match, "stands", LocalizedText.of("Stands", "관중석", "スタンド", "Tribun"), 200, List.of(matchTicket));

		long kimchi = planning.event("kimchi-making-workshop-demo", series, Event.Kind.WORKSHOP,
				LocalizedText.of("Kimchi-making workshop", "김장 워크숍", "キムチ作りワークショップ", "Lokakarya membuat kimchi"),
				LocalizedText.of("Make kimchi together with Seoul's home cooks.", "서울의 요리사들과 함께 김치를 담급니다.",
						"ソウルの料理人と一緒にキムチを漬けます。", "Membuat kimchi bersama juru masak Seoul."),
				cookingStudio, LocalDateTime.of(2027, 9, 4, 10, 0), LocalDateTime.of(2027, 9, 4, 13, 0),
				List.of("ko", "ja", "en"), List.of("Namsan Cooking Studio (demo)"), "seoul-kr-tokyo-jp", true);
		long seat = planning.type(kimchi, "seat", LocalizedText.of("Seat", "자리", "席", "Kursi"), 2);
		planning.quota(kimchi, "tables", LocalizedText.of("Tables", "작업대", "作業台", "Meja"), 2, List.of(seat));
		planning.question(kimchi, "diet",
				LocalizedText.of("Dietary needs", "식이 제한", "食事制限", "Kebutuhan makanan"), false, 1);

		long washoku = planning.event("washoku-workshop-demo", series, Event.Kind.WORKSHOP,
				LocalizedText.of("Washoku workshop", "일본 요리 워크숍", "和食ワークショップ", "Lokakarya washoku"),
				LocalizedText.of("Tokyo chefs show the basics of dashi.", "도쿄 요리사가 다시의 기본을 보여 줍니다.",
						"東京の料理人が出汁の基本を教えます。", "Koki Tokyo menunjukkan dasar-dasar dashi."),
				forum, LocalDateTime.of(2027, 9, 6, 14, 0), LocalDateTime.of(2027, 9, 6, 16, 0),
				List.of("ja", "en"), List.of("Tokyo Culinary Guild (demo)"), "seoul-kr-tokyo-jp", true);
		long washokuSeat = planning.type(washoku, "seat", LocalizedText.of("Seat", "자리", "席", "Kursi"), 2);
		planning.quota(washoku, "kitchen", LocalizedText.of("Kitchen", "주방", "キッチン", "Dapur"), 12,
				List.of(washokuSeat));
	}
}
