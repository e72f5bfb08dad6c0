package org.amity.engagement;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.amity.engagement.EngagementRefusedException.Reason;
import org.amity.audit.Audited;
import org.amity.identity.Access;
import org.amity.identity.AccessDeniedException;
import org.amity.shared.LocalizedText;
import org.amity.shared.NotFoundException;
import org.apache.commons.csv.CSVFormat;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.DispatcherServlet;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Campaigns, community events and citizens' ideas. Staff record campaigns and their reach and moderate ideas (the
 * check is {@link #requireStaff()}, in one place); anyone may send an idea, which shows only once approved.
 */
@Service
public class Engagement {

	private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Access access;
	private final ApplicationEventPublisher events;
	private final org.amity.partnership.Partnerships partnerships;
	private final org.amity.event.EventCatalogue eventCatalogue;
	private final org.amity.exchange.Programs programs;
	private final org.amity.audit.AuditTrail audit;

	/** The largest reach file taken; a day's figures per channel for a year is far below it. */
	static final int MAX_FILE = 1024 * 1024;

	Engagement(JdbcClient jdbc, JsonMapper json, Access access, ApplicationEventPublisher events,
			org.amity.partnership.Partnerships partnerships, org.amity.event.EventCatalogue eventCatalogue,
			org.amity.exchange.Programs programs, org.amity.audit.AuditTrail audit) {
		this.programs = programs;
		this.audit = audit;
		this.partnerships = partnerships;
		this.eventCatalogue = eventCatalogue;
		this.jdbc = jdbc;
		this.json = json;
		this.access = access;
		this.events = events;
	}

	@Transactional
	public long launch(String partnership, LocalizedText title, List<String> channels, List<String> hashtags,
			LocalDate startsOn, LocalDate endsOn) {
		requireStaff();
		requireStaffOfPartnership(partnership);
		if (partnership == null || partnership.isBlank() || title == null || title.isEmpty() || channels == null
				|| channels.isEmpty() || startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
			throw new EngagementRefusedException(Reason.INVALID_CAMPAIGN, 0);
		}
		long id = jdbc.sql("""
				insert into engagement.campaign (partnership, title, channels, hashtags, starts_on, ends_on)
				values (:p, cast(:title as jsonb), :channels, :hashtags, :starts, :ends) returning id
				""").param("p", partnership).param("title", json.writeValueAsString(title.texts()))
			.param("channels", channels.toArray(String[]::new))
			.param("hashtags", (hashtags == null ? List.<String>of() : hashtags).toArray(String[]::new))
			.param("starts", startsOn).param("ends", endsOn).query(Long.class).single();
		events.publishEvent(new CampaignLaunched(id, partnership, startsOn.getYear()));
		return id;
	}

	@Transactional(readOnly = true)
	public List<Campaign> campaigns(String partnership) {
		return jdbc.sql("""
				select c.*, coalesce((select sum(reach) from engagement.campaign_reach r where r.campaign_id = c.id), 0)
				  as total from engagement.campaign c where c.partnership = :p order by c.starts_on, c.id
				""").param("p", partnership)
			.query((rs, n) -> new Campaign(rs.getLong("id"), rs.getString("partnership"),
					new LocalizedText(json.readValue(rs.getString("title"), MAP)),
					List.of((String[]) rs.getArray("channels").getArray()),
					List.of((String[]) rs.getArray("hashtags").getArray()), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class), rs.getLong("total")))
			.list();
	}

	/** Records a channel's reach on a day; recording the same day again replaces the figure. */
	@Transactional
	public void recordReach(long campaignId, String channel, LocalDate day, long reach) {
		requireStaff();
		requireStaffOfCampaign(campaignId);
		record(campaignId, channel, day, reach, 0);
	}

	/**
	 * Imports reach figures from CSV with the columns {@code channel,day,reach} (a header line); all rows or none: the
	 * first bad row refuses the file with its line number. Answers the number of rows.
	 */
	@Transactional
	public int importReach(long campaignId, Reader csv) {
		requireStaff();
		requireStaffOfCampaign(campaignId);
		try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
			.parse(csv)) {
			if (!parser.getHeaderNames().containsAll(List.of("channel", "day", "reach"))) {
				throw new EngagementRefusedException(Reason.MISSING_COLUMNS, 1);
			}
			int rows = 0;
			for (var row : parser) {
				long line = row.getRecordNumber() + 1;
				LocalDate day;
				long reach;
				try {
					day = LocalDate.parse(row.get("day"));
				}
				catch (DateTimeParseException | IllegalArgumentException e) {
					throw new EngagementRefusedException(Reason.BAD_DATE, line);
				}
				try {
					reach = Long.parseLong(row.get("reach"));
				}
				catch (NumberFormatException e) {
					throw new EngagementRefusedException(Reason.BAD_REACH, line);
				}
				record(campaignId, row.get("channel"), day, reach, line);
				rows++;
			}
			return rows;
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
			throw new EngagementRefusedException(Reason.MALFORMED_CSV, 0);
		}
	}

	/**
	 * Imports reach figures from an uploaded file: it must be UTF-8 (a byte order mark is fine), decoded strictly so that
	 * a file saved as EUC-KR or Shift_JIS is refused by name rather than imported as garbled text.
	 */
	@Transactional
	public int importReach(long campaignId, byte[] file) {
		requireStaff();
		requireStaffOfCampaign(campaignId);
		if (file == null || file.length == 0) {
			throw new EngagementRefusedException(Reason.EMPTY_FILE, 0);
		}
		if (file.length > MAX_FILE) {
			throw new EngagementRefusedException(Reason.TOO_LARGE, 0);
		}
		String text;
		try {
			text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
				.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(file)).toString();
		}
		catch (java.nio.charset.CharacterCodingException e) {
			throw new EngagementRefusedException(Reason.NOT_UTF8, 0);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.indexOf('\u0000') >= 0) {
			throw new EngagementRefusedException(Reason.NOT_UTF8, 0);
		}
		if (text.isBlank()) {
			throw new EngagementRefusedException(Reason.EMPTY_FILE, 0);
		}
		return importReach(campaignId, new java.io.StringReader(text));
	}

	/** The campaigns of the partnerships the caller's cities take part in; every campaign for a platform admin. */
	@Transactional(readOnly = true)
	public List<Campaign> campaignsForCaller() {
		requireStaff();
		var caller = access.requireSignedIn();
		var slugs = jdbc.sql("select distinct partnership from engagement.campaign order by 1").query(String.class)
			.list();
		return slugs.stream().filter(slug -> caller.isPlatformAdmin() || partnerOf(slug, caller))
			.flatMap(slug -> campaigns(slug).stream()).toList();
	}

	/** Community events run by partner organisations, latest first; public. */
	@Transactional(readOnly = true)
	public List<CommunityEvent> communityEvents() {
		return jdbc.sql("select * from engagement.community_event order by held_on desc, id desc limit 500")
			.query(this::communityEventRow).list();
	}

	/**
	 * The community events of the partnerships the caller's cities take part in, latest first; every one for a
	 * platform admin.
	 */
	@Transactional(readOnly = true)
	public List<CommunityEvent> communityEventsForCaller() {
		requireStaff();
		var caller = access.requireSignedIn();
		var slugs = jdbc.sql("select distinct partnership from engagement.community_event").query(String.class).list()
			.stream().filter(slug -> caller.isPlatformAdmin() || partnerOf(slug, caller)).toList();
		return jdbc.sql("""
				select * from engagement.community_event where partnership = any(:slugs)
				order by held_on desc, id desc limit 1000
				""").param("slugs", slugs.toArray(String[]::new)).query(this::communityEventRow).list();
	}

	/** One community event for the staff of its partnership's cities (403 for anyone else, 404 when there is none). */
	@Transactional(readOnly = true)
	public CommunityEvent communityEvent(long id) {
		requireStaff();
		var found = jdbc.sql("select * from engagement.community_event where id = :id").param("id", id)
			.query(this::communityEventRow).optional()
			.orElseThrow(() -> new NotFoundException("community-event", String.valueOf(id)));
		requireStaffOfPartnership(found.partnership());
		return found;
	}

	/**
	 * Corrects a community event as the editor read it at {@code baseVersion}; an edit on an older version is refused.
	 * The editor is staff of a city of the partnership it had and of the one it gets. Recorded in the audit trail.
	 */
	@Transactional
	public void editCommunityEvent(long id, String partnership, String organisation, LocalizedText title,
			LocalDate heldOn, String place, int attendance, long baseVersion) {
		var before = communityEvent(id);
		checkCommunityEvent(partnership, organisation, title, heldOn, place, attendance);
		requireStaffOfPartnership(partnership);
		if (before.version() != baseVersion) {
			throw new EngagementRefusedException(Reason.STALE, 0);
		}
		int updated = jdbc.sql("""
				update engagement.community_event set partnership = :p, organisation = :o, title = cast(:t as jsonb),
				  held_on = :d, place = :place, attendance = :a, version = version + 1
				where id = :id and version = :version
				""").param("p", partnership.strip()).param("o", organisation.strip())
			.param("t", json.writeValueAsString(title.texts())).param("d", heldOn).param("place", place.strip())
			.param("a", attendance).param("id", id).param("version", baseVersion).update();
		if (updated != 1) {
			throw new EngagementRefusedException(Reason.STALE, 0);
		}
		var after = jdbc.sql("select * from engagement.community_event where id = :id").param("id", id)
			.query(this::communityEventRow).single();
		audit.record(Audited.of("community-event", id, "edited", before, after)
			.ownedBy(cities(before.partnership(), after.partnership())));
	}

	private CommunityEvent communityEventRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new CommunityEvent(rs.getLong("id"), rs.getString("partnership"), rs.getString("organisation"),
				new LocalizedText(json.readValue(rs.getString("title"), MAP)), rs.getObject("held_on", LocalDate.class),
				rs.getString("place"), rs.getInt("attendance"), rs.getLong("version"));
	}

	/** The cities of these partnerships, whose staff read the audit trail of what belongs to them. */
	private List<Long> cities(String... slugs) {
		return java.util.Arrays.stream(slugs).distinct().map(partnerships::findBySlug)
			.flatMap(java.util.Optional::stream).flatMap(p -> java.util.stream.Stream.of(p.placeA(), p.placeB()))
			.distinct().toList();
	}

	/**
	 * A community event as it may be stored: all of it given, the partnership known, texts not overlong and free of NUL
	 * (which PostgreSQL cannot store); hostile markup is stored as typed and escaped when shown.
	 */
	private void checkCommunityEvent(String partnership, String organisation, LocalizedText title, LocalDate heldOn,
			String place, int attendance) {
		if (partnership == null || partnership.isBlank() || organisation == null || organisation.isBlank()
				|| title == null || title.isEmpty() || heldOn == null || place == null || place.isBlank()
				|| attendance < 0 || attendance > 10_000_000) {
			throw new EngagementRefusedException(Reason.INVALID_COMMUNITY_EVENT, 0);
		}
		var texts = new java.util.ArrayList<String>(title.texts().values());
		texts.add(partnership);
		texts.add(organisation);
		texts.add(place);
		if (texts.stream().anyMatch(t -> t.length() > 300 || t.indexOf('\u0000') >= 0)) {
			throw new EngagementRefusedException(Reason.TEXT_TOO_LONG, 0);
		}
		if (partnerships.findBySlug(partnership.strip()).isEmpty()) {
			throw new EngagementRefusedException(Reason.INVALID_COMMUNITY_EVENT, 0);
		}
	}

	private boolean partnerOf(String partnership, org.amity.identity.Caller caller) {
		return partnerships.findBySlug(partnership)
			.map(p -> caller.isStaffOf(p.placeA()) || caller.isStaffOf(p.placeB())).orElse(false);
	}

	/** Only staff of one of the partnership's cities work on its campaigns (a platform admin on all). */
	private void requireStaffOfPartnership(String partnership) {
		if (!servingAPerson()) {
			return;
		}
		var caller = access.requireSignedIn();
		if (partnership == null || partnerships.findBySlug(partnership.strip()).isEmpty()) {
			throw new EngagementRefusedException(Reason.INVALID_CAMPAIGN, 0);
		}
		if (!caller.isPlatformAdmin() && !partnerOf(partnership.strip(), caller)) {
			throw new AccessDeniedException(AccessDeniedException.Reason.STAFF,
					caller.username() + " is not staff of a city of " + partnership);
		}
	}

	private void requireStaffOfCampaign(long campaignId) {
		var partnership = jdbc.sql("select partnership from engagement.campaign where id = :id")
			.param("id", campaignId).query(String.class).optional()
			.orElseThrow(() -> new NotFoundException("campaign", String.valueOf(campaignId)));
		requireStaffOfPartnership(partnership);
	}

	/**
	 * Ideas on an event are moderated by the staff of the cities that organise it, ideas on a program by the staff of
	 * the cities of its partnership (a platform admin moderates all).
	 */
	private boolean moderates(Idea.About about, String topic, org.amity.identity.Caller caller) {
		if (caller.isPlatformAdmin()) {
			return true;
		}
		return switch (about) {
			case EVENT -> eventCatalogue.organisingCities(topic).stream().anyMatch(caller::isStaffOf);
			case PROGRAM -> program(topic).flatMap(p -> partnerships.find(p.partnershipId()))
				.map(p -> caller.isStaffOf(p.placeA()) || caller.isStaffOf(p.placeB())).orElse(false);
		};
	}

	/** The program an idea's topic names, if there is one. */
	private java.util.Optional<org.amity.exchange.Program> program(String topic) {
		try {
			return programs.find(Long.parseLong(topic));
		}
		catch (NumberFormatException e) {
			return java.util.Optional.empty();
		}
	}

	/**
	 * The ideas waiting for the caller: on the events their cities organise and the programs of their cities'
	 * partnerships; every one for a platform admin.
	 */
	@Transactional(readOnly = true)
	public List<Idea> pendingForCaller() {
		requireStaff();
		var caller = access.requireSignedIn();
		return ideas("select * from engagement.idea where status = 'PENDING' and :t is not null order by id", "")
			.stream().filter(idea -> moderates(idea.about(), idea.topic(), caller)).toList();
	}

	private void record(long campaignId, String channel, LocalDate day, long reach, long line) {
		var channels = jdbc.sql("select channels from engagement.campaign where id = :id").param("id", campaignId)
			.query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).optional()
			.orElseThrow(() -> new NotFoundException("campaign", String.valueOf(campaignId)));
		if (!channels.contains(channel)) {
			throw new EngagementRefusedException(Reason.UNKNOWN_CHANNEL, line);
		}
		if (reach < 0) {
			throw new EngagementRefusedException(Reason.BAD_REACH, line);
		}
		jdbc.sql("""
				insert into engagement.campaign_reach (campaign_id, channel, day, reach) values (:c, :ch, :d, :r)
				on conflict (campaign_id, channel, day) do update set reach = excluded.reach
				""").param("c", campaignId).param("ch", channel).param("d", day).param("r", reach).update();
	}

	@Transactional
	public long communityEvent(String partnership, String organisation, LocalizedText title, LocalDate heldOn,
			String place, int attendance) {
		requireStaff();
		checkCommunityEvent(partnership, organisation, title, heldOn, place, attendance);
		requireStaffOfPartnership(partnership);
		partnership = partnership.strip();
		long id = jdbc.sql("""
				insert into engagement.community_event (partnership, organisation, title, held_on, place, attendance)
				values (:p, :o, cast(:t as jsonb), :d, :place, :a) returning id
				""").param("p", partnership).param("o", organisation.strip())
			.param("t", json.writeValueAsString(title.texts())).param("d", heldOn).param("place", place.strip())
			.param("a", attendance).query(Long.class).single();
		events.publishEvent(new CommunityEventHeld(id, partnership, organisation, heldOn.getYear(), attendance));
		return id;
	}

	/** Anyone may send an idea or feedback on an event; it waits for a moderator. */
	@Transactional
	public long submitIdea(String topic, String author, String email, String text) {
		return submitIdea(Idea.About.EVENT, topic, author, email, text);
	}

	/**
	 * Anyone may send an idea or feedback on an event or a program; it waits for a moderator. An idea on a program
	 * names one that exists.
	 */
	@Transactional
	public long submitIdea(Idea.About about, String topic, String author, String email, String text) {
		if (about == null || (about == Idea.About.PROGRAM && (topic == null || program(topic.strip()).isEmpty()))) {
			throw new EngagementRefusedException(Reason.INVALID_IDEA, 0);
		}
		if (topic == null || topic.isBlank() || author == null || author.isBlank() || author.length() > 200
				|| email == null || !email.contains("@") || text == null || text.isBlank() || text.length() > 5000
				|| text.indexOf('\u0000') >= 0 || topic.length() > 200 || topic.indexOf('\u0000') >= 0
				|| author.indexOf('\u0000') >= 0 || email.length() > 320 || email.indexOf('\u0000') >= 0) {
			throw new EngagementRefusedException(Reason.INVALID_IDEA, 0);
		}
		return jdbc.sql("""
				insert into engagement.idea (about, topic, author, email, text) values (:about, :t, :a, :e, :x)
				returning id
				""").param("about", about.name()).param("t", topic.strip()).param("a", author.strip())
			.param("e", email.strip()).param("x", text.strip()).query(Long.class).single();
	}

	/** A moderator approves or rejects an idea; a rejection needs a reason, kept with it. */
	@Transactional
	public void moderate(long ideaId, boolean approve, String reason) {
		requireStaff();
		if (servingAPerson()) {
			var caller = access.requireSignedIn();
			var idea = ideas("select * from engagement.idea where id = cast(:t as bigint)", String.valueOf(ideaId))
				.stream().findFirst().orElseThrow(() -> new NotFoundException("idea", String.valueOf(ideaId)));
			var topic = idea.topic();
			if (!moderates(idea.about(), topic, caller)) {
				throw new AccessDeniedException(AccessDeniedException.Reason.STAFF,
						caller.username() + " does not moderate ideas on " + topic);
			}
		}
		if (reason != null && reason.length() > 2000) {
			throw new EngagementRefusedException(Reason.REASON_REQUIRED, 0);
		}
		if (!approve && (reason == null || reason.isBlank())) {
			throw new EngagementRefusedException(Reason.REASON_REQUIRED, 0);
		}
		int changed = jdbc.sql("update engagement.idea set status = :s, reason = :r where id = :id")
			.param("s", approve ? "APPROVED" : "REJECTED").param("r", reason).param("id", ideaId).update();
		if (changed == 0) {
			throw new NotFoundException("idea", String.valueOf(ideaId));
		}
	}

	/** What the public sees of an event: approved ideas only, oldest first. */
	@Transactional(readOnly = true)
	public List<Idea> published(String topic) {
		return published(Idea.About.EVENT, topic);
	}

	/** What the public sees of an event or a program: approved ideas only, oldest first. */
	@Transactional(readOnly = true)
	public List<Idea> published(Idea.About about, String topic) {
		return jdbc.sql("""
				select * from engagement.idea where about = :about and topic = :t and status = 'APPROVED' order by id
				""").param("about", about.name()).param("t", topic).query(this::idea).list();
	}

	/** What moderators work on: ideas still waiting. */
	@Transactional(readOnly = true)
	public List<Idea> pending() {
		requireStaff();
		return ideas("select * from engagement.idea where status = 'PENDING' and :t is not null order by id", "");
	}

	private List<Idea> ideas(String sql, String topic) {
		return jdbc.sql(sql).param("t", topic).query(this::idea).list();
	}

	private Idea idea(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Idea(rs.getLong("id"), Idea.About.valueOf(rs.getString("about")), rs.getString("topic"),
				rs.getString("author"), rs.getString("text"), Idea.Status.valueOf(rs.getString("status")),
				rs.getString("reason"), rs.getTimestamp("created_at").toInstant());
	}

	/** Staff only, when a person asks through the web; Amity's own jobs and imports act as themselves. */
	void requireStaff() {
		if (!servingAPerson()) {
			return;
		}
		var caller = access.requireSignedIn();
		if (!caller.isStaff()) {
			throw new AccessDeniedException(AccessDeniedException.Reason.STAFF, caller.username() + " is not staff");
		}
	}


	/** Whether a web request of a person is being served (the dispatcher marks every request it serves). */
	private static boolean servingAPerson() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest().getAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE) != null;
	}
}
