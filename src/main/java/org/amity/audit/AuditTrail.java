package org.amity.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.amity.identity.Access;
import org.amity.identity.AccessDeniedException;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.GrantsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records changes in the transaction that makes them (a change that rolls back leaves no entry, and no change commits
 * without its entry), and lets staff read a record's history. A module calls {@link #record} from its use case:
 *
 * <pre>{@code
 * audit.record(Audited.of("partnership", id, "status", before, after).ownedBy(placeA, placeB));
 * }</pre>
 */
@Service
public class AuditTrail {

	/** How many entries one reading returns at most. */
	public static final int LIMIT = 500;

	private final JdbcClient jdbc;
	private final CurrentUser currentUser;
	private final Access access;
	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, CurrentUser currentUser, Access access, JsonMapper json) {
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.access = access;
		this.json = json;
	}

	/** Records a change made by the current caller, inside the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Audited change) {
		record(currentUser.get(), change);
	}

	/** Roles given or taken: recorded with the change, by whoever made it. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void grantsChanged(GrantsChanged event) {
		var cities = new ArrayList<Long>();
		event.before().stream().filter(g -> g.role().isCityStaff()).map(Grant::scopeId).forEach(cities::add);
		event.after().stream().filter(g -> g.role().isCityStaff()).map(Grant::scopeId).forEach(cities::add);
		record(event.actor(), Audited.of("account", event.accountId(), "grants", grants(event.before()),
				grants(event.after())).ownedBy(cities));
	}

	private void record(Caller caller, Audited change) {
		var actor = caller.isAnonymous() ? Caller.system().username() : caller.username();
		jdbc.sql("""
				insert into audit.entry (actor, actor_account, actor_roles, actor_cities, record_type, record_id, action,
				  owner_cities, before, after)
				values (:actor, :account, :roles, :actorCities, :type, :id, :action, :owners, cast(:before as jsonb),
				  cast(:after as jsonb))
				""")
			.param("actor", actor)
			.param("account", caller.isSystem() ? null : caller.id())
			.param("roles", grants(caller.grants()))
			.param("actorCities", caller.staffCities().stream().sorted().toArray(Long[]::new))
			.param("type", change.recordType())
			.param("id", change.recordId())
			.param("action", change.action())
			.param("owners", change.ownerCities().stream().distinct().sorted().toArray(Long[]::new))
			.param("before", change.before() == null ? null : json.writeValueAsString(change.before()))
			.param("after", change.after() == null ? null : json.writeValueAsString(change.after()))
			.update();
	}

	/**
	 * A record's history, newest first, for staff: a record owned by cities is shown to their staff and to platform
	 * admins only.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(String recordType, String recordId) {
		var caller = access.requireSignedIn();
		if (!caller.isStaff()) {
			throw new AccessDeniedException(AccessDeniedException.Reason.ROLE, caller.username() + " is not staff");
		}
		var entries = jdbc.sql("select * from audit.entry where record_type = :type and record_id = :id order by id desc limit :limit")
			.param("type", recordType)
			.param("id", recordId)
			.param("limit", LIMIT)
			.query(AuditTrail::entry)
			.list();
		var readable = entries.stream().filter(entry -> mayRead(caller, entry)).toList();
		if (readable.isEmpty() && !entries.isEmpty()) {
			// another city's record: refused outright rather than shown as a record without history
			throw new AccessDeniedException(AccessDeniedException.Reason.STAFF,
					caller.username() + " is not staff of a city that owns " + recordType + " " + recordId);
		}
		return readable;
	}

	/** Everything recorded lately, newest first: platform admins only. */
	@Transactional(readOnly = true)
	public List<AuditEntry> recent(int limit) {
		access.requirePlatformAdmin();
		return jdbc.sql("select * from audit.entry order by id desc limit :limit")
			.param("limit", Math.min(Math.max(limit, 1), LIMIT))
			.query(AuditTrail::entry)
			.list();
	}

	static boolean mayRead(Caller caller, AuditEntry entry) {
		return caller.isPlatformAdmin() || entry.ownerCities().isEmpty()
				|| entry.ownerCities().stream().anyMatch(caller::isStaffOf);
	}

	private static String grants(Collection<Grant> grants) {
		return grants.stream().map(Grant::authority).sorted().collect(Collectors.joining(" "));
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		long account = rs.getLong("actor_account");
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.wasNull() ? null : account, rs.getString("actor_roles"), ids(rs.getArray("actor_cities")),
				rs.getString("record_type"), rs.getString("record_id"), rs.getString("action"),
				ids(rs.getArray("owner_cities")), rs.getString("before"), rs.getString("after"));
	}

	private static List<Long> ids(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
	}
}
