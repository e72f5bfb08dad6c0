package org.amity.actor;

import java.util.List;

import org.amity.city.Gazetteer;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.partnership.Partnerships;
import org.amity.shared.LocalizedText;
import org.amity.shared.PartialDate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two governments of Amity's reference case, which are real and well known: Seoul's and Tokyo's metropolitan
 * governments, the parties to the 1988 sister-city agreement. Recorded once the bundled places and partnerships are
 * loaded; running again changes nothing.
 */
@Component
class RealActors {

	static final String SEOUL = "seoul-metropolitan-government";
	static final String TOKYO = "tokyo-metropolitan-government";

	private final Actors actors;
	private final Gazetteer gazetteer;
	private final Partnerships partnerships;
	private final CurrentUser currentUser;

	RealActors(Actors actors, Gazetteer gazetteer, Partnerships partnerships, CurrentUser currentUser) {
		this.currentUser = currentUser;
		this.actors = actors;
		this.gazetteer = gazetteer;
		this.partnerships = partnerships;
	}

	/** Amity itself records the reference case, as a platform administrator would. */
	static final Caller AMITY = Caller.of(0, "amity", List.of(Grant.platform(org.amity.identity.Role.PLATFORM_ADMIN)), false);

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void record() {
		currentUser.runAs(AMITY, this::recordAsAmity);
	}

	private void recordAsAmity() {
		var seoul = actors.find(SEOUL).orElseGet(() -> actors.register(SEOUL, ActorKind.LOCAL_GOVERNMENT,
				LocalizedText.of("Seoul Metropolitan Government", "서울특별시", "ソウル特別市",
						"Pemerintah Metropolitan Seoul"),
				gazetteer.findBySlug("seoul-kr").map(p -> p.id()).orElse(null), "https://english.seoul.go.kr", false));
		var tokyo = actors.find(TOKYO).orElseGet(() -> actors.register(TOKYO, ActorKind.LOCAL_GOVERNMENT,
				LocalizedText.of("Tokyo Metropolitan Government", "도쿄도", "東京都", "Pemerintah Metropolitan Tokyo"),
				gazetteer.findBySlug("tokyo-jp").map(p -> p.id()).orElse(null), "https://www.metro.tokyo.lg.jp",
				false));
		partnerships.findBySlug("seoul-kr-tokyo-jp").ifPresent(partnership -> {
			var label = LocalizedText.of("Seoul – Tokyo", "서울 – 도쿄", "ソウル – 東京", "Seoul – Tokyo");
			var signed = PartialDate.parse("1988-09-03");
			for (var government : new Organisation[] { seoul, tokyo }) {
				actors.relate(government.id(), MembershipRole.INITIATOR, Target.partnership(partnership.id(), label), signed,
						null, false);
			}
		});
	}
}
