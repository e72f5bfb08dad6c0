package org.amity.partnership.web;

import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.identity.AccessRule;
import org.amity.partnership.Partnerships;
import org.amity.partnership.PartnershipType;
import org.amity.partnership.RegistryChange;
import org.amity.partnership.RegistryQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.Formatter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/v1/open-data/partnerships}: the public registry for re-use, a page at a time in the order of change,
 * with the licence it is published under. A reader that keeps a copy asks with {@code updatedSince} set to the last
 * page's {@code asOf} and gets what changed, removed partnerships marked as such.
 */
@AccessRule(AccessRule.Audience.PUBLIC)
@RestController
class OpenDataApi {

	private final Partnerships partnerships;
	private final Gazetteer gazetteer;
	private final MessageSource messages;
	private final String licenceName;
	private final String licenceUrl;

	OpenDataApi(Partnerships partnerships, Gazetteer gazetteer, MessageSource messages,
			@Value("${amity.open-data.licence-name:CC BY 4.0}") String licenceName,
			@Value("${amity.open-data.licence-url:https://creativecommons.org/licenses/by/4.0/}") String licenceUrl) {
		this.partnerships = partnerships;
		this.gazetteer = gazetteer;
		this.messages = messages;
		this.licenceName = licenceName;
		this.licenceUrl = licenceUrl;
	}

	@InitBinder
	void cursors(WebDataBinder binder) {
		binder.addCustomFormatter(new Formatter<RegistryQuery.Cursor>() {
			@Override
			public RegistryQuery.Cursor parse(String text, Locale locale) throws ParseException {
				try {
					return RegistryQuery.Cursor.decode(text);
				}
				catch (IllegalArgumentException e) {
					throw new ParseException(text, 0);
				}
			}

			@Override
			public String print(RegistryQuery.Cursor cursor, Locale locale) {
				return cursor.encode();
			}
		});
	}

	@Operation(summary = "The registry as open data: paged in the order of change, filterable, with removed records")
	@GetMapping("/api/v1/open-data/partnerships")
	ResponseEntity<Page> partnerships(
			@RequestParam(required = false) @Pattern(regexp = "[A-Za-z]{2}") String country,
			@RequestParam(required = false) PartnershipType type,
			@RequestParam(required = false) @Min(1) @Max(9999) Integer from,
			@RequestParam(required = false) @Min(1) @Max(9999) Integer to,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime updatedSince,
			@RequestParam(required = false) RegistryQuery.Cursor cursor,
			@RequestParam(defaultValue = "100") @Min(1) @Max(RegistryQuery.MAX_LIMIT) int limit) {
		var asOf = partnerships.changesCompleteUpTo();
		var places = country == null ? null : gazetteer.idsInCountry(country);
		var since = updatedSince == null ? null : updatedSince.toInstant();
		var page = partnerships.changes(new RegistryQuery(places, type, from, to, since, cursor, limit));
		String next = null;
		if (page.next() != null) {
			next = ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam("cursor", page.next().encode())
				.build().toUriString();
		}
		var body = new Page(new Licence(licenceName, licenceUrl,
				messages.getMessage("opendata.attribution", null, LocaleContextHolder.getLocale())),
				asOf, items(page.items()), next);
		var response = ResponseEntity.ok();
		if (next != null) {
			response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return response.body(body);
	}

	private List<Item> items(List<RegistryChange> changes) {
		var ids = new HashSet<Long>();
		changes.forEach(c -> {
			ids.add(c.placeA());
			ids.add(c.placeB());
		});
		var places = gazetteer.findAll(ids).stream().collect(Collectors.toMap(Place::id, Function.identity()));
		return changes.stream().map(c -> new Item(c.id(), c.slug(), "/api/v1/partnerships/" + c.id(),
				List.of(PlaceItem.of(c.placeA(), places), PlaceItem.of(c.placeB(), places)), c.type().name(),
				RegistryJson.text(c.since()), c.status() == null ? null : c.status().name(), c.changedAt(),
				c.removed())).toList();
	}

	record Page(Licence licence, Instant asOf, List<Item> items, String next) {
	}

	record Licence(String name, String url, String attribution) {
	}

	/** A partnership; {@code removed} ones keep only their identity, places, type and date. */
	record Item(long id, String slug, String href, List<PlaceItem> cities, String type, String since, String status,
			Instant updatedAt, boolean removed) {
	}

	/** A party to the partnership; a place no longer in the gazetteer keeps only its id. */
	record PlaceItem(long id, String slug, String name, String country) {

		static PlaceItem of(long id, java.util.Map<Long, Place> places) {
			var place = places.get(id);
			return place == null ? new PlaceItem(id, null, null, null)
					: new PlaceItem(id, place.slug(), place.name(), place.country());
		}
	}
}
