package org.amity.privacy;

import java.util.EnumMap;
import java.util.Map;

import org.amity.identity.Access;
import org.amity.identity.Role;
import org.amity.shared.SmallCells;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Aggregates of consent for researchers: how many people consent to each purpose, small cells withheld. */
@Service
public class ConsentStatistics {

	private final Consents consents;
	private final Access access;

	ConsentStatistics(Consents consents, Access access) {
		this.consents = consents;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public Map<Purpose, SmallCells.Cell> byPurpose() {
		access.requireRole(Role.RESEARCHER);
		var cells = new EnumMap<Purpose, SmallCells.Cell>(Purpose.class);
		consents.countsInForce().forEach((purpose, count) -> cells.put(purpose, SmallCells.of(count)));
		return cells;
	}
}
