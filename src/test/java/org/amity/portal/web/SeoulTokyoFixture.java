package org.amity.portal.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amity.city.Gazetteer;
import org.amity.city.NewPlace;
import org.amity.city.Place;
import org.amity.city.PlaceLevel;
import org.amity.evaluation.ContextEvent;
import org.amity.evaluation.ContextTimeline;
import org.amity.partnership.Agreement;
import org.amity.partnership.AgreementKind;
import org.amity.partnership.CooperationField;
import org.amity.partnership.Partnership;
import org.amity.partnership.PartnershipStatus;
import org.amity.partnership.PartnershipType;
import org.amity.partnership.Partnerships;
import org.amity.partnership.Term;
import org.amity.shared.PartialDate;

/**
 * The Seoul–Tokyo case as the page tests need it: Seoul, Tokyo and one of its wards, a few of Tokyo's partners, the
 * 1988 sister-city agreement and two national events between Japan and Korea. Whatever the application already loaded
 * (the real data) is kept; only what is missing is registered, so the tests run with or without the data import.
 */
final class SeoulTokyoFixture {

	static final String SOURCE = "portal-test";

	private SeoulTokyoFixture() {
	}

	static synchronized void ensure(Gazetteer gazetteer, Partnerships partnerships, ContextTimeline context) {
		var tokyo = place(gazetteer, "tokyo-jp", new NewPlace("JP", PlaceLevel.CITY, null, "Tokyo",
				Map.of("ko", "도쿄", "ja", "東京", "id", "Tokyo"), List.of("Tokyo Metropolis"), 35.6895, 139.6917,
				14_000_000L, null, SOURCE));
		var seoul = place(gazetteer, "seoul-kr", new NewPlace("KR", PlaceLevel.CITY, null, "Seoul",
				Map.of("ko", "서울", "ja", "ソウル", "id", "Seoul"), List.of(), 37.5665, 126.978, 9_400_000L, null,
				SOURCE));
		place(gazetteer, "adachi-tokyo-jp", new NewPlace("JP", PlaceLevel.WARD, tokyo.id(), "Adachi",
				Map.of("ko", "아다치구", "ja", "足立区"), List.of(), 35.7750, 139.8044, null, null, SOURCE));
		var newYork = place(gazetteer, "new-york-us", new NewPlace("US", PlaceLevel.CITY, null, "New York",
				Map.of("ko", "뉴욕", "ja", "ニューヨーク"), List.of(), 40.7128, -74.006, null, null, SOURCE));
		var paris = place(gazetteer, "paris-fr", new NewPlace("FR", PlaceLevel.CITY, null, "Paris",
				Map.of("ko", "파리", "ja", "パリ"), List.of(), 48.8566, 2.3522, null, null, SOURCE));

		if (partnerships.findBySlug("seoul-kr-tokyo-jp").isEmpty()) {
			var seoulTokyo = partnerships.register(seoul.id(), tokyo.id(), "seoul-kr-tokyo-jp", PartnershipType.SISTER,
					null, PartnershipStatus.ACTIVE, true, new Partnership.Source(SOURCE, null));
			partnerships.recordAgreement(seoulTokyo.id(),
					new Agreement(null, AgreementKind.FOUNDING_AGREEMENT, "Sister city agreement between Seoul and Tokyo",
							PartialDate.parse("1988-09-03"), "Seoul",
							List.of(new Agreement.Signature(seoul.id(), PartialDate.parse("1988-09-03")),
									new Agreement.Signature(tokyo.id(), PartialDate.parse("1988-09-03"))),
							Term.INDEFINITE, Set.of(CooperationField.CULTURE, CooperationField.ECONOMY), 1, null, null,
							SOURCE));
			partnerships.recordAgreement(seoulTokyo.id(), new Agreement(null, AgreementKind.MOU,
					"Memorandum on exchange and cooperation", PartialDate.parse("2014-09"), null, List.of(),
					Term.years(3), Set.of(CooperationField.TOURISM, CooperationField.DISASTER_RELIEF), 1, null, null,
					SOURCE));
		}
		if (partnerships.findBySlug("new-york-us-tokyo-jp").isEmpty()) {
			partnerships.register(newYork.id(), tokyo.id(), "new-york-us-tokyo-jp", PartnershipType.SISTER,
					PartialDate.ofYear(1960), PartnershipStatus.ACTIVE, true, new Partnership.Source(SOURCE, null));
		}
		if (partnerships.findBySlug("paris-fr-tokyo-jp").isEmpty()) {
			partnerships.register(paris.id(), tokyo.id(), "paris-fr-tokyo-jp", PartnershipType.FRIENDSHIP,
					PartialDate.parse("1982-07"), PartnershipStatus.ACTIVE, true, new Partnership.Source(SOURCE, null));
		}
		context.record("JP", "KR", PartialDate.parse("2011-03-11"), ContextEvent.Kind.DISASTER,
				"Great East Japan Earthquake", SOURCE);
		context.record("JP", "KR", PartialDate.ofYear(2015), ContextEvent.Kind.THAW,
				"Fiftieth anniversary of diplomatic relations", SOURCE);
	}

	private static Place place(Gazetteer gazetteer, String slug, NewPlace place) {
		return gazetteer.findBySlug(slug)
			.orElseGet(() -> gazetteer.register(List.of(place), gazetteer.index()).get(0));
	}
}
