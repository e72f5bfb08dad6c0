package org.amity.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.amity.shared.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any path under {@code /api} that no endpoint serves answers a 404 problem detail, not an HTML error page. */
@RestController
class UnknownApiPath {

	@RequestMapping("/api/v1/**")
	void unknown(HttpServletRequest request) {
		throw new NotFoundException("resource", request.getRequestURI());
	}
}
