package org.amity.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An application to a call in one direction, the aggregate that guards its own status: a draft is saved as often as
 * the applicant likes, is submitted only when its to-do list is done and the call is open, then moves through review
 * and selection; the applicant may withdraw at any unsettled step. Each change is kept with its reason and raises a
 * past-tense event.
 */
public final class Application {

	private final long id;
	private final long callId;
	private final Direction direction;
	private final Applicant applicant;
	private ApplicationStatus status;
	private Profile profile;
	private final Map<String, String> answers;
	private final List<StoredDocument> documents;
	private final List<StatusChange> history;
	private Instant submittedAt;
	private final int version;
	private final List<Object> events = new ArrayList<>();

	/** Who applies: name and address for mail, the language they read, and the key of their own pages. */
	public record Applicant(String name, String email, String language, String accessKey) {

		public Applicant {
			if (name == null || name.isBlank() || name.length() > 200) {
				throw new ExchangeRefusedException(ExchangeRefusedException.Reason.FIELD_UNKNOWN, "A name is needed",
						List.of("name"));
			}
			if (email == null || !email.matches("[^@\\s]{1,64}@[^@\\s]{1,255}")) {
				throw new ExchangeRefusedException(ExchangeRefusedException.Reason.FIELD_UNKNOWN,
						"An e-mail address is needed", List.of("email"));
			}
			if (!org.amity.shared.LocalizedText.LANGUAGES.contains(language)) {
				language = "en";
			}
			name = name.strip();
		}
	}

	/** A status change with who made it and why. */
	public record StatusChange(ApplicationStatus from, ApplicationStatus to, String reason, Instant at) {
	}

	/** An uploaded document as the application knows it; the bytes live in the document store. */
	public record StoredDocument(long id, String key, DocumentType type, long size, String displayName,
			Instant uploadedAt) {
	}

	/** One line of the applicant's to-do list. */
	public record Todo(Kind kind, String key, boolean done) {

		public enum Kind {
			ANSWER, DOCUMENT, ELIGIBILITY, SUBMIT, CONFIRM
		}
	}

	Application(long id, long callId, Direction direction, Applicant applicant, ApplicationStatus status,
			Profile profile, Map<String, String> answers, List<StoredDocument> documents, List<StatusChange> history,
			Instant submittedAt, int version) {
		this.id = id;
		this.callId = callId;
		this.direction = Objects.requireNonNull(direction);
		this.applicant = Objects.requireNonNull(applicant);
		this.status = status;
		this.profile = profile == null ? Profile.EMPTY : profile;
		this.answers = new LinkedHashMap<>(answers);
		this.documents = new ArrayList<>(documents);
		this.history = new ArrayList<>(history);
		this.submittedAt = submittedAt;
		this.version = version;
	}

	/** A new draft for a direction the call offers. */
	static Application start(Call call, Direction direction, Applicant applicant, Instant now) {
		if (call.settings().quota(direction).isEmpty()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.DIRECTION_UNKNOWN,
					"The call offers no places in this direction");
		}
		if (!call.isOpenOn(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC))) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.CALL_NOT_OPEN, "The call is not open");
		}
		var application = new Application(0, call.id(), direction, applicant, ApplicationStatus.DRAFT, Profile.EMPTY,
				Map.of(), List.of(), List.of(), null, 0);
		application.history.add(new StatusChange(null, ApplicationStatus.DRAFT, "started", now));
		return application;
	}

	/** Saves what the applicant wrote; answers to questions the form does not ask are refused, overlong ones too. */
	void saveDraft(Call call, Profile profile, Map<String, String> newAnswers) {
		requireStatus(ApplicationStatus.DRAFT);
		for (var entry : newAnswers.entrySet()) {
			var field = call.settings().fields().stream().filter(f -> f.key().equals(entry.getKey())).findFirst()
				.orElseThrow(() -> new ExchangeRefusedException(ExchangeRefusedException.Reason.FIELD_UNKNOWN,
						"No such question", List.of(entry.getKey())));
			var value = entry.getValue() == null ? "" : entry.getValue().strip();
			if (value.length() > field.maxLength() || value.indexOf('\0') >= 0) {
				throw new ExchangeRefusedException(ExchangeRefusedException.Reason.FIELD_TOO_LONG, "Answer too long",
						List.of(field.key()));
			}
			if (value.isEmpty()) {
				answers.remove(field.key());
			}
			else {
				answers.put(field.key(), value);
			}
		}
		if (profile != null) {
			this.profile = profile;
		}
	}

	/** Keeps a document for one of the call's document slots, replacing an earlier upload for the same slot. */
	StoredDocument attach(Call call, StoredDocument document) {
		requireStatus(ApplicationStatus.DRAFT);
		var slot = call.settings().documents().stream().filter(d -> d.key().equals(document.key())).findFirst()
			.orElseThrow(() -> new ExchangeRefusedException(ExchangeRefusedException.Reason.DOCUMENT_UNKNOWN,
					"No such document", List.of(document.key())));
		if (!slot.types().contains(document.type())) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.DOCUMENT_TYPE,
					"This format is not accepted here", List.of(document.key()));
		}
		documents.removeIf(d -> d.key().equals(document.key()));
		documents.add(document);
		return document;
	}

	/** What is left to do before (and after) submitting, in the order of the form. */
	List<Todo> todo(Call call, List<EligibilityPolicy.Verdict> verdicts) {
		var todo = new ArrayList<Todo>();
		for (var field : call.settings().fields()) {
			if (field.required()) {
				todo.add(new Todo(Todo.Kind.ANSWER, field.key(), answers.containsKey(field.key())));
			}
		}
		for (var document : call.settings().documents()) {
			if (document.required()) {
				todo.add(new Todo(Todo.Kind.DOCUMENT, document.key(),
						documents.stream().anyMatch(d -> d.key().equals(document.key()))));
			}
		}
		for (var verdict : verdicts) {
			todo.add(new Todo(Todo.Kind.ELIGIBILITY, verdict.policy(), verdict.met()));
		}
		todo.add(new Todo(Todo.Kind.SUBMIT, "submit", status != ApplicationStatus.DRAFT));
		if (status.holdsAPlace()) {
			todo.add(new Todo(Todo.Kind.CONFIRM, "confirm", status == ApplicationStatus.CONFIRMED));
		}
		return todo;
	}

	void submit(Call call, List<EligibilityPolicy.Verdict> verdicts, Instant now) {
		requireStatus(ApplicationStatus.DRAFT);
		if (!call.isOpenOn(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC))) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.CALL_NOT_OPEN, "The call is not open");
		}
		var failed = verdicts.stream().filter(v -> !v.met()).map(EligibilityPolicy.Verdict::policy).toList();
		if (!failed.isEmpty()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.NOT_ELIGIBLE, "Not eligible", failed);
		}
		var missing = todo(call, verdicts).stream()
			.filter(t -> !t.done() && (t.kind() == Todo.Kind.ANSWER || t.kind() == Todo.Kind.DOCUMENT))
			.map(Todo::key)
			.toList();
		if (!missing.isEmpty()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.REQUIRED_ITEMS_MISSING, "Required items missing",
					missing);
		}
		submittedAt = now;
		move(ApplicationStatus.SUBMITTED, "submitted", now);
		events.add(new ApplicationSubmitted(id, callId, call.programId(), direction, call.year()));
	}

	void startReview(Instant now) {
		if (status == ApplicationStatus.SUBMITTED) {
			move(ApplicationStatus.UNDER_REVIEW, "review started", now);
		}
	}

	void accept(Call call, String reason, Instant now) {
		move(ApplicationStatus.ACCEPTED, reason, now);
		events.add(new ApplicationAccepted(id, callId, call.programId(), direction, call.year()));
	}

	void waitlist(Call call, String reason, Instant now) {
		move(ApplicationStatus.WAITLISTED, reason, now);
		events.add(new ApplicationWaitlisted(id, callId, call.programId(), direction, call.year()));
	}

	void reject(Call call, String reason, Instant now) {
		move(ApplicationStatus.REJECTED, reason, now);
		events.add(new ApplicationRejected(id, callId, call.programId(), direction, call.year()));
	}

	void confirm(Call call, Instant now) {
		move(ApplicationStatus.CONFIRMED, "place confirmed by the applicant", now);
		events.add(new ApplicationConfirmed(id, callId, call.programId(), direction, call.year()));
	}

	/** Withdraws the application (or declines the place); says whether a place was freed for the waiting list. */
	boolean withdraw(Call call, String reason, Instant now) {
		boolean held = status.holdsAPlace();
		move(ApplicationStatus.WITHDRAWN, reason == null || reason.isBlank() ? "withdrawn by the applicant" : reason,
				now);
		events.add(new ApplicationWithdrawn(id, callId, call.programId(), direction, call.year(), held));
		return held;
	}

	private void move(ApplicationStatus next, String reason, Instant now) {
		if (!status.canGoTo(next)) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.TRANSITION,
					"An application " + status + " cannot become " + next, List.of(status.name(), next.name()));
		}
		history.add(new StatusChange(status, next, reason, now));
		status = next;
	}

	private void requireStatus(ApplicationStatus expected) {
		if (status != expected) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.TRANSITION,
					"Only a " + expected + " application can change this way", List.of(status.name()));
		}
	}

	List<Object> takeEvents() {
		var taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	public long id() {
		return id;
	}

	public long callId() {
		return callId;
	}

	public Direction direction() {
		return direction;
	}

	public Applicant applicant() {
		return applicant;
	}

	public ApplicationStatus status() {
		return status;
	}

	public Profile profile() {
		return profile;
	}

	public Map<String, String> answers() {
		return java.util.Collections.unmodifiableMap(answers);
	}

	public List<StoredDocument> documents() {
		return List.copyOf(documents);
	}

	public List<StatusChange> history() {
		return List.copyOf(history);
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	int version() {
		return version;
	}

	/** A copy with the id the database gave it, and the events raised so far carried over. */
	Application withId(long newId) {
		var copy = new Application(newId, callId, direction, applicant, status, profile, answers, documents, history,
				submittedAt, version);
		return copy;
	}
}
