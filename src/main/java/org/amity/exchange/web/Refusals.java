package org.amity.exchange.web;

import java.util.List;
import java.util.function.Supplier;

import org.amity.exchange.ExchangeRefusedException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages post a form and come back to the page they were on (post, redirect, get); a rule's refusal comes back as a
 * message in the reader's language above the form, with the fields or rules it concerns.
 */
final class Refusals {

	private Refusals() {
	}

	/**
	 * What the page shows: the reason (a message key suffix) and the names it concerns. It travels to the next page in
	 * the session, which PostgreSQL keeps, so it must be serialisable.
	 */
	record Refusal(String reason, List<String> details) implements java.io.Serializable {

		Refusal {
			details = details == null ? List.of() : List.copyOf(details);
		}
	}

	static String attempt(RedirectAttributes redirect, String page, String done, Supplier<?> action) {
		try {
			action.get();
			if (done != null) {
				redirect.addFlashAttribute("done", done);
			}
		}
		catch (ExchangeRefusedException e) {
			redirect.addFlashAttribute("refusal", new Refusal(e.reason().name(), e.details()));
		}
		return "redirect:" + page;
	}
}
