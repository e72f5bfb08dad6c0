package org.amity.search;

import java.util.List;
import java.util.Set;

import org.amity.shared.LocalizedText;
import org.amity.shared.search.SearchContribution;
import org.amity.shared.search.SearchDocument;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Programs and events written in four languages, contributed the way the modules that will own them contribute, for
 * the relevance tests until those modules hold real ones.
 */
@TestConfiguration(proxyBeanMethods = false)
class SamplePrograms {

	static final List<SearchDocument> PROGRAMS = List.of(
			document("program", "seoul-tokyo-youth-exchange", Set.of("KR", "JP"), 2019,
					LocalizedText.of("Seoul–Tokyo youth exchange", "서울–도쿄 청소년 교류", "ソウル・東京青少年交流",
							"Pertukaran pemuda Seoul–Tokyo"),
					LocalizedText.of(
							"High school students visit their sister city for two weeks of homestays and joint classes.",
							"고등학생들이 자매도시를 2주 동안 방문하여 홈스테이와 공동 수업에 참여합니다.",
							"高校生が姉妹都市を二週間訪れ、ホームステイと合同授業に参加します。",
							"Siswa SMA mengunjungi kota kembar mereka selama dua minggu untuk tinggal bersama keluarga angkat.")),
			document("program", "tokyo-jakarta-disaster-training", Set.of("JP", "ID"), 2021,
					LocalizedText.of("Tokyo–Jakarta disaster response training", "도쿄–자카르타 재난 대응 훈련",
							"東京・ジャカルタ防災訓練", "Pelatihan tanggap bencana Tokyo–Jakarta"),
					LocalizedText.of("Fire brigades of Tokyo and Jakarta work together on earthquake and flood drills.",
							"도쿄와 자카르타 소방대가 지진과 홍수 대비 훈련을 함께 합니다.",
							"東京消防庁とジャカルタの消防隊が地震と洪水に備えた防災訓練を共同で行います。",
							"Pemadam kebakaran Tokyo dan Jakarta bekerja sama dalam latihan gempa bumi dan banjir.")),
			document("program", "kimchi-cooking-class", Set.of("KR"), 2022,
					LocalizedText.of("Kimchi cooking class for partner city chefs", "자매도시 요리사를 위한 김치 요리 교실",
							"姉妹都市の料理人のためのキムチ料理教室", "Kelas memasak kimchi untuk koki kota mitra"),
					LocalizedText.of("Chefs learn to ferment cabbage the way Seoul's households do every autumn.",
							"요리사들이 서울 가정의 김장 방식으로 배추를 발효하는 법을 배웁니다.",
							"料理人がソウルの家庭と同じ方法で白菜を漬ける方法を学びます。",
							"Para koki belajar memfermentasi kubis seperti keluarga di Seoul setiap musim gugur.")));

	static final List<SearchDocument> EVENTS = List.of(
			document("event", "jakarta-seoul-urban-safety-forum", Set.of("ID", "KR"), 2023,
					LocalizedText.of("Jakarta–Seoul urban safety forum", "자카르타–서울 도시 안전 포럼",
							"ジャカルタ・ソウル都市安全フォーラム", "Forum keselamatan kota Jakarta–Seoul"),
					LocalizedText.of("Officials of both capitals compare flood warnings and evacuation plans.",
							"두 수도의 공무원들이 홍수 경보와 대피 계획을 비교하는 협력 포럼입니다.",
							"両首都の職員が洪水警報と避難計画を比べる協力フォーラムです。",
							"Forum kerjasama para pejabat kedua ibu kota untuk membandingkan peringatan banjir dan rencana evakuasi.")),
			document("event", "tokyo-seoul-anniversary-exhibition", Set.of("JP", "KR"), 2023,
					LocalizedText.of("Tokyo–Seoul anniversary photo exhibition", "도쿄–서울 결연 35주년 사진전",
							"東京・ソウル提携35周年写真展", "Pameran foto ulang tahun Tokyo–Seoul"),
					LocalizedText.of(
							"Photographs of thirty-five years of the sister-city partnership, shown at the Metropolitan Government Building.",
							"도쿄도와 서울특별시의 자매도시 결연 35주년을 기념하는 사진을 도청에서 전시합니다.",
							"東京都とソウル特別市の姉妹都市提携三十五周年を記念する写真展を都庁で開催します。",
							"Pameran foto tiga puluh lima tahun kemitraan kota kembar di gedung pemerintah metropolitan.")),
			document("event", "bandung-culture-festival", Set.of("ID"), 2024,
					LocalizedText.of("Bandung culture festival", "반둥 문화 축제", "バンドン文化祭", "Festival kebudayaan Bandung"),
					LocalizedText.of("Dancers and musicians of Bandung's partner cities perform angklung and gamelan.",
							"반둥 자매도시의 무용수와 음악가들이 앙클룽과 가믈란을 공연합니다.",
							"バンドンの姉妹都市の踊り手と音楽家がアンクルンとガムランを演奏します。",
							"Penari dan pemusik dari kota-kota mitra Bandung menampilkan angklung dan gamelan.")));

	@Bean
	SearchContribution samplePrograms() {
		return contribution("program", PROGRAMS);
	}

	@Bean
	SearchContribution sampleEvents() {
		return contribution("event", EVENTS);
	}

	private static SearchDocument document(String kind, String id, Set<String> countries, int year,
			LocalizedText title, LocalizedText body) {
		return new SearchDocument(kind, id, "/" + kind + "s/" + id, title, body, List.of(), countries, year, 0.8);
	}

	private static SearchContribution contribution(String kind, List<SearchDocument> documents) {
		return new SearchContribution() {
			@Override
			public String kind() {
				return kind;
			}

			@Override
			public long version() {
				return 1;
			}

			@Override
			public List<SearchDocument> documents() {
				return documents;
			}
		};
	}
}
