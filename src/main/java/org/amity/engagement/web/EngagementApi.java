package org.amity.engagement.web;

import org.amity.identity.AccessRule;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.amity.engagement.Campaign;
import org.amity.engagement.Engagement;
import org.amity.engagement.EngagementRefusedException;
import org.amity.engagement.Idea;
import org.amity.shared.LocalizedText;
import org.amity.shared.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/campaigns}, {@code /api/v1/community-events}, {@code /api/v1/ideas}. */
@RestController
class EngagementApi {

	private final Engagement engagement;

	EngagementApi(Engagement engagement) {
		this.engagement = engagement;
	}

	@Operation(summary = "A partnership's campaigns with their total reach")
	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping("/api/v1/campaigns")
	List<Campaign> campaigns(@RequestParam String partnership) {
		return engagement.campaigns(partnership);
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/api/v1/campaigns")
	ResponseEntity<Map<String, Long>> launch(@RequestBody CampaignBody body) {
		long id = engagement.launch(body.partnership(), new LocalizedText(body.title()), body.channels(),
				body.hashtags(), body.startsOn(), body.endsOn());
		return ResponseEntity.status(201).body(Map.of("id", id));
	}

	@Operation(summary = "Import reach figures from CSV (channel,day,reach); all rows or none")
	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(value = "/api/v1/campaigns/{id}/reach", consumes = "multipart/form-data")
	Map<String, Integer> importReach(@PathVariable long id, @RequestParam("file") MultipartFile file)
			throws java.io.IOException {
		return Map.of("rows", engagement.importReach(id,
				new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)));
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/api/v1/community-events")
	ResponseEntity<Map<String, Long>> communityEvent(@RequestBody CommunityEventBody body) {
		return ResponseEntity.status(201).body(Map.of("id", engagement.communityEvent(body.partnership(),
				body.organisation(), new LocalizedText(body.title()), body.heldOn(), body.place(),
				body.attendance() == null ? 0 : body.attendance())));
	}

	@Operation(summary = "Send an idea or feedback on an event (about EVENT, topic its slug) or a program (about PROGRAM, topic its id); it shows once a moderator approved it")
	@AccessRule(AccessRule.Audience.PUBLIC)
	@PostMapping("/api/v1/ideas")
	ResponseEntity<Map<String, Long>> submit(@RequestBody IdeaBody body) {
		return ResponseEntity.status(202).body(Map.of("id",
				engagement.submitIdea(about(body.about()), body.topic(), body.author(), body.email(), body.text())));
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping("/api/v1/ideas")
	List<Idea> published(@RequestParam String topic, @RequestParam(required = false) String about) {
		return engagement.published(about(about), topic);
	}

	/** What an idea is about: an event unless it says a program. */
	private static Idea.About about(String about) {
		if (about == null || about.isBlank()) {
			return Idea.About.EVENT;
		}
		try {
			return Idea.About.valueOf(about.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new EngagementRefusedException(EngagementRefusedException.Reason.INVALID_IDEA, 0);
		}
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/api/v1/ideas/{id}/moderation")
	ResponseEntity<Void> moderate(@PathVariable long id, @RequestBody ModerationBody body) {
		engagement.moderate(id, Boolean.TRUE.equals(body.approve()), body.reason());
		return ResponseEntity.noContent().build();
	}

	record CampaignBody(String partnership, Map<String, String> title, List<String> channels, List<String> hashtags,
			LocalDate startsOn, LocalDate endsOn) {
	}

	record CommunityEventBody(String partnership, String organisation, Map<String, String> title, LocalDate heldOn,
			String place, Integer attendance) {
	}

	/** {@code about} is EVENT (the topic is an event's slug, the default) or PROGRAM (the topic is a program's id). */
	record IdeaBody(String about, String topic, String author, String email, String text) {
	}

	record ModerationBody(Boolean approve, String reason) {
	}

	/** Engagement refusals: 422 in the caller's language, with the CSV line when there is one. */
	@RestControllerAdvice(assignableTypes = EngagementApi.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class Problems {

		private final ApiProblems problems;

		Problems(ApiProblems problems) {
			this.problems = problems;
		}

		@ExceptionHandler(EngagementRefusedException.class)
		ProblemDetail refused(EngagementRefusedException e, HttpServletRequest request) {
			var problem = problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "problem.engagement-refused", request,
					"problem.engagement-refused." + e.reason(), e.line());
			problem.setProperty("reason", e.reason().name());
			if (e.line() > 0) {
				problem.setProperty("line", e.line());
			}
			return problem;
		}

		@ExceptionHandler(IllegalArgumentException.class)
		ProblemDetail invalid(IllegalArgumentException e, HttpServletRequest request) {
			return problems.problem(HttpStatus.BAD_REQUEST, "problem.invalid", request, "problem.invalid.detail");
		}
	}
}
