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

	static final String LANG = "/{lang:en|ko|ja|id}";

	/**
	 * Endpoints whose use case does not check yet whose record it is, each with the reason; the matrix still calls
	 * them (a 5xx fails), but does not expect a refusal from them. This list may only shrink.
	 */
	/**
	 * Kinds of record for which the matrix has no record of Seoul's alone yet (their demo records are shared by Seoul
	 * and Tokyo, so Tokyo's staff may rightly reach them): the endpoints that take one are not exercised until a
	 * sample is added. Keyed by the path segment before the variable and the variable's name.
	 */
	static final Map<String, String> WITHOUT_SAMPLE = Map.ofEntries(
			Map.entry("events/slug", "events: the demo week is Seoul's and Tokyo's"),
			Map.entry("series/slug", "event series: the demo week is Seoul's and Tokyo's"),
			Map.entry("registrations/reference", "a registration is opened by its secret reference"),
			Map.entry("calendars/token", "a personal calendar is opened by its secret token"),
			Map.entry("shifts/id", "volunteer shifts of the shared demo week"),
			Map.entry("quotas/id", "quotas of the shared demo week"),
			Map.entry("applications/key", "an application is opened by its applicant's secret key"),
			Map.entry("applications/id", "applications to the shared Seoul–Tokyo call"),
			Map.entry("calls/id", "the demo call is Seoul's and Tokyo's"),
			Map.entry("programs/id", "the demo programs are Seoul's and Tokyo's"),
			Map.entry("approvals/id", "proposals exist only once a test makes one"),
			Map.entry("actors/slug", "organisations are public reading"),
			Map.entry("ideas/id", "ideas exist only once someone sends one"),
			Map.entry("campaigns/id", "campaigns exist only once staff launch one"),
			Map.entry("requests/id", "personal-data requests exist only once someone asks"));

	static final Map<String, String> PENDING = Map.ofEntries(
			Map.entry("POST /api/v1/campaigns", "answers 500 to a request without a body"),
			Map.entry("POST /api/v1/community-events", "answers 500 to a request without a body"),
			Map.entry("POST /api/v1/ideas", "answers 500 to a request without a body"),
			Map.entry("POST /api/v1/partnerships/{id}/proposals/agreement", "answers 500 to a request without a body"),
			Map.entry("POST /api/v1/partnerships/{id}/proposals/status", "answers 500 to a request without a body"),
			Map.entry("GET /api/v1/approvals", "a list of the caller's own city's proposals, not Seoul's"),
			Map.entry("GET " + LANG + "/manage/approvals", "a list of the caller's own city's proposals, not Seoul's"),
			Map.entry("GET " + LANG + "/manage/calls", "lists the calls of every city to any staff"),
			Map.entry("GET " + LANG + "/manage/events", "lists only the events of the caller's own city, not Seoul's"),
			Map.entry("GET " + LANG + "/manage/events/new", "a blank form; creating checks the organising city"),
			Map.entry("GET " + LANG + "/manage/events/series/new", "a blank form; creating checks the organising city"),
			Map.entry("GET " + LANG + "/manage/campaigns", "lists only the campaigns of the caller's own city's partnerships"),
			Map.entry("GET " + LANG + "/manage/ideas", "lists only the ideas on the caller's own city's events"),
			Map.entry("GET " + LANG + "/manage/privacy", "lists the requests the caller may complete"),
			Map.entry("GET " + LANG + "/manage/translations", "lists every city's public texts to any staff"),
			Map.entry("GET " + LANG + "/me/data/export.csv", "the export is recorded in the person's processing log"),
			Map.entry("GET " + LANG + "/me/data/export.json", "the export is recorded in the person's processing log"),
			Map.entry("POST /api/v1/series/preview", "answers 500 to a request without a body"),
			Map.entry("POST /api/v1/series", "answers 500 to a request without a body"),
			Map.entry("POST /api/v1/surveys", "answers 500 to a request without a body"),
			Map.entry("POST /api/v1/surveys/{id}/responses", "answers 500 to a request without a body"),
			Map.entry("PUT /api/v1/imports/drafts/{id}/choices", "answers 500 for an unknown draft"),
			Map.entry("PUT /api/v1/imports/drafts/{id}/mapping", "answers 500 for an unknown draft"),
			Map.entry("POST " + LANG + "/manage/series/preview", "fails on a request that is not multipart"),
			Map.entry("GET " + LANG + "/cities/{slug}/report", "the portfolio report fails for Seoul (template)"),
			Map.entry("GET " + LANG + "/manage/imports", "shows every city's imports to any staff"),
			Map.entry("GET " + LANG + "/manage/imports/{id:\\d+}", "shows any city's import to any staff"),
			Map.entry("GET " + LANG + "/manage/context", "context timeline editing is open to any staff"),
			Map.entry("GET " + LANG + "/manage/surveys", "surveys are open to any staff"),
			Map.entry("GET " + LANG + "/manage/series", "time series are open to any staff"),
			// public writes by design: what they store is the caller's own (a survey answer, a reset request)
			Map.entry("POST " + LANG + "/surveys/{id}", "a public survey answer"),
			Map.entry("POST " + LANG + "/password-reset", "asks for a reset mail; never says whether it was sent"));


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
		var before = checksums();
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
						var check = !method.equals(HttpMethod.GET) || rule != Audience.PUBLIC;
						var tablesBefore = check ? checksums() : null;
						var pending = PENDING.containsKey(method + " " + pattern(entry.getKey(), path));
						if (pending) {
							continue;
						}
						var where = method + " " + path + " as " + role.getKey() + " (" + rule + ")";
						int status;
						try {
							status = call(method, path, role.getValue());
						}
						catch (Exception e) {
							failures.add(where + " threw " + e);
							continue;
						}
						calls++;
						if (status >= 500) {
							failures.add(where + " failed with " + status);
						}
						if (!pending && !allowed(rule, method, role.getValue()) && status < 300) {
							failures.add(where + " answered " + status + " instead of refusing");
						}
						if (!pending && check && !tablesBefore.equals(checksums())) {
							failures.add(where + " changed the database");
						}
					}
				}
			}
		}
		assertThat(calls).isGreaterThan(50);
		assertThat(failures).isEmpty();
		assertThat(checksums()).as("the database after the whole matrix").isEqualTo(before);
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

	int call(HttpMethod method, String path, Caller caller) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
		if (!method.equals(HttpMethod.GET)) {
			request = request.with(csrf());
		}
		if (!caller.isAnonymous()) {
			request = request.with(authentication(CurrentUser.authenticationOf(caller)));
		}
		return mvc.perform(request).andReturn().getResponse().getStatus();
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
			case "imports/id" -> "1";
			case "drafts/id" -> "00000000-0000-0000-0000-000000000001";
			case "surveys/id", "context/id" -> "1";
			case "password-reset/token" -> "no-such-token";
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

	/** A count and a hash of every row of every table of Amity's schemas. */
	Map<String, String> checksums() {
		var tables = jdbc.sql("""
				select table_schema || '.' || table_name from information_schema.tables
				 where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
				 order by 1""").query(String.class).list();
		var sums = new TreeMap<String, String>();
		for (var table : tables) {
			if (!MOVING.contains(table)) {
				sums.put(table, jdbc.sql("select count(*) || ':' || coalesce(sum(hashtextextended(t::text, 0)), 0) from "
						+ table + " t").query(String.class).single());
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
