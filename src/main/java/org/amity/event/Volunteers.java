package org.amity.event;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.amity.event.VolunteerRefusedException.Reason;
import org.amity.notification.OutgoingMail;
import org.amity.notification.Outbox;
import org.amity.shared.LocalizedText;
import org.amity.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteers at events: roles with their requirements, shifts with a minimum and a maximum of people, sign-up under
 * the shift's row lock so that a shift never takes more than its maximum, a warning when a person's shifts overlap,
 * swapping one shift for another in one step, and reminders through the outbox.
 */
@Service
public class Volunteers {

	private final JdbcClient jdbc;
	private final EventRows rows;
	private final EventAccess access;
	private final Outbox outbox;
	private final MessageSource messages;
	private final EventCatalogue catalogue;

	Volunteers(JdbcClient jdbc, EventRows rows, EventAccess access, Outbox outbox, MessageSource messages,
			EventCatalogue catalogue) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.access = access;
		this.outbox = outbox;
		this.messages = messages;
		this.catalogue = catalogue;
	}

	/** Who volunteers, and what they bring to the role's requirements. */
	public record Volunteer(String email, String name, String language, Integer age, Set<String> languages,
			Set<String> trainings) {
	}

	/** A sign-up, with the person's other shifts that overlap it (a warning, not a refusal). */
	public record SignUp(long id, Shift shift, List<Shift> overlapping) {
	}

	@Transactional
	public long role(long eventId, String code, LocalizedText name, Integer minAge, List<String> languages,
			String training) {
		access.requireStaff();
		access.requireStaffOfEvent(eventId);
		return jdbc.sql("""
				insert into event.volunteer_role (event_id, code, name, min_age, languages, training)
				values (:event, :code, cast(:name as jsonb), :age, :languages, :training) returning id
				""").param("event", eventId).param("code", code).param("name", rows.json(name)).param("age", minAge)
			.param("languages", languages.toArray(String[]::new)).param("training", training)
			.query(Long.class).single();
	}

	@Transactional
	public long shift(long roleId, LocalDateTime startsAt, LocalDateTime endsAt, int minPeople, int maxPeople) {
		access.requireStaff();
		access.requireStaffOfEvent(jdbc.sql("select event_id from event.volunteer_role where id = :id")
			.param("id", roleId).query(Long.class).optional()
			.orElseThrow(() -> new NotFoundException("volunteer role", String.valueOf(roleId))));
		return jdbc.sql("""
				insert into event.shift (role_id, starts_at, ends_at, min_people, max_people)
				values (:role, :starts, :ends, :min, :max) returning id
				""").param("role", roleId).param("starts", startsAt).param("ends", endsAt).param("min", minPeople)
			.param("max", maxPeople).query(Long.class).single();
	}

	@Transactional(readOnly = true)
	public List<VolunteerRole> roles(long eventId) {
		return jdbc.sql("select * from event.volunteer_role where event_id = :event order by id").param("event", eventId)
			.query((rs, n) -> new VolunteerRole(rs.getLong("id"), rs.getLong("event_id"), rs.getString("code"),
					rows.text(rs.getString("name")), (Integer) rs.getObject("min_age"),
					EventRows.strings(rs.getArray("languages")), rs.getString("training")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<Shift> shifts(long roleId) {
		return jdbc.sql(SHIFTS + " where s.role_id = :role order by s.starts_at, s.id").param("role", roleId)
			.query((rs, n) -> shift(rs)).list();
	}

	/** The shifts a person is signed up for, soonest first. */
	@Transactional(readOnly = true)
	public List<Shift> shiftsOf(String email) {
		return jdbc.sql(SHIFTS + """
				 where s.id in (select shift_id from event.shift_signup where lower(email) = lower(:email)
				   and status = 'ACTIVE') order by s.starts_at
				""").param("email", email).query((rs, n) -> shift(rs)).list();
	}

	/** The event a shift belongs to. */
	@Transactional(readOnly = true)
	public Event eventOf(Shift shift) {
		long eventId = jdbc.sql("select event_id from event.volunteer_role where id = :id").param("id", shift.roleId())
			.query(Long.class).single();
		return catalogue.event(eventId);
	}

	@Transactional
	public SignUp signUp(long shiftId, Volunteer volunteer) {
		if (volunteer.email() == null || !volunteer.email().contains("@") || volunteer.name() == null
				|| volunteer.name().isBlank()) {
			throw new VolunteerRefusedException(Reason.INVALID_PERSON);
		}
		var shift = lockShift(shiftId);
		check(shift, volunteer);
		return add(shift, volunteer);
	}

	/**
	 * Gives up one shift for another in one step: the person keeps the first if the second cannot take them. Staff
	 * of a city that organises the events of both shifts do it for a volunteer.
	 */
	@Transactional
	public SignUp swap(long fromShiftId, long toShiftId, Volunteer volunteer) {
		access.requireStaffOfEvent(eventOfShift(fromShiftId));
		access.requireStaffOfEvent(eventOfShift(toShiftId));
		// both shift rows locked in ascending id order, as every change to shifts does
		var first = lockShift(Math.min(fromShiftId, toShiftId));
		var second = lockShift(Math.max(fromShiftId, toShiftId));
		var to = toShiftId == first.id() ? first : second;
		int left = jdbc.sql("""
				update event.shift_signup set status = 'CANCELLED'
				where shift_id = :shift and lower(email) = lower(:email) and status = 'ACTIVE'
				""").param("shift", fromShiftId).param("email", volunteer.email()).update();
		if (left == 0) {
			throw new VolunteerRefusedException(Reason.NOT_SIGNED_UP);
		}
		check(to, volunteer);
		return add(to, volunteer);
	}

	@Transactional
	public void cancel(long shiftId, String email) {
		lockShift(shiftId);
		int left = jdbc.sql("""
				update event.shift_signup set status = 'CANCELLED'
				where shift_id = :shift and lower(email) = lower(:email) and status = 'ACTIVE'
				""").param("shift", shiftId).param("email", email).update();
		if (left == 0) {
			throw new VolunteerRefusedException(Reason.NOT_SIGNED_UP);
		}
	}

	/** Queues a reminder for every sign-up whose shift starts within the given hours; each is reminded once. */
	@Transactional
	public int remind(LocalDateTime now, int hoursAhead) {
		var due = jdbc.sql("""
				select u.id, u.email, u.name, u.language, s.id as shift_id, r.event_id, r.name as role_name
				from event.shift_signup u join event.shift s on s.id = u.shift_id
				join event.volunteer_role r on r.id = s.role_id
				where u.status = 'ACTIVE' and s.starts_at > :now and s.starts_at <= :until
				order by u.id
				""").param("now", now).param("until", now.plusHours(hoursAhead))
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getLong(6), rs.getString(7) })
			.list();
		int queued = 0;
		for (var row : due) {
			var locale = Locale.forLanguageTag((String) row[3]);
			var event = catalogue.event((long) row[5]);
			var shift = jdbc.sql(SHIFTS + " where s.id = :id").param("id", row[4]).query((rs, n) -> shift(rs)).single();
			var title = event.title().in(locale);
			var role = rows.text((String) row[6]).in(locale);
			var subject = messages.getMessage("event.mail.shift-reminder.subject", new Object[] { title }, locale);
			var body = messages.getMessage("event.mail.shift-reminder.body", new Object[] { row[2], role, title,
					shift.startsAt().toString().replace('T', ' '), event.venue().name().in(locale) }, locale);
			if (outbox.enqueue(new OutgoingMail((String) row[1], subject, body, "event-shift-reminder:" + row[0]))) {
				queued++;
			}
		}
		return queued;
	}

	private void check(Shift shift, Volunteer volunteer) {
		var role = jdbc.sql("select min_age, languages, training from event.volunteer_role where id = :id")
			.param("id", shift.roleId())
			.query((rs, n) -> new Object[] { rs.getObject(1), EventRows.strings(rs.getArray(2)), rs.getString(3) })
			.single();
		if (role[0] != null && (volunteer.age() == null || volunteer.age() < (Integer) role[0])) {
			throw new VolunteerRefusedException(Reason.TOO_YOUNG);
		}
		@SuppressWarnings("unchecked")
		var languages = (List<String>) role[1];
		if (!languages.isEmpty() && (volunteer.languages() == null
				|| languages.stream().noneMatch(volunteer.languages()::contains))) {
			throw new VolunteerRefusedException(Reason.LANGUAGE_MISSING);
		}
		if (role[2] != null && (volunteer.trainings() == null || !volunteer.trainings().contains(role[2]))) {
			throw new VolunteerRefusedException(Reason.TRAINING_MISSING);
		}
		if (jdbc.sql("select count(*) from event.shift_signup where shift_id = :id and lower(email) = lower(:email)"
				+ " and status = 'ACTIVE'").param("id", shift.id()).param("email", volunteer.email())
			.query(Integer.class).single() > 0) {
			throw new VolunteerRefusedException(Reason.ALREADY_SIGNED_UP);
		}
		int active = jdbc.sql("select count(*) from event.shift_signup where shift_id = :id and status = 'ACTIVE'")
			.param("id", shift.id()).query(Integer.class).single();
		if (active >= shift.maxPeople()) {
			throw new VolunteerRefusedException(Reason.SHIFT_FULL);
		}
	}

	private SignUp add(Shift shift, Volunteer volunteer) {
		var overlapping = new ArrayList<Shift>();
		for (var other : shiftsOf(volunteer.email())) {
			if (other.id() == shift.id()) {
				throw new VolunteerRefusedException(Reason.ALREADY_SIGNED_UP);
			}
			if (other.overlaps(shift)) {
				overlapping.add(other);
			}
		}
		long id = jdbc.sql("""
				insert into event.shift_signup (shift_id, email, name, language, status)
				values (:shift, :email, :name, :language, 'ACTIVE') returning id
				""").param("shift", shift.id()).param("email", volunteer.email().strip())
			.param("name", volunteer.name().strip())
			.param("language", volunteer.language() == null ? "en" : volunteer.language())
			.query(Long.class).single();
		return new SignUp(id, lockShift(shift.id()), overlapping);
	}

	private long eventOfShift(long shiftId) {
		return jdbc.sql("""
				select r.event_id from event.shift s join event.volunteer_role r on r.id = s.role_id where s.id = :id
				""").param("id", shiftId).query(Long.class).optional()
			.orElseThrow(() -> new NotFoundException("shift", String.valueOf(shiftId)));
	}

	private Shift lockShift(long shiftId) {
		jdbc.sql("select id from event.shift where id = :id for update").param("id", shiftId).query(Long.class)
			.optional().orElseThrow(() -> new NotFoundException("shift", String.valueOf(shiftId)));
		return jdbc.sql(SHIFTS + " where s.id = :id").param("id", shiftId).query((rs, n) -> shift(rs)).single();
	}

	private static final String SHIFTS = """
			select s.*, (select count(*) from event.shift_signup u where u.shift_id = s.id and u.status = 'ACTIVE')
			  as signed_up
			from event.shift s
			""";

	private static Shift shift(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Shift(rs.getLong("id"), rs.getLong("role_id"), rs.getTimestamp("starts_at").toLocalDateTime(),
				rs.getTimestamp("ends_at").toLocalDateTime(), rs.getInt("min_people"), rs.getInt("max_people"),
				rs.getInt("signed_up"));
	}
}
