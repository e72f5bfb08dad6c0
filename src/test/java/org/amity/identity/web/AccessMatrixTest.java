package org.amity.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.amity.city.Gazetteer;
import org.amity.identity.AccessRule.Audience;
import org.amity.identity.AccessRules;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.Role;
import org.amity.partnership.Partnership;
import org.amity.partnership.Partnerships;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every registered endpoint (pages and API, of every module) declares who may call it, and is called as every role of
 * Tokyo (and as nobody) against Seoul's records: ids and slugs in the path, and in the query. Endpoints that are not
 * public must refuse (401, 403, 404 or a redirect to sign in), and no call may change the database. The matrix is
 * built from the registered endpoints themselves, so a new endpoint joins it; one whose path names a variable this
 * test has no Seoul sample for fails until a sample is added.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessMatrixTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvc mvc;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	Partnerships partnerships;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CurrentUser currentUser;

	long seoul;
	long tokyo;
	long seoulPartnership;
	String seoulPartnershipSlug;

	/** Seoul's own records, made once for the whole run (through the modules' use cases, as Seoul or as Amity). */
	static Samples samples;

	record Samples(long proposal, long request, long idea, long campaign, String event, String series, long quota,
			long shift, String registration, long program, long call, long application, long importRun,
			List<String> markers) {
	}

	@Autowired
	org.amity.interop.ImportWizard imports;

	@Autowired
	org.amity.partnership.PartnershipProposals proposals;

	@Autowired
	org.amity.event.EventPlanning planning;

	@Autowired
	org.amity.event.Volunteers volunteers;

	@Autowired
	org.amity.event.Registrations registrations;

	@Autowired
	org.amity.event.Calendars calendars;

	@Autowired
	org.amity.engagement.Engagement engagement;

	@Autowired
	org.amity.exchange.Programs programs;

	@Autowired
	org.amity.exchange.Calls calls;

	@Autowired
	org.amity.exchange.Placements placements;

	/** A host family on Seoul's call. */
	static long seoulHost;

	static long seoulCommunityEvent;

	@Autowired
	org.amity.exchange.Applications applications;

	@Autowired
	org.amity.evaluation.Surveys surveys;

	@Autowired
	org.amity.evaluation.TimeSeries timeSeries;

	@Autowired
	org.amity.evaluation.ContextTimeline context;

	static final String LANG = "/{lang:en|ko|ja|id}";

	/** Written into the names of records only Seoul has, so that a list that shows one to Tokyo is caught. */
	static final String MARK = "matrix-seoul-only";

	/**
	 * Kinds of record for which the matrix has no record of Seoul's alone yet: the endpoints that take one are not
	 * exercised until a sample is added. Keyed by the path segment before the variable and the variable's name. This
	 * list may only shrink.
	 */
	static final Map<String, String> WITHOUT_SAMPLE = Map.of();

	/**
	 * Endpoints the matrix does not call, each with the reason: known gaps (this part may only shrink) and public
	 * writes by design.
	 */
	static final Map<String, String> PENDING = Map.ofEntries(
			// public writes by design: what they store is the caller's own (a survey answer, a reset request), or
			// the secret reference in the address is the registrant's own key
			Map.entry("POST " + LANG + "/surveys/{id}", "a public survey answer"),
			Map.entry("POST " + LANG + "/password-reset", "asks for a reset mail; never says whether it was sent"),
			Map.entry("POST " + LANG + "/registrations/{reference}/cancel", "the secret reference is the registrant's"),
			Map.entry("POST " + LANG + "/registrations/{reference}/accept", "the secret reference is the registrant's"),
			Map.entry("POST /api/v1/registrations/{reference}/cancel", "the secret reference is the registrant's"),
			Map.entry("POST /api/v1/registrations/{reference}/accept", "the secret reference is the registrant's"));

	/**
	 * Staff lists that answer every member of staff with their own cities' records: they may answer 200 to Tokyo's
	 * staff, but must not show any record only Seoul has.
	 */
	static final Set<String> SCOPED_LISTS = Set.of("GET /api/v1/approvals", "GET " + LANG + "/manage/approvals",
			"GET " + LANG + "/manage/privacy", "GET " + LANG + "/manage/translations",
			"GET " + LANG + "/manage/context", "GET " + LANG + "/manage/surveys", "GET " + LANG + "/manage/series",
			"GET " + LANG + "/manage/imports", "GET " + LANG + "/manage/calls", "GET " + LANG + "/manage/events",
			"GET " + LANG + "/manage/events/new", "GET " + LANG + "/manage/events/series/new",
			"GET " + LANG + "/manage/campaigns", "GET " + LANG + "/manage/ideas",
			"GET " + LANG + "/manage/community-events", "GET " + LANG + "/manage/programs",
			"GET " + LANG + "/manage/programs/new");

	/**
	 * Endpoints that rightly write to the caller's own processing log (a person downloading their own data): that
	 * table may change, for the caller's own account only.
	 */
	static final Set<String> OWN_PROCESSING_LOG = Set.of("GET " + LANG + "/me/data/export.csv",
			"GET " + LANG + "/me/data/export.json");

	/** Tables that Amity's own background work may touch while the matrix runs (sessions, mail relay, events). */
	static final Set<String> MOVING = Set.of("identity.spring_session", "identity.spring_session_attributes",
			"notification.outbox", "public.event_publication", "public.flyway_schema_history");

	@BeforeEach
	void seoulsRecords() {
		seoul = gazetteer.findBySlug("seoul-kr").orElseThrow().id();
		tokyo = gazetteer.findBySlug("tokyo-jp").orElseThrow().id();
		var partnership = partnerships.involving(seoul)
			.stream()
			.filter(p -> p.placeA() != tokyo && p.placeB() != tokyo)
			.findFirst()
			.orElseThrow();
		seoulPartnership = partnership.id();
		seoulPartnershipSlug = partnership.slug();
		// Seoul's partnership has a history in the audit trail, which Tokyo must not read
		currentUser.runAs(Caller.system(), () -> partnerships.addSource(seoulPartnership,
				new Partnership.Source("access-matrix", "https://example.org/matrix")));
		if (samples == null) {
			samples = makeSamples(partnerships.find(partnership.id()).orElseThrow());
		}
	}

	/** One record of each kind that belongs to Seoul (and a partner other than Tokyo) alone. */
	Samples makeSamples(Partnership partnership) {
		var seoulOfficer = Caller.of(8100, "matrix-seoul-officer", List.of(Grant.of(Role.CITY_OFFICER, seoul)), false);
		long partner = partnership.placeA() == seoul ? partnership.placeB() : partnership.placeA();
		var made = new Object[12];
		// a change to Seoul's partnership that Seoul proposes and its partner (not Tokyo) approves
		var next = java.util.Arrays.stream(org.amity.partnership.PartnershipStatus.values())
			.filter(partnership.status()::canBecome)
			.findFirst()
			.orElseThrow();
		currentUser.runAs(seoulOfficer, () -> made[0] = proposals
			.proposeStatus(partnership.id(), next, null, MARK, partnership.version()).id());
		// a Korean person's erasure request
		made[1] = jdbc.sql("""
				insert into privacy.request (account_id, kind, jurisdiction, status, due_at)
				values (987654321, 'DELETION', 'KR', 'OPEN', now() + interval '10 days') returning id""")
			.query(Long.class).single();
		currentUser.runAs(Caller.system(), () -> {
			var today = java.time.LocalDate.now();
			made[2] = engagement.submitIdea(partnership.slug(), MARK, "idea@example.org", "An idea for Seoul");
			seoulCommunityEvent = engagement.communityEvent(partnership.slug(), MARK,
					org.amity.shared.LocalizedText.of("en", MARK), today, "Seoul", 12);
			made[3] = engagement.launch(partnership.slug(), org.amity.shared.LocalizedText.of("en", MARK),
					List.of("instagram"), List.of(), today, today.plusDays(30));
			// an event of Seoul's partnership with a quota, a volunteer shift and a registration
			var slug = "matrix-seoul-event-" + System.nanoTime();
			long series = planning.series(slug + "-series", org.amity.shared.LocalizedText.of("en", MARK),
					org.amity.shared.LocalizedText.of("en", MARK), List.of("Seoul"), partnership.slug(), false);
			long venue = planning.venue(slug + "-venue", org.amity.shared.LocalizedText.of("en", "Seoul hall"),
					"1 Sejong-daero", "Seoul", "KR", "Asia/Seoul", null, null);
			planning.event(slug, series, org.amity.event.Event.Kind.CONCERT,
					org.amity.shared.LocalizedText.of("en", MARK), org.amity.shared.LocalizedText.of("en", MARK),
					venue, java.time.LocalDateTime.of(2027, 9, 3, 19, 0), java.time.LocalDateTime.of(2027, 9, 3, 21, 0),
					List.of("en"), List.of("Seoul"), partnership.slug(), false);
			long event = jdbc.sql("select id from event.event where slug = :s").param("s", slug).query(Long.class)
				.single();
			long type = planning.type(event, "general", org.amity.shared.LocalizedText.of("en", "General"), 4);
			made[6] = planning.quota(event, "hall", org.amity.shared.LocalizedText.of("en", "Hall"), 10,
					List.of(type));
			long role = volunteers.role(event, "usher", org.amity.shared.LocalizedText.of("en", "Usher"), null,
					List.of("en"), null);
			made[7] = volunteers.shift(role, java.time.LocalDateTime.of(2027, 9, 3, 17, 0),
					java.time.LocalDateTime.of(2027, 9, 3, 19, 0), 1, 4);
			made[8] = registrations.register(slug, new org.amity.event.RegistrationRequest("general",
					"matrix-seoul@example.org", "Seoul attendee", 1, null, "en"), null).registration().reference();
			// the registrant's calendar feed, which their registration page (opened by its secret) would make
			calendars.feedToken("matrix-seoul@example.org");
			made[4] = slug;
			made[5] = slug + "-series";
			// a program of Seoul's partnership, written in English only, with a published call and an application
			var program = programs.create(partnership.id(), org.amity.exchange.ProgramKind.SEMINAR, null,
					org.amity.shared.LocalizedText.of("en", MARK), org.amity.shared.LocalizedText.of("en", MARK),
					List.of(), List.of(), seoul, false);
			programs.confirm(program.id(), partner);
			var toPartner = new org.amity.exchange.Direction(seoul, partner);
			var settings = new org.amity.exchange.CallSettings(
					List.of(new org.amity.exchange.CallSettings.Quota(toPartner, 5)),
					new org.amity.exchange.CallSettings.Eligibility(null, null, false, null, null, false), List.of(),
					List.of(), List.of());
			var call = calls.prepare(program.id(), today.getYear(), org.amity.shared.LocalizedText.of("en", MARK),
					today.minusDays(1), today.plusDays(60), settings, false);
			calls.publish(call.id());
			seoulHost = placements.addHost(call.id(), toPartner, org.amity.exchange.Host.Kind.FAMILY, MARK, null, 1,
					List.of(), false).id();
			made[9] = program.id();
			// an idea on Seoul's program, which only its cities' staff moderate
			engagement.submitIdea(org.amity.engagement.Idea.About.PROGRAM, String.valueOf(program.id()), MARK,
					"idea@example.org", "An idea on Seoul's program");
			made[10] = call.id();
			made[11] = applications.start(call.id(), toPartner, "Seoul applicant", "matrix-applicant@example.org", "ko",
					false).id();
			// evaluation records of Seoul's partnership and of Korea with a country other than Japan
			surveys.createMutualUnderstanding(org.amity.shared.LocalizedText.of("en", MARK), partnership.id(),
					org.amity.evaluation.Survey.Mode.ANONYMOUS, org.amity.shared.LocalizedText.of("en", "Partner"),
					org.amity.shared.LocalizedText.of("en", "Partner city"), false);
			timeSeries.importSeries(new org.amity.evaluation.TimeSeries.NewSeries(MARK,
					org.amity.evaluation.TimeSeries.Kind.OTHER, "people", "matrix", null, "KR", "US", false),
					Map.of("2020", 1.0));
			context.add("KR", "US", org.amity.shared.PartialDate.parse("2020"),
					org.amity.evaluation.ContextEvent.Kind.values()[0], MARK, "matrix");
		});
		// Seoul's own list of partners, imported (and undone, so that the registry stays as it was)
		var importRun = new long[1];
		currentUser.runAs(seoulOfficer, () -> {
			var draft = imports.upload(MARK, "matrix.csv", "번호,자매도시,국가,결연일자,비고\n1,Matrixville,미국,2001. 5. 1,\n"
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			imports.map(draft, "", "seoul-kr", imports.preview(draft).mapping());
			importRun[0] = imports.commit(draft);
			imports.undo(importRun[0]);
		});
		var markers = List.of(MARK, "approvals/" + made[0] + "\"", "\"id\":" + made[0] + ",", ">987654321<",
				"requests/" + made[1] + "/complete");
		return new Samples((long) made[0], (long) made[1], (long) made[2], (long) made[3], (String) made[4],
				(String) made[5], (long) made[6], (long) made[7], (String) made[8], (long) made[9], (long) made[10],
				(long) made[11], importRun[0], markers);
	}

	/** Everyone Tokyo has, and nobody. */
	Map<String, Caller> tokyoRoles() {
		var roles = new LinkedHashMap<String, Caller>();
		roles.put("anonymous", Caller.anonymous());
		roles.put("tokyo city admin", caller(Grant.of(Role.CITY_ADMIN, tokyo)));
		roles.put("tokyo officer", caller(Grant.of(Role.CITY_OFFICER, tokyo)));
		roles.put("tokyo coordinator", caller(Grant.of(Role.PROGRAM_COORDINATOR, 1)));
		roles.put("tokyo reviewer", caller(Grant.of(Role.REVIEWER, 1)));
		roles.put("tokyo partner member", caller(Grant.of(Role.PARTNER_MEMBER, 1)));
		roles.put("participant", caller(Grant.platform(Role.PARTICIPANT)));
		roles.put("researcher", caller(Grant.platform(Role.RESEARCHER)));
		return roles;
	}

	static Caller caller(Grant grant) {
		return Caller.of(8000 + grant.role().ordinal(), "matrix-" + grant.authority(), List.of(grant), false);
	}

	@Test
	void every_registered_endpoint_declares_an_access_rule() {
		var undeclared = mappings.getHandlerMethods()
			.entrySet()
			.stream()
			.filter(e -> AccessRules.of(e.getValue()).isEmpty())
			.map(e -> e.getKey() + " -> " + e.getValue())
			.toList();
		assertThat(mappings.getHandlerMethods()).hasSizeGreaterThan(20);
		assertThat(undeclared).as("endpoints without @AccessRule").isEmpty();
	}

	@Test
	void an_endpoint_without_a_rule_is_found() throws Exception {
		var handler = new HandlerMethod(new Undeclared(), Undeclared.class.getDeclaredMethod("page"));
		assertThat(AccessRules.of(handler)).isEmpty();
	}

	@Test
	void every_endpoint_refuses_tokyo_on_seouls_records_unless_public_and_changes_nothing() throws Exception {
		var before = checksums(EVERY_MATRIX_CALLER);
		var failures = new ArrayList<String>();
		int calls = 0;
		for (var entry : mappings.getHandlerMethods().entrySet()) {
			if (entry.getValue().getBeanType().getSimpleName().equals("BasicErrorController")) {
				// renders the error of another request; called on its own it has no error to show
				continue;
			}
			var rule = AccessRules.of(entry.getValue()).orElseThrow();
			for (var path : paths(entry.getKey(), entry.getValue(), failures)) {
				for (var method : methods(entry.getKey())) {
					var roles = rule == Audience.PUBLIC && method == HttpMethod.GET
							? Map.of("tokyo officer", tokyoRoles().get("tokyo officer")) : tokyoRoles();
					for (var role : roles.entrySet()) {
						var endpoint = method + " " + pattern(entry.getKey(), path);
						if (PENDING.containsKey(endpoint)) {
							continue;
						}
						var check = !method.equals(HttpMethod.GET) || rule != Audience.PUBLIC;
						// a person's own export is logged in their own processing log, which is theirs, not Seoul's
						var own = OWN_PROCESSING_LOG.contains(endpoint) ? role.getValue().id() : null;
						var tablesBefore = check ? checksums(own) : null;
						var where = method + " " + path + " as " + role.getKey() + " (" + rule + ")";
						org.springframework.mock.web.MockHttpServletResponse response;
						try {
							response = call(method, path, role.getValue());
						}
						catch (Exception e) {
							failures.add(where + " threw " + e);
							continue;
						}
						int status = response.getStatus();
						calls++;
						if (status >= 500) {
							failures.add(where + " failed with " + status);
						}
						if (SCOPED_LISTS.contains(endpoint) && role.getValue().isStaff()) {
							var body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
							samples.markers().stream().filter(body::contains)
								.forEach(marker -> failures.add(where + " shows Seoul's record (" + marker + ")"));
						}
						else if (!allowed(rule, method, role.getValue()) && status < 300) {
							failures.add(where + " answered " + status + " instead of refusing");
						}
						if (check && !tablesBefore.equals(checksums(own))) {
							failures.add(where + " changed the database");
						}
					}
				}
			}
		}
		assertThat(calls).isGreaterThan(50);
		assertThat(failures).isEmpty();
		assertThat(checksums(EVERY_MATRIX_CALLER)).as("the database after the whole matrix").isEqualTo(before);
	}

	static String pattern(RequestMappingInfo info, String path) {
		return info.getPathPatternsCondition().getPatternValues().iterator().next();
	}

	/** Whether the rule lets this caller through; a refusal is then not expected. */
	static boolean allowed(Audience rule, HttpMethod method, Caller caller) {
		return switch (rule) {
			case PUBLIC -> method == HttpMethod.GET || method == HttpMethod.HEAD;
			// their own account, not Seoul's
			case SIGNED_IN -> !caller.isAnonymous();
			// a Tokyo role against Seoul's records, or platform work: always refused
			case STAFF, PLATFORM_ADMIN -> false;
		};
	}

	org.springframework.mock.web.MockHttpServletResponse call(HttpMethod method, String path, Caller caller)
			throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
		if (!method.equals(HttpMethod.GET)) {
			request = request.with(csrf());
		}
		if (!caller.isAnonymous()) {
			request = request.with(authentication(CurrentUser.authenticationOf(caller)));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	static List<HttpMethod> methods(RequestMappingInfo info) {
		var declared = info.getMethodsCondition().getMethods();
		if (declared.isEmpty()) {
			return List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.DELETE);
		}
		return declared.stream().map(RequestMethod::asHttpMethod).toList();
	}

	/** The endpoint's paths with Seoul's records filled in, and the query parameters it requires. */
	List<String> paths(RequestMappingInfo info, HandlerMethod handler, List<String> failures) {
		var query = new StringBuilder();
		for (var parameter : handler.getMethodParameters()) {
			var param = AnnotatedElementUtils.findMergedAnnotation(parameter.getParameter(), RequestParam.class);
			if (param != null) {
				var name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
				var sample = QUERY_SAMPLES().get(name);
				if (sample != null) {
					query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(sample);
				}
			}
		}
		var paths = new ArrayList<String>();
		for (var pattern : info.getPathPatternsCondition().getPatternValues()) {
			var filled = fill(pattern, failures);
			if (filled != null) {
				paths.add(filled + query);
			}
		}
		return paths;
	}

	Map<String, String> QUERY_SAMPLES() {
		var samples = new TreeMap<String, String>();
		samples.put("city", String.valueOf(seoul));
		samples.put("type", "partnership");
		samples.put("id", String.valueOf(seoulPartnership));
		samples.put("q", "Seoul");
		samples.put("a", String.valueOf(seoul));
		samples.put("b", String.valueOf(seoul));
		samples.put("format", "CSV");
		return samples;
	}

	/** Seoul's value for a path variable, by the segment before it and its name. */
	String sample(String previous, String name) {
		return switch (previous + "/" + name) {
			case "partnerships/slug" -> seoulPartnershipSlug;
			case "partnerships/id" -> String.valueOf(seoulPartnership);
			case "cities/slug" -> "seoul-kr";
			case "cities/id" -> String.valueOf(seoul);
			case "countries/code" -> "kr";
			case "imports/id" -> String.valueOf(samples.importRun());
			case "drafts/id" -> "00000000-0000-0000-0000-000000000001";
			case "surveys/id", "context/id" -> "1";
			case "password-reset/token" -> "no-such-token";
			// a secret in the address is its holder's key: Tokyo does not know Seoul's, so it tries one
			case "calendars/token" -> "no-such-token";
			case "applications/key" -> "no-such-key";
			case "approvals/id" -> String.valueOf(samples.proposal());
			case "requests/id" -> String.valueOf(samples.request());
			case "ideas/id" -> String.valueOf(samples.idea());
			case "campaigns/id" -> String.valueOf(samples.campaign());
			case "community-events/id" -> String.valueOf(seoulCommunityEvent);
			case "events/slug" -> samples.event();
			case "series/slug" -> samples.series();
			case "quotas/id", "quotas/quota" -> String.valueOf(samples.quota());
			case "hosts/host" -> String.valueOf(seoulHost);
			case "attendees/reference", "waiting-list/reference" -> samples.registration();
			case "shifts/id", "shifts/shift" -> String.valueOf(samples.shift());
			case "registrations/reference" -> samples.registration();
			case "programs/id" -> String.valueOf(samples.program());
			case "calls/id" -> String.valueOf(samples.call());
			case "applications/id" -> String.valueOf(samples.application());
			case "actors/slug" -> "seoul-metropolitan-government";
			case "documents/slot" -> "transcript";
			default -> switch (name) {
				case "lang", "segment" -> "en";
				case "format" -> "csv";
				default -> null;
			};
		};
	}

	String fill(String pattern, List<String> failures) {
		var out = new StringBuilder();
		var previous = "";
		int i = 0;
		while (i < pattern.length()) {
			char c = pattern.charAt(i);
			if (c == '{') {
				int depth = 0;
				int end = i;
				for (; end < pattern.length(); end++) {
					if (pattern.charAt(end) == '{') {
						depth++;
					}
					else if (pattern.charAt(end) == '}' && --depth == 0) {
						break;
					}
				}
				var variable = pattern.substring(i + 1, end);
				var name = variable.contains(":") ? variable.substring(0, variable.indexOf(':')) : variable;
				var value = sample(previous, name);
				if (value == null) {
					if (!WITHOUT_SAMPLE.containsKey(previous + "/" + name)) {
						failures.add(pattern + ": no Seoul sample for {" + name + "} after '" + previous
								+ "'; add one to AccessMatrixTest.sample");
					}
					return null;
				}
				out.append(value);
				i = end + 1;
			}
			else {
				out.append(c);
				if (c == '/') {
					var segments = out.toString().split("/");
					previous = segments.length == 0 ? "" : segments[segments.length - 1];
				}
				i++;
			}
		}
		return out.toString().replace("/**", "/matrix").replace("/*", "/matrix");
	}

	/** Stands for the accounts of all the matrix's callers (see {@link #caller(Grant)}). */
	static final Long EVERY_MATRIX_CALLER = -1L;

	Map<String, String> checksums() {
		return checksums(null);
	}

	/**
	 * A count and a hash of every row of every table of Amity's schemas; the processing log without the rows of
	 * {@code ownAccount}, when given, whose own log may grow.
	 */
	Map<String, String> checksums(Long ownAccount) {
		var tables = jdbc.sql("""
				select table_schema || '.' || table_name from information_schema.tables
				 where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
				 order by 1""").query(String.class).list();
		var sums = new TreeMap<String, String>();
		for (var table : tables) {
			if (!MOVING.contains(table)) {
				var where = ownAccount == null || !table.equals("privacy.processing_log") ? ""
						: EVERY_MATRIX_CALLER.equals(ownAccount) ? " where account_id not between 8000 and 8099"
								: " where account_id <> " + ownAccount;
				sums.put(table, jdbc.sql("select count(*) || ':' || coalesce(sum(hashtextextended(t::text, 0)), 0) from "
						+ table + " t" + where).query(String.class).single());
			}
		}
		return sums;
	}

	static class Undeclared {

		String page() {
			return "page";
		}
	}
}
