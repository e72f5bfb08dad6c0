package org.amity.partnership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.shared.LocalizedText;
import org.amity.shared.search.SearchContentChanged;
import org.amity.shared.search.SearchContribution;
import org.amity.shared.search.SearchDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The registry's share of the site search: each partnership titled by its two places in each of Amity's languages,
 * its text saying what kind of tie it is in that language; a partnership with agreements also carries their kinds
 * and fields of cooperation in every language, and their titles and notes as written (English).
 */
@Component
class PartnershipSearchDocuments implements SearchContribution {

	static final String KIND = "partnership";

	private final PartnershipRepository repository;
	private final Gazetteer gazetteer;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;

	PartnershipSearchDocuments(PartnershipRepository repository, Gazetteer gazetteer, MessageSource messages,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.gazetteer = gazetteer;
		this.messages = messages;
		this.events = events;
	}

	/** Tells the search once the change is committed, so that it reads the new state. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(PartnershipsChanged changed) {
		events.publishEvent(new SearchContentChanged(KIND));
	}

	@Override
	public String kind() {
		return KIND;
	}

	/** Titles carry place names, so a new name changes them as well as a change of the registry. */
	@Override
	@Transactional(readOnly = true)
	public long version() {
		return repository.version() * 1_000_003 + gazetteer.namesVersion();
	}

	@Override
	@Transactional(readOnly = true)
	public List<SearchDocument> documents() {
		var summaries = repository.summaries();
		var ids = new HashSet<Long>();
		summaries.forEach(s -> {
			ids.add(s.placeA());
			ids.add(s.placeB());
		});
		var places = gazetteer.findAll(ids).stream().collect(Collectors.toMap(Place::id, Function.identity()));
		var typeLabels = new HashMap<PartnershipType, Map<String, String>>();
		var documents = new ArrayList<SearchDocument>(summaries.size());
		for (var summary : summaries) {
			var a = places.get(summary.placeA());
			var b = places.get(summary.placeB());
			if (a == null || b == null) {
				continue;
			}
			var titles = new HashMap<String, String>();
			var bodies = new HashMap<String, String>();
			var type = typeLabels.computeIfAbsent(summary.type(), t -> labels("partnership.type." + t.name()));
			for (var language : LocalizedText.LANGUAGES) {
				titles.put(language, name(a, language) + " – " + name(b, language));
				bodies.put(language, type.get(language));
			}
			if (summary.curated()) {
				repository.findById(summary.id()).ifPresent(partnership -> describeAgreements(partnership, bodies));
			}
			documents.add(new SearchDocument(KIND, summary.slug(), "/partnerships/" + summary.slug(),
					new LocalizedText(titles), new LocalizedText(bodies), List.of(), new java.util.TreeSet<>(List.of(a.country(), b.country())),
					summary.since() == null ? null : summary.since().year(), summary.curated() ? 1 : 0.4));
		}
		return documents;
	}

	private void describeAgreements(Partnership partnership, Map<String, String> bodies) {
		if (partnership.agreements().isEmpty()) {
			return;
		}
		for (var language : LocalizedText.LANGUAGES) {
			var text = new StringBuilder(bodies.get(language)).append('.');
			for (var agreement : partnership.agreements()) {
				text.append(' ');
				if (agreement.signedOn() != null) {
					text.append(agreement.signedOn()).append(' ');
				}
				text.append(label("agreement.kind." + agreement.kind().name(), language));
				var fields = new LinkedHashSet<String>();
				agreement.fields().stream().sorted().forEach(f -> fields.add(label("cooperation.field." + f.name(), language)));
				if (!fields.isEmpty()) {
					text.append(" (").append(String.join(", ", fields)).append(')');
				}
				if (language.equals("en")) {
					text.append(": ").append(agreement.title());
					if (agreement.note() != null && !agreement.note().isBlank()) {
						text.append(". ").append(agreement.note());
					}
				}
				text.append('.');
			}
			var body = text.toString();
			bodies.put(language, body.length() > LocalizedText.MAX_LENGTH ? body.substring(0, LocalizedText.MAX_LENGTH)
					: body);
		}
	}

	private Map<String, String> labels(String key) {
		var labels = new HashMap<String, String>();
		for (var language : LocalizedText.LANGUAGES) {
			labels.put(language, label(key, language));
		}
		return labels;
	}

	private String label(String key, String language) {
		return messages.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1), Locale.forLanguageTag(language));
	}

	private static String name(Place place, String language) {
		return place.names().getOrDefault(language, place.name());
	}
}
