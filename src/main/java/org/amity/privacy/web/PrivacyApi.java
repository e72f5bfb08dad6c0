package org.amity.privacy.web;

import org.amity.identity.AccessRule;

import java.util.Map;

import org.amity.privacy.ConsentStatistics;
import org.amity.privacy.Purpose;
import org.amity.shared.SmallCells;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Aggregates for researchers: how many people consent to each purpose, cells under five withheld. */
@RestController
class PrivacyApi {

	private final ConsentStatistics statistics;

	PrivacyApi(ConsentStatistics statistics) {
		this.statistics = statistics;
	}

	@AccessRule(AccessRule.Audience.SIGNED_IN)
	@GetMapping("/api/v1/privacy/consent-statistics")
	Map<Purpose, SmallCells.Cell> consentStatistics() {
		return statistics.byPurpose();
	}
}
