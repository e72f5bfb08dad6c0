package org.amity.privacy;

import java.time.Duration;
import java.time.LocalDate;

/**
 * The law a person's data falls under, with the age below which a guardian must consent and the time within which a
 * request must be answered.
 * <ul>
 * <li>Korea (PIPA art. 22-2 and 35-38): a guardian consents for a child under 14; requests answered within 10 days.</li>
 * <li>Japan (APPI art. 33-35): the law sets no age; following the Personal Information Protection Commission's
 * guidelines a guardian consents for a child under 16. Requests must be answered "without delay"; Amity holds itself
 * to 7 days.</li>
 * <li>Indonesia (PDP Law 27/2022 art. 25 and 32-44): a parent or guardian consents for a child under 18; requests
 * answered within 3 × 24 hours.</li>
 * </ul>
 */
public enum Jurisdiction {

	KR(14, Duration.ofDays(10)), JP(16, Duration.ofDays(7)), ID(18, Duration.ofHours(72));

	private final int guardianBelowAge;
	private final Duration deadline;

	Jurisdiction(int guardianBelowAge, Duration deadline) {
		this.guardianBelowAge = guardianBelowAge;
		this.deadline = deadline;
	}

	public int guardianBelowAge() {
		return guardianBelowAge;
	}

	public Duration deadline() {
		return deadline;
	}

	/** Whether a person born on this date needs a guardian's consent on the given day. */
	public boolean needsGuardian(LocalDate birthDate, LocalDate today) {
		return birthDate != null && birthDate.plusYears(guardianBelowAge).isAfter(today);
	}

	/** The jurisdiction a page language suggests; English readers get Indonesia's, the shortest clock. */
	public static Jurisdiction suggestedFor(String language) {
		return switch (language) {
			case "ko" -> KR;
			case "ja" -> JP;
			default -> ID;
		};
	}
}
