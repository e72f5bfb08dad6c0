package org.amity.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.amity.identity.AccessRule;
import org.amity.identity.CurrentUser;
import org.amity.shared.web.PortalPaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The sign-in page in the reader's language, with the city's OpenID Connect provider when one is configured. */
@AccessRule(AccessRule.Audience.PUBLIC)
@Controller
class SignInController {

	/** The errors the sign-in page has a sentence for; anything else typed into the URL reads as a failed sign-in. */
	static final Set<String> ERRORS = Set.of("failed", "locked", "disabled", "throttled");

	private final ObjectProvider<ClientRegistrationRepository> oidcProviders;
	private final CurrentUser currentUser;
	private final boolean demo;

	SignInController(ObjectProvider<ClientRegistrationRepository> oidcProviders, CurrentUser currentUser,
			@Value("${amity.demo.enabled:false}") boolean demo) {
		this.oidcProviders = oidcProviders;
		this.currentUser = currentUser;
		this.demo = demo;
	}

	@GetMapping(PortalPaths.LANG + "/login")
	String signIn(@RequestParam(required = false) String error, HttpServletRequest request, Model model) {
		if (error != null) {
			model.addAttribute("error", ERRORS.contains(error) ? error : "failed");
		}
		model.addAttribute("signedOut", request.getParameter("signed-out") != null);
		model.addAttribute("passwordReset", request.getParameter("reset") != null);
		model.addAttribute("providers", providers());
		model.addAttribute("demo", demo);
		model.addAttribute("alreadySignedIn", !currentUser.get().isAnonymous());
		return "login";
	}

	/** Where the security filters forward a refused page request; any method, since a refused form was a POST. */
	@RequestMapping(PortalPaths.LANG + "/access-denied")
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String denied(HttpServletRequest request, Model model) {
		var reason = request.getAttribute(SignInPages.DENIED_REASON);
		model.addAttribute("reason", reason instanceof String key ? key : "access.denied.staff");
		return "access-denied";
	}

	private List<Provider> providers() {
		var repository = oidcProviders.getIfAvailable();
		var providers = new ArrayList<Provider>();
		if (repository instanceof Iterable<?> registrations) {
			for (var registration : registrations) {
				var client = (ClientRegistration) registration;
				providers.add(new Provider(client.getClientName(), "/oauth2/authorization/" + client.getRegistrationId()));
			}
		}
		return providers;
	}

	record Provider(String name, String href) {
	}
}
