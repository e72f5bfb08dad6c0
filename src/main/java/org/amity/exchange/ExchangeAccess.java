package org.amity.exchange;

import org.amity.identity.Access;
import org.amity.identity.AccessDeniedException;
import org.amity.identity.Caller;
import org.amity.identity.Role;
import org.amity.partnership.Partnerships;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the exchange, asked of the identity module: a program is planned by the officers of its cities;
 * its calls, selection and placement are run by its coordinators or those officers; its applications are read and
 * scored by its reviewers too. Each use case asks once, at its start.
 */
@Component
class ExchangeAccess {

	private final Access access;
	private final ExchangeRepository repository;
	private final Partnerships partnerships;

	ExchangeAccess(Access access, ExchangeRepository repository, Partnerships partnerships) {
		this.access = access;
		this.repository = repository;
		this.partnerships = partnerships;
	}

	/** An officer of this city (or a platform admin). */
	Caller officerOf(long place) {
		return access.requireStaffOf(place);
	}

	/** Staff of either city (or a platform admin). */
	Caller officerOfAny(long... places) {
		return access.requireStaffOfAny(places);
	}

	/** Whether the caller plans this program: staff of one of its partnership's cities, or a platform admin. */
	boolean plans(Caller caller, Program program) {
		return caller.isPlatformAdmin() || partnerships.find(program.partnershipId())
			.map(p -> caller.isStaffOf(p.placeA()) || caller.isStaffOf(p.placeB()))
			.orElse(false);
	}

	/** The two cities of the program's partnership. */
	java.util.List<Long> citiesOfProgram(long programId) {
		return repository.program(programId)
			.flatMap(program -> partnerships.find(program.partnershipId()))
			.map(p -> java.util.List.of(p.placeA(), p.placeB()))
			.orElse(java.util.List.of());
	}

	Caller signedIn() {
		return access.requireSignedIn();
	}

	boolean coordinates(Caller caller, long programId) {
		return caller.has(Role.PROGRAM_COORDINATOR, programId) || isOfficerFor(caller, programId);
	}

	/** The program's coordinator, or an officer of either city of its partnership. */
	Caller coordinatorOf(long programId) {
		var caller = access.requireSignedIn();
		if (coordinates(caller, programId)) {
			return caller;
		}
		throw new AccessDeniedException(AccessDeniedException.Reason.ROLE,
				caller.username() + " does not coordinate program " + programId);
	}

	/** A reviewer of the program, or whoever coordinates it. */
	Caller reviewerOf(long programId) {
		var caller = access.requireSignedIn();
		if (caller.has(Role.REVIEWER, programId) || caller.has(Role.PROGRAM_COORDINATOR, programId)
				|| isOfficerFor(caller, programId)) {
			return caller;
		}
		throw new AccessDeniedException(AccessDeniedException.Reason.ROLE,
				caller.username() + " does not review program " + programId);
	}

	Caller coordinatorOfCall(long callId) {
		return coordinatorOf(programOfCall(callId));
	}

	Caller reviewerOfCall(long callId) {
		return reviewerOf(programOfCall(callId));
	}

	private long programOfCall(long callId) {
		return repository.call(callId)
			.orElseThrow(() -> new org.amity.shared.NotFoundException("call", String.valueOf(callId)))
			.programId();
	}

	private boolean isOfficerFor(Caller caller, long programId) {
		if (caller.isPlatformAdmin()) {
			return true;
		}
		return repository.program(programId)
			.flatMap(program -> partnerships.find(program.partnershipId()))
			.map(p -> caller.isStaffOf(p.placeA()) || caller.isStaffOf(p.placeB()))
			.orElse(false);
	}
}
