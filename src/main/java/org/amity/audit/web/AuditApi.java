package org.amity.audit.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.amity.audit.AuditEntry;
import org.amity.audit.AuditTrail;
import org.amity.identity.AccessRule;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/audit}: a record's history of changes, for staff (sign in with HTTP Basic). A GET, yet not public:
 * the use case refuses anyone who is not staff of a city that owns the record.
 */
@AccessRule(AccessRule.Audience.STAFF)
@RestController
@Validated
class AuditApi {

	private final AuditTrail audit;

	AuditApi(AuditTrail audit) {
		this.audit = audit;
	}

	@Operation(summary = "A record's changes, newest first: who, when, in which role, before and after (staff only)")
	@GetMapping("/api/v1/audit")
	List<AuditEntry> history(@RequestParam @NotBlank @Size(max = 50) String type,
			@RequestParam @NotBlank @Size(max = 200) String id) {
		return audit.history(type, id);
	}
}
