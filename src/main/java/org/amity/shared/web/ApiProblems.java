package org.amity.shared.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.amity.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns the JSON API's errors into RFC 9457 problem details whose title and detail are in the caller's language
 * (Accept-Language among en, ko, ja, id): not found is 404, a malformed parameter 400, a refused rule 409 or 422, and
 * anything unexpected a 500 problem rather than a bare error page. Modules add their own handlers for their typed
 * errors beside this one.
 */
@RestControllerAdvice(annotations = RestController.class)
// after the modules' own handlers for their typed errors, before Spring Boot's generic problem details
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 100)
public class ApiProblems {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	public ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "problem.not-found", request, "problem.not-found." + e.kind(), e.key());
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ProblemDetail badParameter(Exception e, HttpServletRequest request) {
		var name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
				: ((MissingServletRequestParameterException) e).getParameterName();
		var problem = problem(HttpStatus.BAD_REQUEST, "problem.bad-parameter", request, "problem.bad-parameter.detail",
				name);
		problem.setProperty("errors", java.util.Map.of(name, text("problem.bad-parameter.field")));
		return problem;
	}

	/** A missing, malformed or wrongly typed request body: the caller's mistake, never ours; nothing was read. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "problem.unreadable-body", request, "problem.unreadable-body.detail");
	}

	/** A request that should carry a file and does not (or is not multipart at all): nothing was read. */
	@ExceptionHandler({ org.springframework.web.multipart.MultipartException.class,
			org.springframework.web.multipart.support.MissingServletRequestPartException.class })
	ProblemDetail missingPart(Exception e, HttpServletRequest request) {
		if (e instanceof ErrorResponse) {
			// too large and the like keep their own status
			return unexpected(e, request);
		}
		return problem(HttpStatus.BAD_REQUEST, "problem.unreadable-body", request, "problem.unreadable-body.detail");
	}

	/**
	 * A value the records refuse as they are made (too long, empty, holding a control character): Amity's value types
	 * say so with {@link IllegalArgumentException} before anything is stored.
	 */
	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalidValue(IllegalArgumentException e, HttpServletRequest request) {
		log.debug("Refused a value on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
		return problem(HttpStatus.BAD_REQUEST, "problem.invalid", request, "problem.invalid.value");
	}

	@ExceptionHandler({ HandlerMethodValidationException.class, ConstraintViolationException.class })
	ProblemDetail invalid(Exception e, HttpServletRequest request) {
		var problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid", request, "problem.invalid.detail");
		var errors = new LinkedHashMap<String, String>();
		if (e instanceof HandlerMethodValidationException v) {
			v.getParameterValidationResults().forEach(result -> errors.put(
					result.getMethodParameter().getParameterName(),
					result.getResolvableErrors().isEmpty() ? text("problem.invalid.field")
							: messages.getMessage(result.getResolvableErrors().get(0), locale())));
		}
		else {
			((ConstraintViolationException) e).getConstraintViolations().forEach(v -> errors.put(
					v.getPropertyPath().toString().replaceFirst(".*\\.", ""), v.getMessage()));
		}
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e, HttpServletRequest request) {
		if (e instanceof ErrorResponse standard) {
			// Spring MVC's own errors (404, 405, 406, 413, 415, ...) keep their status, in the caller's language
			var problem = standard.getBody();
			int status = standard.getStatusCode().value();
			var key = status == 404 ? "problem.not-found" : "problem.http." + status;
			problem.setTitle(messages.getMessage(key, null, problem.getTitle(), locale()));
			problem.setDetail(messages.getMessage(key + ".detail", null, problem.getDetail(), locale()));
			return problem;
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected", request, "problem.unexpected.detail");
	}

	/** A problem with a translated title and detail; public so that modules' own handlers speak the same way. */
	public ProblemDetail problem(HttpStatus status, String titleKey, HttpServletRequest request, String detailKey,
			Object... args) {
		var problem = ProblemDetail.forStatusAndDetail(status, text(detailKey, args));
		problem.setTitle(text(titleKey));
		problem.setType(URI.create("urn:amity:problem:" + titleKey.substring("problem.".length())));
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
