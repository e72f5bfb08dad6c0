package org.amity.exchange.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;

import org.amity.exchange.Call;
import org.amity.exchange.CallSettings;
import org.amity.exchange.Direction;
import org.amity.exchange.DocumentType;
import org.amity.exchange.ExchangeRefusedException;
import org.amity.exchange.Program;
import org.amity.exchange.ProgramKind;
import org.amity.shared.LocalizedText;

/**
 * Reading the staff's program and call forms: every value is checked here and a wrong one is refused by name (the
 * field it concerns), so that the form comes back with the reason in the reader's language and what was typed.
 */
final class StaffForms {

	/** How many empty rows a call form offers for new questions, documents and criteria. */
	static final int SPARE_ROWS = 2;

	private static final String KEY = "[a-z][a-z0-9_-]{0,39}";

	private StaffForms() {
	}

	static LocalizedText text(FormValues form, String name) {
		var texts = new LinkedHashMap<String, String>();
		for (var language : LocalizedText.LANGUAGES) {
			var value = form.text(name + "." + language);
			if (value != null) {
				if (value.length() > LocalizedText.MAX_LENGTH) {
					throw refused(ExchangeRefusedException.Reason.TOO_LONG, name + "." + language);
				}
				texts.put(language, value);
			}
		}
		return new LocalizedText(texts);
	}

	static void putText(FormValues form, String name, LocalizedText text) {
		text.texts().forEach((language, value) -> form.set(name + "." + language, value));
	}

	static ProgramKind kind(FormValues form) {
		return parse(ProgramKind.class, form.value("kind"), "kind");
	}

	static ProgramKind.Term term(FormValues form) {
		var term = form.text("term");
		return term == null ? null : parse(ProgramKind.Term.class, term, "term");
	}

	static List<Long> ids(FormValues form, String name) {
		var ids = new ArrayList<Long>();
		for (var value : form.all(name)) {
			if (!value.isBlank()) {
				ids.add(number(value, name));
			}
		}
		return ids.stream().distinct().toList();
	}

	/** Ids typed in one field, separated by commas or spaces, in order. */
	static List<Long> idList(FormValues form, String name) {
		var text = form.text(name);
		if (text == null) {
			return null;
		}
		var ids = new ArrayList<Long>();
		for (var part : text.split("[,\\s]+")) {
			if (!part.isBlank()) {
				ids.add(number(part, name));
			}
		}
		return ids.stream().distinct().toList();
	}

	static FormValues programValues(Program program, String partnershipSlug) {
		var form = FormValues.empty().set("partnership", partnershipSlug).set("kind", program.kind())
			.set("term", program.term()).set("version", program.version()).set("proposer", program.proposedBy());
		putText(form, "title", program.title());
		putText(form, "description", program.description());
		program.hosts().forEach(id -> form.add("hosts", id));
		program.senders().forEach(id -> form.add("senders", id));
		return form;
	}

	/** The call's settings from the form; places are offered only in the directions given a number above zero. */
	static CallSettings settings(FormValues form, List<Direction> directions) {
		var quotas = new ArrayList<CallSettings.Quota>();
		for (var direction : directions) {
			var places = integer(form, "quota." + direction.key());
			if (places != null && places != 0) {
				quotas.add(new CallSettings.Quota(direction, places));
			}
		}
		var level = form.text("minLanguageLevel");
		var eligibility = new CallSettings.Eligibility(integer(form, "minAge"), integer(form, "maxAge"),
				form.checked("residesInSendingCity"), language(form.text("language")),
				level == null ? null : parse(CallSettings.LanguageLevel.class, level, "minLanguageLevel"),
				form.checked("firstParticipationOnly"));
		if (eligibility.minAge() != null && eligibility.maxAge() != null
				&& eligibility.minAge() > eligibility.maxAge()) {
			throw refused(ExchangeRefusedException.Reason.FIELD_UNKNOWN, "maxAge");
		}
		var fields = new ArrayList<CallSettings.Field>();
		var documents = new ArrayList<CallSettings.Document>();
		var criteria = new ArrayList<CallSettings.Criterion>();
		var keys = new java.util.HashSet<String>();
		for (int i = 0; i < rows(form, "field"); i++) {
			var key = key(form, "field." + i, keys);
			if (key != null) {
				fields.add(new CallSettings.Field(key, label(form, "field." + i),
						parse(CallSettings.FieldType.class, form.value("field." + i + ".type"), "field." + i + ".type"),
						form.checked("field." + i + ".required")));
			}
		}
		for (int i = 0; i < rows(form, "document"); i++) {
			var key = key(form, "document." + i, keys);
			if (key != null) {
				var types = EnumSet.noneOf(DocumentType.class);
				for (var type : form.all("document." + i + ".types")) {
					types.add(parse(DocumentType.class, type, "document." + i + ".types"));
				}
				if (types.isEmpty()) {
					throw refused(ExchangeRefusedException.Reason.FIELD_UNKNOWN, "document." + i + ".types");
				}
				documents.add(new CallSettings.Document(key, label(form, "document." + i), types,
						form.checked("document." + i + ".required")));
			}
		}
		var criterionKeys = new java.util.HashSet<String>();
		for (int i = 0; i < rows(form, "criterion"); i++) {
			var key = key(form, "criterion." + i, criterionKeys);
			if (key != null) {
				var max = integer(form, "criterion." + i + ".max");
				var weight = integer(form, "criterion." + i + ".weight");
				if (max == null || max < 1 || max > 100 || weight == null || weight < 1 || weight > 10) {
					throw refused(ExchangeRefusedException.Reason.FIELD_UNKNOWN, "criterion." + i);
				}
				criteria.add(new CallSettings.Criterion(key, label(form, "criterion." + i), max, weight));
			}
		}
		return new CallSettings(quotas, eligibility, fields, documents, criteria);
	}

	static FormValues callValues(Call call) {
		var form = FormValues.empty().set("year", call.year()).set("opens", call.opens()).set("closes", call.closes());
		putText(form, "title", call.title());
		var settings = call.settings();
		settings.quotas().forEach(q -> form.set("quota." + q.direction().key(), q.places()));
		var e = settings.eligibility();
		form.set("minAge", e.minAge()).set("maxAge", e.maxAge()).set("language", e.language())
			.set("minLanguageLevel", e.minLanguageLevel());
		if (e.residesInSendingCity()) {
			form.set("residesInSendingCity", "on");
		}
		if (e.firstParticipationOnly()) {
			form.set("firstParticipationOnly", "on");
		}
		for (int i = 0; i < settings.fields().size(); i++) {
			var f = settings.fields().get(i);
			form.set("field." + i + ".key", f.key()).set("field." + i + ".type", f.type());
			putText(form, "field." + i + ".label", f.label());
			if (f.required()) {
				form.set("field." + i + ".required", "on");
			}
		}
		for (int i = 0; i < settings.documents().size(); i++) {
			var d = settings.documents().get(i);
			form.set("document." + i + ".key", d.key());
			putText(form, "document." + i + ".label", d.label());
			var row = "document." + i + ".types";
			d.types().forEach(t -> form.add(row, t));
			if (d.required()) {
				form.set("document." + i + ".required", "on");
			}
		}
		for (int i = 0; i < settings.criteria().size(); i++) {
			var c = settings.criteria().get(i);
			form.set("criterion." + i + ".key", c.key()).set("criterion." + i + ".max", c.max())
				.set("criterion." + i + ".weight", c.weight());
			putText(form, "criterion." + i + ".label", c.label());
		}
		form.set("rows.field", settings.fields().size() + SPARE_ROWS)
			.set("rows.document", settings.documents().size() + SPARE_ROWS)
			.set("rows.criterion", settings.criteria().size() + SPARE_ROWS);
		return form;
	}

	/** How many rows of a kind the form shows (the rows it was sent with, at most 30). */
	static int rows(FormValues form, String kind) {
		var rows = form.text("rows." + kind);
		try {
			return rows == null ? SPARE_ROWS + 1 : Math.max(1, Math.min(30, Integer.parseInt(rows)));
		}
		catch (NumberFormatException e) {
			return SPARE_ROWS + 1;
		}
	}

	static int year(FormValues form) {
		var year = integer(form, "year");
		if (year == null) {
			throw refused(ExchangeRefusedException.Reason.FIELD_UNKNOWN, "year");
		}
		return year;
	}

	static LocalDate date(FormValues form, String name) {
		try {
			return LocalDate.parse(form.value(name).strip());
		}
		catch (DateTimeParseException e) {
			throw refused(ExchangeRefusedException.Reason.FIELD_UNKNOWN, name);
		}
	}

	static Integer integer(FormValues form, String name) {
		var text = form.text(name);
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException e) {
			throw refused(ExchangeRefusedException.Reason.FIELD_UNKNOWN, name);
		}
	}

	private static String key(FormValues form, String row, java.util.Set<String> taken) {
		var key = form.text(row + ".key");
		if (key == null) {
			return null;
		}
		if (!key.matches(KEY) || !taken.add(key)) {
			throw refused(ExchangeRefusedException.Reason.FIELD_UNKNOWN, row + ".key");
		}
		return key;
	}

	private static LocalizedText label(FormValues form, String row) {
		var label = text(form, row + ".label");
		if (label.isEmpty()) {
			throw refused(ExchangeRefusedException.Reason.TITLE_MISSING, row + ".label");
		}
		return label;
	}

	private static String language(String code) {
		if (code == null) {
			return null;
		}
		if (!code.matches("[a-z]{2,3}")) {
			throw refused(ExchangeRefusedException.Reason.FIELD_UNKNOWN, "language");
		}
		return code;
	}

	private static long number(String value, String name) {
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException e) {
			throw refused(ExchangeRefusedException.Reason.FIELD_UNKNOWN, name);
		}
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (RuntimeException e) {
			throw refused(ExchangeRefusedException.Reason.FIELD_UNKNOWN, name);
		}
	}

	static ExchangeRefusedException refused(ExchangeRefusedException.Reason reason, String field) {
		return new ExchangeRefusedException(reason, "Refused field " + field, List.of(field));
	}
}
