package org.amity.partnership.web;

import java.util.List;
import java.util.Map;

import org.amity.city.Place;
import org.amity.partnership.Agreement;
import org.amity.partnership.PartnershipSummary;
import org.amity.partnership.StatusChange;

/** The JSON shapes of the public registry API (v1), as the public contract names their fields. */
final class RegistryJson {

	private RegistryJson() {
	}

	record CityItem(long id, String slug, String name, String country, String level, Map<String, String> names,
			Double latitude, Double longitude, int partnershipCount) {

		static CityItem of(Place place, int partnershipCount) {
			return new CityItem(place.id(), place.slug(), place.name(), place.country(), place.level().name(),
					place.names(), place.latitude(), place.longitude(), partnershipCount);
		}
	}

	record CityDetail(long id, String slug, String name, String country, String level, Map<String, String> names,
			List<String> aliases, Double latitude, Double longitude, Long population, String wikidata,
			int partnershipCount, PlaceRef parent, List<PlaceRef> wards, List<CityPartnership> partnerships) {
	}

	record PlaceRef(long id, String slug, String name, String country) {

		static PlaceRef of(Place place) {
			return new PlaceRef(place.id(), place.slug(), place.name(), place.country());
		}
	}

	record Partner(long id, String name, String country) {

		static Partner of(Place place) {
			return new Partner(place.id(), place.name(), place.country());
		}
	}

	record CityPartnership(long id, String slug, Partner partner, String type, String since, String status) {

		static CityPartnership of(PartnershipSummary p, Place partner) {
			return new CityPartnership(p.id(), p.slug(), Partner.of(partner), p.type().name(), text(p.since()),
					p.status().name());
		}
	}

	record PartnershipItem(long id, String slug, List<Partner> cities, String type, String since, String status) {

		static PartnershipItem of(PartnershipSummary p, Place a, Place b) {
			return new PartnershipItem(p.id(), p.slug(), List.of(Partner.of(a), Partner.of(b)), p.type().name(),
					text(p.since()), p.status().name());
		}
	}

	record PartnershipDetail(long id, String slug, List<Partner> cities, String type, String since, String status,
			boolean curated, List<AgreementItem> agreements, List<HistoryItem> history, List<SourceItem> sources,
			int version) {
	}

	record AgreementItem(String kind, String title, String signedOn, String term, String expiresOn,
			List<String> fields, List<SignatureItem> parties, String note) {

		static AgreementItem of(Agreement a) {
			return new AgreementItem(a.kind().name(), a.title(), text(a.signedOn()), a.term().toString(),
					text(a.expiresOn()), a.fields().stream().map(Enum::name).sorted().toList(),
					a.signatures().stream().map(s -> new SignatureItem(s.placeId(), text(s.signedOn()))).toList(),
					a.note());
		}
	}

	record SignatureItem(long cityId, String signedOn) {
	}

	record HistoryItem(String status, String effective, String reason, String source, String recordedAt) {

		static HistoryItem of(StatusChange change) {
			return new HistoryItem(change.status().name(), text(change.effective()), change.reason(), change.source(),
					change.recordedAt().toString());
		}
	}

	record SourceItem(String name, String reference) {
	}

	static String text(Object value) {
		return value == null ? null : value.toString();
	}
}
