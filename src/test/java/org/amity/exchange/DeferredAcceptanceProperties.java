package org.amity.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/**
 * The placement matching on random markets: participants and hosts with random, possibly partial preferences and
 * random capacities. Small markets are also checked against every possible matching.
 */
class DeferredAcceptanceProperties {

	record Market(Map<Long, List<Long>> participants, Map<Long, List<Long>> hosts, Map<Long, Integer> capacities) {

		boolean participantPrefers(long p, long host, Long current) {
			var list = participants.get(p);
			int rank = list.indexOf(host);
			return rank >= 0 && (current == null || rank < list.indexOf(current));
		}

		/** Whether the host wants p more than one of its current participants, or has room and finds p acceptable. */
		boolean hostPrefers(long host, long p, List<Long> current) {
			var list = hosts.get(host);
			int rank = list.indexOf(p);
			if (rank < 0 || capacities.get(host) == 0) {
				return false;
			}
			if (current.size() < capacities.get(host)) {
				return true;
			}
			return current.stream().anyMatch(q -> list.indexOf(q) > rank);
		}

		Map<Long, List<Long>> byHost(Map<Long, Long> matching) {
			var byHost = new HashMap<Long, List<Long>>();
			hosts.keySet().forEach(h -> byHost.put(h, new ArrayList<>()));
			matching.forEach((p, h) -> byHost.get(h).add(p));
			return byHost;
		}

		boolean stable(Map<Long, Long> matching) {
			var byHost = byHost(matching);
			for (var p : participants.keySet()) {
				for (var h : hosts.keySet()) {
					if (participantPrefers(p, h, matching.get(p)) && hostPrefers(h, p, byHost.get(h))) {
						return false;
					}
				}
			}
			return true;
		}

		boolean individuallyRational(Map<Long, Long> matching) {
			return matching.entrySet().stream().allMatch(e -> participants.get(e.getKey()).contains(e.getValue())
					&& hosts.get(e.getValue()).contains(e.getKey()));
		}

		boolean withinCapacities(Map<Long, Long> matching) {
			return byHost(matching).entrySet().stream().allMatch(e -> e.getValue().size() <= capacities.get(e.getKey()));
		}
	}

	@Provide
	Arbitrary<Market> markets() {
		return markets(8, 5);
	}

	@Provide
	Arbitrary<Market> smallMarkets() {
		return markets(4, 3);
	}

	Arbitrary<Market> markets(int maxParticipants, int maxHosts) {
		return Combinators.combine(Arbitraries.integers().between(1, maxParticipants),
				Arbitraries.integers().between(1, maxHosts), Arbitraries.randoms())
			.as((np, nh, random) -> {
				var participants = new HashMap<Long, List<Long>>();
				var hosts = new HashMap<Long, List<Long>>();
				var capacities = new HashMap<Long, Integer>();
				for (long p = 1; p <= np; p++) {
					participants.put(p, sample(random, 100, nh));
				}
				for (long h = 101; h < 101 + nh; h++) {
					hosts.put(h, sample(random, 0, np));
					capacities.put(h, random.nextInt(3));
				}
				return new Market(participants, hosts, capacities);
			});
	}

	/** A random order of a random subset of the ids offset+1 .. offset+n. */
	static List<Long> sample(java.util.Random random, long offset, int n) {
		var ids = new ArrayList<Long>();
		for (long i = 1; i <= n; i++) {
			ids.add(offset + i);
		}
		java.util.Collections.shuffle(ids, random);
		return new ArrayList<>(ids.subList(0, random.nextInt(n + 1)));
	}

	static Map<Long, Long> match(Market m) {
		return DeferredAcceptance.match(m.participants(), m.hosts(), m.capacities());
	}

	@Property(tries = 500)
	void no_participant_and_host_would_both_rather_be_together_than_with_what_they_got(
			@ForAll("markets") Market market) {
		assertThat(market.stable(match(market))).isTrue();
	}

	@Property(tries = 500)
	void no_host_takes_more_participants_than_its_capacity(@ForAll("markets") Market market) {
		assertThat(market.withinCapacities(match(market))).isTrue();
	}

	@Property(tries = 500)
	void nobody_is_placed_with_a_host_they_did_not_list_or_that_did_not_rank_them(@ForAll("markets") Market market) {
		assertThat(market.individuallyRational(match(market))).isTrue();
	}

	@Property(tries = 300)
	void every_participant_gets_the_best_host_they_have_in_any_stable_matching(
			@ForAll("smallMarkets") Market market) {
		var result = match(market);
		for (var other : allMatchings(market)) {
			if (!market.stable(other)) {
				continue;
			}
			for (var p : market.participants().keySet()) {
				// no stable matching gives anyone a host they prefer to the one deferred acceptance gave them
				assertThat(market.participantPrefers(p, other.getOrDefault(p, -1L), result.get(p))
						&& other.containsKey(p)).as("participant %s", p).isFalse();
			}
		}
	}

	/** Every matching that respects capacities and acceptability, for checking optimality by brute force. */
	static List<Map<Long, Long>> allMatchings(Market market) {
		var participants = new ArrayList<>(market.participants().keySet());
		var all = new ArrayList<Map<Long, Long>>();
		extend(market, participants, 0, new HashMap<>(), all);
		return all;
	}

	static void extend(Market market, List<Long> participants, int i, Map<Long, Long> partial,
			List<Map<Long, Long>> all) {
		if (i == participants.size()) {
			all.add(new HashMap<>(partial));
			return;
		}
		long p = participants.get(i);
		extend(market, participants, i + 1, partial, all);
		for (var h : market.participants().get(p)) {
			long used = partial.values().stream().filter(h::equals).count();
			if (market.hosts().get(h).contains(p) && used < market.capacities().get(h)) {
				partial.put(p, h);
				extend(market, participants, i + 1, partial, all);
				partial.remove(p);
			}
		}
	}

	@Example
	void two_students_who_both_want_the_same_family_the_one_the_family_prefers_gets_it_the_other_the_next_choice() {
		var market = new Market(Map.of(1L, List.of(101L, 102L), 2L, List.of(101L, 102L)),
				Map.of(101L, List.of(2L, 1L), 102L, List.of(1L, 2L)), Map.of(101L, 1, 102L, 1));
		assertThat(match(market)).containsExactlyInAnyOrderEntriesOf(Map.of(2L, 101L, 1L, 102L));
	}

	@Example
	void the_stability_check_finds_a_blocking_pair() {
		var market = new Market(Map.of(1L, List.of(101L, 102L), 2L, List.of(101L, 102L)),
				Map.of(101L, List.of(2L, 1L), 102L, List.of(1L, 2L)), Map.of(101L, 1, 102L, 1));
		assertThat(market.stable(Map.of(1L, 101L, 2L, 102L))).isFalse();
	}
}
