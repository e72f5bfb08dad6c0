package org.amity.exchange;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Gale and Shapley's deferred acceptance with capacities (the college-admissions form), participants proposing.
 * Each participant proposes to hosts in their order of preference; a host holds the best proposers it ranks, up to its
 * capacity, and lets the others go, who propose further. The result is stable (no participant and host who both prefer
 * each other to what they got), respects every capacity, and is the best stable matching for every participant.
 * A host a participant does not list, or a participant a host does not rank, is not acceptable to them.
 */
public final class DeferredAcceptance {

	private DeferredAcceptance() {
	}

	/**
	 * @param participants each participant's hosts, most wanted first
	 * @param hosts each host's participants, most wanted first
	 * @param capacities how many participants each host takes
	 * @return the host of each matched participant
	 */
	public static Map<Long, Long> match(Map<Long, List<Long>> participants, Map<Long, List<Long>> hosts,
			Map<Long, Integer> capacities) {
		var rank = new HashMap<Long, Map<Long, Integer>>();
		hosts.forEach((host, order) -> {
			var ranks = new HashMap<Long, Integer>();
			for (int i = 0; i < order.size(); i++) {
				ranks.putIfAbsent(order.get(i), i);
			}
			rank.put(host, ranks);
		});
		var held = new HashMap<Long, PriorityQueue<Long>>();
		var next = new HashMap<Long, Integer>();
		var free = new ArrayDeque<>(participants.keySet().stream().sorted().toList());
		var matched = new HashMap<Long, Long>();
		while (!free.isEmpty()) {
			long participant = free.poll();
			var wishes = participants.get(participant);
			int i = next.getOrDefault(participant, 0);
			if (i >= wishes.size()) {
				continue;
			}
			next.put(participant, i + 1);
			long host = wishes.get(i);
			var ranks = rank.get(host);
			int capacity = capacities.getOrDefault(host, 0);
			if (ranks == null || !ranks.containsKey(participant) || capacity <= 0) {
				free.add(participant);
				continue;
			}
			// the worst held proposer at the head
			var queue = held.computeIfAbsent(host,
					h -> new PriorityQueue<>((a, b) -> Integer.compare(ranks.get(b), ranks.get(a))));
			queue.add(participant);
			matched.put(participant, host);
			if (queue.size() > capacity) {
				long rejected = queue.poll();
				matched.remove(rejected);
				free.add(rejected);
			}
		}
		return matched;
	}
}
