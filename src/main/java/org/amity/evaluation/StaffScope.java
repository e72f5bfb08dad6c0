package org.amity.evaluation;

import java.util.Set;
import java.util.stream.Collectors;

import org.amity.city.Gazetteer;
import org.amity.identity.Access;
import org.amity.identity.AccessDeniedException;
import org.amity.identity.Caller;
import org.amity.partnership.Partnerships;
import org.springframework.stereotype.Component;

/**
 * Whose evaluation records a member of staff may see and change: a survey or series of a partnership belongs to its two
 * cities, a series or context event of two countries to the staff of cities in either country. Platform admins reach
 * all of them. The use cases call it before they read a staff list or change anything.
 */
@Component
class StaffScope {

	private final Access access;
	private final Partnerships partnerships;
	private final Gazetteer gazetteer;

	StaffScope(Access access, Partnerships partnerships, Gazetteer gazetteer) {
		this.access = access;
		this.partnerships = partnerships;
		this.gazetteer = gazetteer;
	}

	/** The signed-in member of staff (of a city, a program, or the platform). */
	Caller requireStaff() {
		var caller = access.requireSignedIn();
		if (!caller.isStaff()) {
			throw new AccessDeniedException(AccessDeniedException.Reason.STAFF, caller.username() + " is not staff");
		}
		return caller;
	}

	/** The countries of the cities the caller is staff of. */
	Set<String> countries(Caller caller) {
		return caller.staffCities()
			.stream()
			.flatMap(city -> gazetteer.find(city).stream())
			.map(place -> place.country())
			.collect(Collectors.toUnmodifiableSet());
	}

	boolean mayManagePartnership(Caller caller, Long partnershipId) {
		if (caller.isPlatformAdmin()) {
			return true;
		}
		if (partnershipId == null) {
			return false;
		}
		return partnerships.find(partnershipId)
			.map(p -> caller.isStaffOf(p.placeA()) || caller.isStaffOf(p.placeB()))
			.orElse(false);
	}

	boolean mayManageCountries(Caller caller, Set<String> countries, String a, String b) {
		return caller.isPlatformAdmin() || (a != null && countries.contains(a)) || (b != null && countries.contains(b));
	}

	/** A record of this partnership (or of no partnership, for platform admins) may be made or changed by the caller. */
	Caller requirePartnership(Long partnershipId) {
		var caller = requireStaff();
		if (!mayManagePartnership(caller, partnershipId)) {
			throw new AccessDeniedException(AccessDeniedException.Reason.STAFF,
					caller.username() + " is not staff of partnership " + partnershipId);
		}
		return caller;
	}

	/** A record between these two countries may be made or changed by the caller. */
	Caller requireCountries(String a, String b) {
		var caller = requireStaff();
		if (!mayManageCountries(caller, countries(caller), a, b)) {
			throw new AccessDeniedException(AccessDeniedException.Reason.STAFF,
					caller.username() + " is not staff of a city in " + a + " or " + b);
		}
		return caller;
	}
}
