package org.amity.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.partnership.PartnershipType;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The network of the real registry: what officers and researchers ask of it. */
@SpringBootTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NetworkAnalyticsTest {

	@Autowired
	NetworkAnalytics analytics;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	org.amity.partnership.Partnerships partnerships;

	Place place(String slug) {
		return gazetteer.findBySlug(slug).orElseThrow();
	}

	@Test
	void seoul_and_tokyo_share_beijing_cairo_jakarta_moscow_and_new_south_wales() {
		var shared = analytics.sharedPartners(place("seoul-kr").id(), place("tokyo-jp").id());
		assertThat(shared).extracting(Place::name)
			.containsExactly("Beijing", "Cairo", "Jakarta", "Moscow", "New South Wales");
	}

	@Test
	void partners_of_both_come_first_among_trilateral_suggestions_and_each_says_why() {
		var suggestions = analytics.trilateralSuggestions(place("seoul-kr").id(), place("tokyo-jp").id(), 10);
		assertThat(suggestions).hasSizeGreaterThanOrEqualTo(5);
		assertThat(suggestions.subList(0, 5)).allSatisfy(s -> assertThat(s.reasons())
			.contains(NetworkAnalytics.Suggestion.Reason.PARTNER_OF_BOTH));
		assertThat(suggestions).extracting(s -> s.place().slug()).doesNotContain("seoul-kr", "tokyo-jp");
		assertThat(suggestions).allSatisfy(s -> assertThat(s.reasons()).isNotEmpty());
	}

	@Test
	void the_shortest_chain_from_a_tokyo_ward_to_seoul_runs_through_partners() {
		var paths = analytics.shortestPaths(place("adachi-tokyo-jp").id(), place("seoul-kr").id(), 5);
		assertThat(paths).isNotEmpty();
		var first = paths.get(0);
		assertThat(first.get(0).slug()).isEqualTo("adachi-tokyo-jp");
		assertThat(first.get(first.size() - 1).slug()).isEqualTo("seoul-kr");
		assertThat(paths).allSatisfy(path -> assertThat(path).hasSize(first.size()));
	}

	@Test
	void the_network_of_1990_holds_only_partnerships_signed_by_then_and_counts_the_undated() {
		var tokyo = place("tokyo-jp").id();
		var in1990 = analytics.analysis(new NetworkFilter(null, null, null, 1990, false));
		// New York 1960, Beijing 1979, Paris 1982, New South Wales 1984, Seoul 1988, Jakarta 1989, São Paulo state
		// and Cairo 1990
		assertThat(in1990.of(tokyo).degree()).isEqualTo(8);
		assertThat(in1990.network().undatedLeftOut()).isGreaterThan(20_000);
		// Tokyo's twelve official partners, and any partnership another test of this context added since
		assertThat(analytics.analysis(NetworkFilter.WORLD).of(tokyo).degree())
			.isEqualTo(partnerships.involving(tokyo).size())
			.isGreaterThanOrEqualTo(12);
	}

	@Test
	void a_country_filter_keeps_the_links_that_touch_that_country() {
		var korea = analytics.analysis(new NetworkFilter("kr", null, null, null, false));
		assertThat(korea.network().links()).isNotEmpty();
		assertThat(korea.network().links()).allSatisfy(link -> {
			var a = korea.network().nodeOf(link.placeA()).map(n -> korea.network().place(n).country()).orElseThrow();
			var b = korea.network().nodeOf(link.placeB()).map(n -> korea.network().place(n).country()).orElseThrow();
			assertThat(a.equals("KR") || b.equals("KR")).isTrue();
		});
		var friendships = analytics.analysis(new NetworkFilter(null, Region.EUROPE, PartnershipType.FRIENDSHIP, null,
				false));
		assertThat(friendships.network().links()).allSatisfy(
				link -> assertThat(link.type()).isEqualTo(PartnershipType.FRIENDSHIP));
	}

	@Test
	void the_world_network_has_its_metrics_its_communities_and_when_it_was_computed() {
		var world = analytics.analysis(NetworkFilter.WORLD);
		assertThat(world.network().nodeCount()).isGreaterThan(16_000);
		assertThat(world.metrics().communityCount()).isGreaterThan(10);
		assertThat(world.metrics().modularity()).isBetween(0.5, 1.0);
		assertThat(world.computedAt()).isNotNull();
		var tokyo = world.of(place("tokyo-jp").id());
		assertThat(tokyo.betweenness()).isPositive();
		assertThat(tokyo.pageRank()).isPositive();
		assertThat(analytics.analysis(NetworkFilter.WORLD)).isSameAs(world);
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void a_change_committed_by_another_process_is_seen_through_the_registry_version() {
		var adachi = place("adachi-tokyo-jp").id();
		var mapo = place("mapo-seoul-kr").id();
		assertThat(analytics.sharedPartners(adachi, place("seoul-kr").id())).isEmpty();
		// what the command line in another process does: write and move the version, with no event in this one
		jdbc.sql("""
				insert into partnership.partnership (slug, place_a, place_b, type, status)
				values ('test-other-process', :a, :b, 'SISTER', 'SIGNED')
				""").param("a", Math.min(adachi, mapo)).param("b", Math.max(adachi, mapo)).update();
		jdbc.sql("update partnership.registry_version set version = version + 1").update();
		assertThat(analytics.world().nodeOf(mapo)).isPresent();
		assertThat(analytics.world().graph().neighbours(analytics.world().nodeOf(adachi).orElseThrow()))
			.contains(analytics.world().nodeOf(mapo).orElseThrow());
		jdbc.sql("delete from partnership.partnership where slug = 'test-other-process'").update();
		jdbc.sql("update partnership.registry_version set version = version + 1").update();
	}

	@Test
	void ward_links_join_each_ward_to_its_city() {
		var plain = analytics.analysis(NetworkFilter.WORLD);
		var withWards = analytics.analysis(new NetworkFilter(null, null, null, null, true));
		assertThat(withWards.network().wardLinks()).isGreaterThan(20);
		assertThat(withWards.network().graph().edgeCount()).isGreaterThan(plain.network().graph().edgeCount());
		var adachi = withWards.network().nodeOf(place("adachi-tokyo-jp").id()).orElseThrow();
		var tokyo = withWards.network().nodeOf(place("tokyo-jp").id()).orElseThrow();
		assertThat(withWards.network().graph().neighbours(adachi)).contains(tokyo);
	}
}
