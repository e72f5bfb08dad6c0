package org.amity.event;

import java.time.LocalDateTime;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Work done on the clock: offers from the waiting list that ran out pass to the next in line, and volunteers are
 * reminded of tomorrow's shifts. Every instance may run it; the row locks and the outbox keys make that harmless.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "amity.event.schedule", havingValue = "true", matchIfMissing = true)
class EventSchedule {

	private final Registrations registrations;
	private final Volunteers volunteers;

	EventSchedule(Registrations registrations, Volunteers volunteers) {
		this.registrations = registrations;
		this.volunteers = volunteers;
	}

	@Scheduled(fixedDelayString = "${amity.event.offer-check-ms:60000}", initialDelay = 30_000)
	void expireOffers() {
		registrations.expireOffers();
	}

	@Scheduled(fixedDelayString = "${amity.event.reminder-check-ms:600000}", initialDelay = 60_000)
	void remindVolunteers() {
		volunteers.remind(LocalDateTime.now(), 24);
	}
}
