package org.amity.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import org.amity.evaluation.Vitality;
import org.amity.evaluation.VitalityReading;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/partnerships/{id}/vitality}: the partnership's vitality index and dormancy, year by year. */
@RestController
class VitalityApi {

	private final Vitality vitality;

	VitalityApi(Vitality vitality) {
		this.vitality = vitality;
	}

	@Operation(summary = "A partnership's vitality index and state per year, and its active, dormant and revived periods")
	@GetMapping("/api/v1/partnerships/{id}/vitality")
	VitalityReading vitality(@PathVariable long id) {
		return vitality.reading(id);
	}
}
