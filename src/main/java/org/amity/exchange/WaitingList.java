package org.amity.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ordered waiting list of one direction of a call. The first in line is promoted when a place frees up; every
 * change of order (placed on the list, promoted, removed, moved by a coordinator) is recorded with its reason.
 */
public final class WaitingList {

	private final List<Long> order;
	private final List<Change> changes = new ArrayList<>();

	/** A change of order: the application, its position before and after (null when off the list), and why. */
	public record Change(long applicationId, Integer from, Integer to, String reason) {
	}

	public WaitingList(List<Long> order) {
		this.order = new ArrayList<>(order);
	}

	public List<Long> order() {
		return List.copyOf(order);
	}

	/** Changes made since this list was loaded, to be kept. */
	public List<Change> changes() {
		return List.copyOf(changes);
	}

	/** Positions count from 1, as people read them. */
	public Optional<Integer> position(long applicationId) {
		int index = order.indexOf(applicationId);
		return index < 0 ? Optional.empty() : Optional.of(index + 1);
	}

	public void append(long applicationId, String reason) {
		if (order.contains(applicationId)) {
			return;
		}
		order.add(applicationId);
		changes.add(new Change(applicationId, null, order.size(), reason));
	}

	/** Takes the first in line off the list to give them the freed place. */
	public Optional<Long> promoteFirst(String reason) {
		if (order.isEmpty()) {
			return Optional.empty();
		}
		long first = order.remove(0);
		changes.add(new Change(first, 1, null, reason));
		recordShift(0, reason);
		return Optional.of(first);
	}

	public void remove(long applicationId, String reason) {
		int index = order.indexOf(applicationId);
		if (index < 0) {
			return;
		}
		order.remove(index);
		changes.add(new Change(applicationId, index + 1, null, reason));
		recordShift(index, reason);
	}

	/** A coordinator moves an application to another position; the reason is required. */
	public void move(long applicationId, int newPosition, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.REASON_REQUIRED,
					"A change of order needs a reason");
		}
		int index = order.indexOf(applicationId);
		if (index < 0) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.TRANSITION, "Not on the waiting list");
		}
		int target = Math.max(1, Math.min(newPosition, order.size())) - 1;
		if (target == index) {
			return;
		}
		var before = List.copyOf(order);
		order.remove(index);
		order.add(target, applicationId);
		for (int i = 0; i < order.size(); i++) {
			long id = order.get(i);
			int was = before.indexOf(id);
			if (was != i) {
				changes.add(new Change(id, was + 1, i + 1, id == applicationId ? reason : "moved by the change: " + reason));
			}
		}
	}

	/** Everyone behind a removed place moves up one; their new positions are recorded too. */
	private void recordShift(int fromIndex, String reason) {
		for (int i = fromIndex; i < order.size(); i++) {
			changes.add(new Change(order.get(i), i + 2, i + 1, "moved up: " + reason));
		}
	}
}
