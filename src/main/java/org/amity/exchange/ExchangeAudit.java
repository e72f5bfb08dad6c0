package org.amity.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.amity.audit.AuditTrail;
import org.amity.audit.Audited;
import org.amity.partnership.Partnerships;
import org.springframework.stereotype.Component;

/**
 * What the exchange tells the audit trail, in the transaction of the change: programs, calls and applications with
 * their state before and after, owned by the two cities of the partnership (an application by the cities of its
 * direction), so that the staff of either city, and only they, read the history.
 */
@Component
class ExchangeAudit {

	static final String PROGRAM = "program";
	static final String CALL = "call";
	static final String APPLICATION = "application";

	private final AuditTrail trail;
	private final ExchangeRepository repository;
	private final Partnerships partnerships;

	ExchangeAudit(AuditTrail trail, ExchangeRepository repository, Partnerships partnerships) {
		this.trail = trail;
		this.repository = repository;
		this.partnerships = partnerships;
	}

	void program(Program program, String action, Program before, Program after) {
		trail.record(Audited.of(PROGRAM, program.id(), action, snapshot(before), snapshot(after))
			.ownedBy(cities(program.partnershipId())));
	}

	void call(Call call, String action, Call before, Call after) {
		trail.record(Audited.of(CALL, call.id(), action, before, after).ownedBy(citiesOfProgram(call.programId())));
	}

	/** An application's move from one status to the next, with the reason given. */
	void status(Application application, Application.StatusChange change) {
		var before = change.from() == null ? null : Map.of("status", change.from().name());
		var after = new LinkedHashMap<String, Object>();
		after.put("status", change.to().name());
		after.put("reason", change.reason());
		trail.record(Audited.of(APPLICATION, application.id(), "status " + change.to().name(), before, after)
			.ownedBy(application.direction().from(), application.direction().to()));
	}

	/** A direction's waiting list before and after a change of its order, with the changes and their reasons. */
	void waitingList(long callId, Direction direction, List<Long> before, WaitingList after) {
		var changes = after.changes().stream().map(c -> {
			var change = new LinkedHashMap<String, Object>();
			change.put("application", c.applicationId());
			change.put("from", c.from());
			change.put("to", c.to());
			change.put("reason", c.reason());
			return change;
		}).toList();
		var now = new LinkedHashMap<String, Object>();
		now.put("direction", direction.key());
		now.put("order", after.order());
		now.put("changes", changes);
		trail.record(Audited.of(CALL, callId, "waiting list order",
				Map.of("direction", direction.key(), "order", before), now)
			.ownedBy(direction.from(), direction.to()));
	}

	/** A participant placed with another host (or none), by matching or by a coordinator's adjustment. */
	void placement(long applicationId, Direction direction, Long fromHost, Long toHost, String reason) {
		var before = new LinkedHashMap<String, Object>();
		before.put("host", fromHost);
		var after = new LinkedHashMap<String, Object>();
		after.put("host", toHost);
		after.put("reason", reason);
		trail.record(Audited.of(APPLICATION, applicationId, "placement", before, after)
			.ownedBy(direction.from(), direction.to()));
	}

	void host(Host host, String action, Host before, Host after) {
		trail.record(Audited.of(CALL, host.callId(), action, before, after)
			.ownedBy(host.direction().from(), host.direction().to()));
	}

	private List<Long> citiesOfProgram(long programId) {
		return repository.program(programId).map(p -> cities(p.partnershipId())).orElse(List.of());
	}

	private List<Long> cities(long partnershipId) {
		return partnerships.find(partnershipId).map(p -> List.of(p.placeA(), p.placeB())).orElse(List.of());
	}

	private static Map<String, Object> snapshot(Program p) {
		if (p == null) {
			return null;
		}
		var snapshot = new LinkedHashMap<String, Object>();
		snapshot.put("kind", p.kind().name());
		snapshot.put("term", p.term() == null ? null : p.term().name());
		snapshot.put("title", p.title().texts());
		snapshot.put("description", p.description().texts());
		snapshot.put("hosts", p.hosts());
		snapshot.put("senders", p.senders());
		snapshot.put("proposedBy", p.proposedBy());
		snapshot.put("confirmedBy", p.confirmedBy());
		snapshot.put("version", p.version());
		return snapshot;
	}
}
