package org.amity.privacy;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.amity.identity.Access;
import org.amity.identity.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent per purpose. A person gives or withdraws it for themselves; a minor (by the jurisdiction's age) gives it only
 * with a guardian's name, contact and confirmation. Other modules ask {@link #hasConsent} before they use a person's
 * data for a purpose.
 */
@Service
public class Consents {

	static final int MAX_GUARDIAN = 200;
	static final int MAX_CONTACT = 320;

	private final JdbcClient jdbc;
	private final Access access;
	private final ProcessingLog log;
	private final Clock clock;

	Consents(JdbcClient jdbc, Access access, ProcessingLog log) {
		this.jdbc = jdbc;
		this.access = access;
		this.log = log;
		this.clock = Clock.systemUTC();
	}

	/** Whether the person's latest decision on the purpose is consent to its text now in force. */
	@Transactional(readOnly = true)
	public boolean hasConsent(long personId, Purpose purpose) {
		return latest(personId).get(purpose) != null && latest(personId).get(purpose).inForce();
	}

	/**
	 * Records the signed-in person's consent to a purpose, in the language its text was shown in. A minor's consent is
	 * refused unless a guardian's is recorded with it.
	 */
	@Transactional
	public Consent give(Purpose purpose, String language, Jurisdiction jurisdiction, LocalDate birthDate,
			Guardian guardian) {
		var caller = access.requireSignedIn();
		var today = LocalDate.now(clock);
		if (birthDate != null && (birthDate.isAfter(today) || birthDate.isBefore(today.minusYears(130)))) {
			throw new ConsentRefusedException(ConsentRefusedException.Reason.BIRTH_DATE, "Not a birth date");
		}
		boolean minor = jurisdiction.needsGuardian(birthDate, today);
		if (minor && (guardian == null || !guardian.complete())) {
			throw new ConsentRefusedException(ConsentRefusedException.Reason.GUARDIAN_REQUIRED,
					"A guardian must consent for a person under " + jurisdiction.guardianBelowAge());
		}
		if (guardian != null && (length(guardian.name()) > MAX_GUARDIAN || length(guardian.contact()) > MAX_CONTACT)) {
			throw new ConsentRefusedException(ConsentRefusedException.Reason.TOO_LONG, "Guardian details too long");
		}
		if (guardian != null && !(org.amity.shared.PlainText.isWellFormed(guardian.name())
				&& org.amity.shared.PlainText.isWellFormed(guardian.contact()))) {
			throw new ConsentRefusedException(ConsentRefusedException.Reason.BROKEN_TEXT, "Guardian details unreadable");
		}
		var kept = minor ? guardian : null;
		var consent = insert(caller, purpose, language, true, jurisdiction, birthDate, kept);
		log.record(caller.id(), caller.username(), minor ? "consent-given-guardian" : "consent-given",
				purpose.name() + " v" + purpose.version() + (minor ? " — " + kept.name() : ""));
		return consent;
	}

	/** Records that the signed-in person withdraws consent to a purpose; from now on it is not used for it. */
	@Transactional
	public Consent withdraw(Purpose purpose, String language) {
		var caller = access.requireSignedIn();
		var previous = latest(caller.id()).get(purpose);
		var jurisdiction = previous == null ? Jurisdiction.suggestedFor(language) : previous.jurisdiction();
		var consent = insert(caller, purpose, language, false, jurisdiction, null, null);
		log.record(caller.id(), caller.username(), "consent-withdrawn", purpose.name());
		return consent;
	}

	/** The signed-in person's latest decision on each purpose. */
	@Transactional(readOnly = true)
	public Map<Purpose, Consent> mine() {
		return latest(access.requireSignedIn().id());
	}

	/** Every decision the person made, newest first. */
	@Transactional(readOnly = true)
	public List<Consent> history(long personId) {
		return jdbc.sql("select * from privacy.consent where account_id = :a order by id desc").param("a", personId)
			.query(Consents::row).list();
	}

	Map<Purpose, Consent> latest(long personId) {
		var latest = new EnumMap<Purpose, Consent>(Purpose.class);
		for (var consent : history(personId)) {
			latest.putIfAbsent(consent.purpose(), consent);
		}
		return latest;
	}

	/** How many people's consent to each purpose is in force now, for aggregates. */
	Map<Purpose, Long> countsInForce() {
		var counts = new EnumMap<Purpose, Long>(Purpose.class);
		for (var purpose : Purpose.values()) {
			counts.put(purpose, jdbc.sql("""
					select count(*) from (
					  select distinct on (account_id) given, text_version from privacy.consent
					   where purpose = :p order by account_id, id desc) latest
					 where given and text_version = :v""")
				.param("p", purpose.name()).param("v", purpose.version()).query(Long.class).single());
		}
		return counts;
	}

	private Consent insert(Caller caller, Purpose purpose, String language, boolean given, Jurisdiction jurisdiction,
			LocalDate birthDate, Guardian guardian) {
		long id = jdbc.sql("""
				insert into privacy.consent (account_id, purpose, text_version, language, given, jurisdiction,
				    birth_date, guardian_name, guardian_contact, guardian_confirmed, recorded_by)
				values (:a, :p, :v, :lang, :given, :j, :birth, :gname, :gcontact, :gconfirmed, :by)
				returning id""")
			.param("a", caller.id()).param("p", purpose.name()).param("v", purpose.version())
			.param("lang", language).param("given", given).param("j", jurisdiction.name())
			.param("birth", birthDate == null ? null : Date.valueOf(birthDate))
			.param("gname", guardian == null ? null : guardian.name().strip())
			.param("gcontact", guardian == null ? null : guardian.contact().strip())
			.param("gconfirmed", guardian != null && guardian.confirmed()).param("by", caller.username())
			.query(Long.class).single();
		return jdbc.sql("select * from privacy.consent where id = :id").param("id", id).query(Consents::row).single();
	}

	private static int length(String text) {
		return text == null ? 0 : text.length();
	}

	static Consent row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		var birth = rs.getDate("birth_date");
		return new Consent(rs.getLong("id"), rs.getLong("account_id"), Purpose.valueOf(rs.getString("purpose")),
				rs.getInt("text_version"), rs.getString("language"), rs.getBoolean("given"),
				Jurisdiction.valueOf(rs.getString("jurisdiction")), birth == null ? null : birth.toLocalDate(),
				rs.getString("guardian_name"), rs.getString("guardian_contact"), rs.getBoolean("guardian_confirmed"),
				rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
	}
}
