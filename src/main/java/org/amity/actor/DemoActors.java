package org.amity.actor;

import org.amity.city.Gazetteer;
import org.amity.identity.CurrentUser;
import org.amity.shared.LocalizedText;
import org.amity.shared.PartialDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invented organisations and people that show what the directory holds: universities, an association, a cultural
 * institution, a sports club, a representative office. Loaded only with {@code amity.demo.enabled=true}; every one is
 * marked as demo and its name says so.
 */
@Component
@ConditionalOnProperty(name = "amity.demo.enabled", havingValue = "true")
class DemoActors {

	private final Actors actors;
	private final Gazetteer gazetteer;
	private final RealActors real;
	private final CurrentUser currentUser;

	DemoActors(Actors actors, Gazetteer gazetteer, RealActors real, CurrentUser currentUser) {
		this.currentUser = currentUser;
		this.actors = actors;
		this.gazetteer = gazetteer;
		this.real = real;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 10)
	@Transactional
	public void load() {
		real.record();
		currentUser.runAs(RealActors.AMITY, this::loadAsAmity);
	}

	private void loadAsAmity() {
		if (actors.find("demo-hanbit-university").isPresent()) {
			return;
		}
		var seoul = gazetteer.findBySlug("seoul-kr").map(p -> p.id()).orElse(null);
		var tokyo = gazetteer.findBySlug("tokyo-jp").map(p -> p.id()).orElse(null);
		var hanbit = org("demo-hanbit-university", ActorKind.UNIVERSITY, seoul, "Hanbit University (demo)",
				"한빛대학교 (데모)", "ハンビッ大学（デモ）", "Universitas Hanbit (demo)");
		var sakura = org("demo-sakura-university", ActorKind.UNIVERSITY, tokyo, "Sakura University (demo)",
				"사쿠라대학교 (데모)", "さくら大学（デモ）", "Universitas Sakura (demo)");
		var arts = org("demo-seoul-arts-house", ActorKind.CULTURAL_INSTITUTION, seoul, "Seoul Arts House (demo)",
				"서울 예술의 집 (데모)", "ソウル・アーツハウス（デモ）", "Rumah Seni Seoul (demo)");
		var club = org("demo-sumida-football-club", ActorKind.SPORTS_CLUB, tokyo, "Sumida Football Club (demo)",
				"스미다 축구 클럽 (데모)", "墨田フットボールクラブ（デモ）", "Klub Sepak Bola Sumida (demo)");
		var association = org("demo-east-asia-cities-forum", ActorKind.ASSOCIATION_OF_LOCAL_GOVERNMENTS, null,
				"East Asia Cities Forum (demo)", "동아시아 도시 포럼 (데모)", "東アジア都市フォーラム（デモ）",
				"Forum Kota Asia Timur (demo)");
		var office = org("demo-seoul-office-tokyo", ActorKind.REPRESENTATIVE_OFFICE, tokyo,
				"Seoul representative office in Tokyo (demo)", "서울시 도쿄 대표처 (데모)", "ソウル市東京代表処（デモ）",
				"Kantor perwakilan Seoul di Tokyo (demo)");
		var ngo = org("demo-bridge-youth-network", ActorKind.NON_GOVERNMENTAL_ORGANISATION, seoul,
				"Bridge Youth Network (demo)", "브리지 청소년 네트워크 (데모)", "ブリッジ青少年ネットワーク（デモ）",
				"Jaringan Pemuda Bridge (demo)");
		var seoulGov = actors.get(RealActors.SEOUL);
		var tokyoGov = actors.get(RealActors.TOKYO);
		var since = PartialDate.ofYear(2015);
		relate(seoulGov, MembershipRole.MEMBER, association, since);
		relate(tokyoGov, MembershipRole.MEMBER, association, since);
		relate(office, MembershipRole.REPRESENTATIVE_OFFICE, seoulGov, PartialDate.ofYear(2016));
		relate(hanbit, MembershipRole.MEMBER, association, PartialDate.ofYear(2020));
		relate(ngo, MembershipRole.FACILITATOR, sakura, PartialDate.ofYear(2022));
		relate(arts, MembershipRole.SPONSOR, club, PartialDate.ofYear(2024));
		actors.addPerson("Kim Minji (demo)", "minji.kim@demo.invalid", hanbit.id(), "International office", true,
				true);
		actors.addPerson("Sato Haruka (demo)", "haruka.sato@demo.invalid", sakura.id(), "Exchange coordinator", true,
				true);
		actors.addPerson("Park Jisoo (demo)", "jisoo.park@demo.invalid", office.id(), "Director", true, true);
	}

	private Organisation org(String slug, ActorKind kind, Long place, String en, String ko, String ja, String id) {
		return actors.register(slug, kind, LocalizedText.of(en, ko, ja, id), place, null, true);
	}

	private void relate(Organisation from, MembershipRole role, Organisation to, PartialDate since) {
		actors.relate(from.id(), role, Target.organisation(to.id(), to.name()), since, null, true);
	}
}
