package org.amity.evaluation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.amity.shared.LocalizedText;
import org.amity.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Surveys: creating templates (or the built-in mutual-understanding instrument), taking answers and reading results
 * with small cells withheld. Every rule on an answer is checked here, whether it comes from the page or the API.
 */
@Service
public class Surveys {

	static final Pattern RESPONDENT_CODE = Pattern.compile("[A-Za-z0-9-]{3,40}");
	static final int MAX_FREE_TEXT = 2000;

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;
	private final StaffScope scope;

	Surveys(JdbcClient jdbc, JsonMapper json, Optional<Clock> clock, StaffScope scope) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock.orElse(Clock.systemUTC());
		this.scope = scope;
	}

	/** A new survey's template. */
	public record NewSurvey(LocalizedText title, Long partnershipId, Survey.Mode mode, String instrument, boolean demo,
			List<NewItem> items) {
	}

	public record NewItem(String code, Survey.ItemKind kind, LocalizedText text, Survey.Scale scale,
			List<Survey.Option> options) {
	}

	/**
	 * One respondent's answers to one wave. {@code respondentCode} pairs an anonymous respondent's two answers; a
	 * linked survey pairs them by {@code participantRef} and needs {@code consent}.
	 */
	public record Response(String respondentCode, Survey.Wave wave, Survey.Group group, String participantRef,
			boolean consent, String language, Map<String, Answer> answers, boolean demo) {
	}

	/** An answer: a point of the scale, the chosen options, or a text. */
	public record Answer(Integer number, List<String> choices, String text) {

		public static Answer number(int number) {
			return new Answer(number, null, null);
		}

		public static Answer choices(String... codes) {
			return new Answer(null, List.of(codes), null);
		}

		public static Answer text(String text) {
			return new Answer(null, null, text);
		}
	}

	/** A new survey, by staff of the partnership's cities (a survey of no partnership: platform admins). */
	@Transactional
	public Survey create(NewSurvey survey) {
		scope.requirePartnership(survey.partnershipId());
		if (survey.title() == null || survey.title().isEmpty() || survey.mode() == null || survey.items() == null
				|| survey.items().isEmpty()) {
			throw new EvaluationRefusedException(EvaluationRefusedException.Reason.INVALID_SURVEY, "items",
					"a survey needs a title, a mode and at least one item");
		}
		var codes = new HashSet<String>();
		for (var item : survey.items()) {
			boolean valid = item.code() != null && item.code().matches("[a-z][a-z0-9_]{0,39}") && codes.add(item.code())
					&& item.kind() != null && item.text() != null && !item.text().isEmpty()
					&& (item.kind() == Survey.ItemKind.LIKERT) == (item.scale() != null)
					&& (item.kind() == Survey.ItemKind.SINGLE_CHOICE || item.kind() == Survey.ItemKind.MULTIPLE_CHOICE
							? item.options() != null && item.options().size() >= 2
							: item.options() == null || item.options().isEmpty());
			if (!valid) {
				throw new EvaluationRefusedException(EvaluationRefusedException.Reason.INVALID_SURVEY, "items",
						"item " + item.code() + " is incomplete or repeats a code");
			}
		}
		long id = jdbc.sql("""
				insert into evaluation.survey (title, partnership_id, mode, instrument, demo)
				values (cast(:title as jsonb), :partnership, :mode, :instrument, :demo) returning id
				""")
			.param("title", json.writeValueAsString(survey.title().texts()))
			.param("partnership", survey.partnershipId())
			.param("mode", survey.mode().name())
			.param("instrument", survey.instrument())
			.param("demo", survey.demo())
			.query(Long.class)
			.single();
		int position = 0;
		for (var item : survey.items()) {
			var options = (item.options() == null ? List.<Survey.Option>of() : item.options()).stream()
				.map(o -> Map.of("code", o.code(), "text", o.text().texts()))
				.toList();
			jdbc.sql("""
					insert into evaluation.survey_item (survey_id, position, code, kind, scale, text, options)
					values (:survey, :position, :code, :kind, :scale, cast(:text as jsonb), cast(:options as jsonb))
					""")
				.param("survey", id)
				.param("position", position++)
				.param("code", item.code())
				.param("kind", item.kind().name())
				.param("scale", item.scale() == null ? null : item.scale().name())
				.param("text", json.writeValueAsString(item.text().texts()))
				.param("options", json.writeValueAsString(options))
				.update();
		}
		return get(id);
	}

	/** A survey with the built-in mutual-understanding instrument about the other country and city. */
	@Transactional
	public Survey createMutualUnderstanding(LocalizedText title, Long partnershipId, Survey.Mode mode,
			LocalizedText otherCountry, LocalizedText otherCity, boolean demo) {
		return create(new NewSurvey(title, partnershipId, mode, MutualUnderstanding.INSTRUMENT, demo,
				MutualUnderstanding.items(otherCountry, otherCity)));
	}

	@Transactional(readOnly = true)
	public Optional<Survey> find(long id) {
		return jdbc.sql("select * from evaluation.survey where id = :id").param("id", id)
			.query((rs, n) -> survey(rs))
			.optional();
	}

	public Survey get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("survey", String.valueOf(id)));
	}

	/** The surveys the caller may manage: their cities' partnerships' (every survey for a platform admin). */
	@Transactional(readOnly = true)
	public List<Survey> managed() {
		var caller = scope.requireStaff();
		return all().stream().filter(s -> scope.mayManagePartnership(caller, s.partnershipId())).toList();
	}

	@Transactional(readOnly = true)
	public List<Survey> all() {
		return jdbc.sql("select * from evaluation.survey order by id").query((rs, n) -> survey(rs)).list();
	}

	@Transactional(readOnly = true)
	public List<Survey> forPartnership(long partnershipId) {
		return jdbc.sql("select * from evaluation.survey where partnership_id = :p order by id")
			.param("p", partnershipId)
			.query((rs, n) -> survey(rs))
			.list();
	}

	/** Takes one respondent's answers to one wave, or refuses them whole with the reason. */
	@Transactional
	public long respond(long surveyId, Response response) {
		var survey = get(surveyId);
		if (response.wave() == null || response.group() == null) {
			throw refused(EvaluationRefusedException.Reason.INVALID_ANSWER, "wave", "say when and as whom you answer");
		}
		String key;
		String participant = blankToNull(response.participantRef());
		if (survey.mode() == Survey.Mode.LINKED) {
			if (participant == null || participant.length() > 100 || !response.consent()) {
				throw refused(EvaluationRefusedException.Reason.CONSENT_REQUIRED, "consent",
						"a linked survey needs the participant and their consent");
			}
			key = "participant:" + participant;
		}
		else {
			if (participant != null) {
				throw refused(EvaluationRefusedException.Reason.ANONYMOUS_ONLY, "participantRef",
						"an anonymous survey keeps no participant reference");
			}
			var code = response.respondentCode() == null ? "" : response.respondentCode().strip();
			if (!RESPONDENT_CODE.matcher(code).matches()) {
				throw refused(EvaluationRefusedException.Reason.RESPONDENT_CODE, "respondentCode",
						"the respondent code has 3 to 40 letters, digits or hyphens");
			}
			key = "code:" + code.toUpperCase(java.util.Locale.ROOT);
		}
		var language = response.language() == null ? "en" : response.language();
		if (!LocalizedText.LANGUAGES.contains(language)) {
			throw refused(EvaluationRefusedException.Reason.INVALID_ANSWER, "language", "unknown language");
		}
		var answers = response.answers() == null ? Map.<String, Answer>of() : response.answers();
		for (var code : answers.keySet()) {
			if (survey.item(code).isEmpty()) {
				throw refused(EvaluationRefusedException.Reason.INVALID_ANSWER, code, "no such item");
			}
		}
		boolean already = jdbc.sql("""
				select count(*) from evaluation.survey_response where survey_id = :s and respondent_key = :k and wave = :w
				""").param("s", surveyId).param("k", key).param("w", response.wave().name()).query(Integer.class)
			.single() > 0;
		if (already) {
			throw refused(EvaluationRefusedException.Reason.ALREADY_ANSWERED, "respondentCode",
					"this respondent answered this wave already");
		}
		for (var item : survey.items()) {
			validate(item, answers.get(item.code()));
		}
		Instant now = clock.instant();
		long id = jdbc.sql("""
				insert into evaluation.survey_response (survey_id, respondent_key, wave, respondent_group,
				participant_ref, consent_recorded_at, language, demo)
				values (:s, :k, :w, :g, :p, :consent, :language, :demo) returning id
				""")
			.param("s", surveyId)
			.param("k", key)
			.param("w", response.wave().name())
			.param("g", response.group().name())
			.param("p", survey.mode() == Survey.Mode.LINKED ? participant : null)
			.param("consent", survey.mode() == Survey.Mode.LINKED ? OffsetDateTime.ofInstant(now, ZoneOffset.UTC) : null)
			.param("language", language)
			.param("demo", response.demo())
			.query(Long.class)
			.single();
		for (var item : survey.items()) {
			var answer = answers.get(item.code());
			if (isEmpty(answer)) {
				continue;
			}
			jdbc.sql("""
					insert into evaluation.survey_answer (response_id, item_id, number, choices, text)
					values (:r, :i, :number, :choices, :text)
					""")
				.param("r", id)
				.param("i", item.id())
				.param("number", item.kind() == Survey.ItemKind.LIKERT ? answer.number() : null)
				.param("choices", item.isChoice() ? answer.choices().toArray(String[]::new) : null)
				.param("text", item.kind() == Survey.ItemKind.FREE_TEXT ? answer.text().strip() : null)
				.update();
		}
		return id;
	}

	private static boolean isEmpty(Answer answer) {
		return answer == null || (answer.number() == null && (answer.choices() == null || answer.choices().isEmpty())
				&& (answer.text() == null || answer.text().isBlank()));
	}

	private static void validate(Survey.Item item, Answer answer) {
		if (isEmpty(answer)) {
			return; // every item may be left unanswered
		}
		boolean valid = switch (item.kind()) {
			case LIKERT -> answer.number() != null && answer.number() >= 1 && answer.number() <= Survey.LIKERT_POINTS;
			case SINGLE_CHOICE -> answer.choices() != null && answer.choices().size() == 1
					&& item.option(answer.choices().get(0)).isPresent();
			case MULTIPLE_CHOICE -> answer.choices() != null && answer.choices().stream().distinct().count() == answer
				.choices().size() && answer.choices().stream().allMatch(c -> item.option(c).isPresent());
			case FREE_TEXT -> answer.text() != null && answer.text().length() <= MAX_FREE_TEXT
					&& answer.text().indexOf('\0') < 0;
		};
		if (!valid) {
			throw refused(EvaluationRefusedException.Reason.INVALID_ANSWER, item.code(),
					"the answer to " + item.code() + " does not fit the item");
		}
	}

	/** The survey's results, every cell of fewer than five people withheld. */
	@Transactional(readOnly = true)
	public SurveyResults results(long surveyId) {
		var survey = get(surveyId);
		var responses = new LinkedHashMap<Long, Respondent>();
		jdbc.sql("select id, respondent_key, wave, respondent_group, language from evaluation.survey_response "
				+ "where survey_id = :s order by id")
			.param("s", surveyId)
			.query(rs -> {
				responses.put(rs.getLong("id"), new Respondent(rs.getString("respondent_key"),
						Survey.Wave.valueOf(rs.getString("wave")), Survey.Group.valueOf(rs.getString("respondent_group")),
						rs.getString("language"), new HashMap<>()));
			});
		var itemsById = new HashMap<Long, Survey.Item>();
		survey.items().forEach(i -> itemsById.put(i.id(), i));
		jdbc.sql("""
				select a.* from evaluation.survey_answer a join evaluation.survey_response r on r.id = a.response_id
				where r.survey_id = :s
				""")
			.param("s", surveyId)
			.query(rs -> {
				var item = itemsById.get(rs.getLong("item_id"));
				var number = (Integer) rs.getObject("number");
				var choices = strings(rs.getArray("choices"));
				responses.get(rs.getLong("response_id")).answers().put(item.code(),
						new Answer(number, choices, rs.getString("text")));
			});
		return SurveyAnalysis.of(survey, List.copyOf(responses.values()));
	}

	/** One response as the analysis reads it. */
	record Respondent(String key, Survey.Wave wave, Survey.Group group, String language, Map<String, Answer> answers) {
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? null : Arrays.asList((String[]) array.getArray());
	}

	private Survey survey(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		var items = jdbc.sql("select * from evaluation.survey_item where survey_id = :s order by position")
			.param("s", id)
			.query((row, n) -> new Survey.Item(row.getLong("id"), row.getString("code"),
					Survey.ItemKind.valueOf(row.getString("kind")), localized(row.getString("text")),
					row.getString("scale") == null ? null : Survey.Scale.valueOf(row.getString("scale")),
					options(row.getString("options"))))
			.list();
		var partnership = rs.getObject("partnership_id");
		return new Survey(id, localized(rs.getString("title")), partnership == null ? null : rs.getLong("partnership_id"),
				Survey.Mode.valueOf(rs.getString("mode")), rs.getString("instrument"), rs.getBoolean("demo"), items);
	}

	private LocalizedText localized(String text) {
		return new LocalizedText(json.readValue(text, new TypeReference<Map<String, String>>() {
		}));
	}

	private List<Survey.Option> options(String text) {
		List<Map<String, Object>> raw = json.readValue(text, new TypeReference<List<Map<String, Object>>>() {
		});
		var options = new ArrayList<Survey.Option>();
		for (var option : raw) {
			@SuppressWarnings("unchecked")
			var texts = (Map<String, String>) option.get("text");
			options.add(new Survey.Option((String) option.get("code"), new LocalizedText(texts)));
		}
		return options;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static EvaluationRefusedException refused(EvaluationRefusedException.Reason reason, String field,
			String message) {
		return new EvaluationRefusedException(reason, field, message);
	}
}
