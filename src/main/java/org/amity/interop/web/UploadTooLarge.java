package org.amity.interop.web;

import java.net.URI;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.amity.shared.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload larger than the server takes at all fails before any controller is chosen, so no controller's own
 * handling sees it: the wizard's page gets its start page back with the reason, the API a 413 problem detail.
 * Other paths keep Spring's own answer.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

	private static final Pattern WIZARD = Pattern.compile("^/(en|ko|ja|id)/manage/imports(/.*)?$");

	private final ApiProblems problems;

	UploadTooLarge(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<?> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request)
			throws MaxUploadSizeExceededException {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		var wizard = WIZARD.matcher(path);
		if (wizard.matches()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create(request.getContextPath() + "/" + wizard.group(1) + "/manage/imports?error=TOO_LARGE"))
				.build();
		}
		if (path.startsWith("/api/")) {
			var problem = problems.problem(HttpStatus.CONTENT_TOO_LARGE, "problem.import-rejected", request,
					"problem.import-rejected.TOO_LARGE", 0);
			problem.setProperty("reason", "TOO_LARGE");
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
		}
		throw e;
	}
}
