package org.amity.portal.web;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.city.PlaceNotFoundException;
import org.amity.evaluation.Vitality;
import org.amity.identity.AccessRule;
import org.amity.shared.Table;
import org.amity.shared.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A city's partnership portfolio: every partnership by its vitality now, with its trend and its reading. */
@AccessRule(AccessRule.Audience.PUBLIC)
@Controller
class PortfolioController {

	private final Gazetteer gazetteer;
	private final Vitality vitality;
	private final MessageSource messages;

	PortfolioController(Gazetteer gazetteer, Vitality vitality, MessageSource messages) {
		this.gazetteer = gazetteer;
		this.vitality = vitality;
		this.messages = messages;
	}

	/** The portfolio as a file, headings and labels in the page's language. */
	@GetMapping(Language.PREFIX + "/cities/{slug}/portfolio.{format:csv|xlsx}")
	ResponseEntity<byte[]> portfolioFile(@PathVariable String slug, @PathVariable String format, Locale locale) {
		var place = gazetteer.findBySlug(slug).orElseThrow(() -> new PlaceNotFoundException(slug));
		var entries = vitality.portfolio(place.id());
		var partners = gazetteer.findAll(entries.stream().map(e -> e.partnership().partnerOf(place.id())).toList())
			.stream().collect(Collectors.toMap(Place::id, Function.identity()));
		var columns = Stream.of("city.network.partner", "portfolio.since", "portfolio.index", "portfolio.trend",
				"vitality.col.state", "portfolio.last").map(key -> text(key, locale)).toList();
		var rows = entries.stream().map(entry -> {
			var partner = partners.get(entry.partnership().partnerOf(place.id()));
			var current = entry.current();
			return Arrays.<Object>asList(partner == null ? "" : partner.nameIn(locale),
					entry.partnership().since() == null ? null : entry.partnership().since().toString(),
					current == null ? null : current.index(), text("portfolio.trend." + entry.trend(), locale),
					current == null ? null : text("vitality.state." + current.state(), locale),
					current == null ? null : current.lastActivityYear());
		}).toList();
		var title = messages.getMessage("portfolio.caption", new Object[] { place.nameIn(locale) }, locale);
		return Downloads.of(new Table(title, columns, rows), format, "amity-" + place.slug() + "-portfolio");
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	@GetMapping(Language.PREFIX + "/cities/{slug}/portfolio")
	String portfolio(@PathVariable String slug, Model model) {
		var place = gazetteer.findBySlug(slug).orElseThrow(() -> new PlaceNotFoundException(slug));
		var entries = vitality.portfolio(place.id());
		var ids = new HashSet<Long>();
		entries.forEach(e -> ids.add(e.partnership().partnerOf(place.id())));
		var partners = gazetteer.findAll(ids).stream().collect(Collectors.toMap(Place::id, Function.identity()));
		model.addAttribute("place", place);
		model.addAttribute("entries", entries);
		model.addAttribute("partners", partners);
		model.addAttribute("dormantAfterYears", vitality.policy().dormantAfterYears());
		return "portfolio";
	}
}
