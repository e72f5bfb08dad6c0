package org.amity.exchange;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.amity.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An applicant's use cases: starting an application, saving the draft, uploading documents, submitting,
 * confirming or declining a place, withdrawing; and what the applicant sees (to-do list, eligibility explained).
 * The applicant is recognised by the application's access key, a long random secret only they were given; the
 * staff's reading of applications goes through {@link #forStaff(long)}.
 */
@Service
public class Applications {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ExchangeRepository repository;
	private final Calls calls;
	private final DocumentStore documents;
	private final Selections selections;
	private final ExchangeClock clock;
	private final ApplicationEventPublisher events;
	private final ExchangeAccess access;
	private final ExchangeAudit audit;

	Applications(ExchangeRepository repository, Calls calls, DocumentStore documents, Selections selections,
			ExchangeClock clock, ApplicationEventPublisher events, ExchangeAccess access, ExchangeAudit audit) {
		this.access = access;
		this.audit = audit;
		this.repository = repository;
		this.calls = calls;
		this.documents = documents;
		this.selections = selections;
		this.clock = clock;
		this.events = events;
	}

	/** What an applicant sees of their application. */
	public record View(Application application, Call call, List<Application.Todo> todo,
			List<EligibilityPolicy.Verdict> eligibility, Integer waitingListPosition, Long hostId) {
	}

	/** Starts a draft; one application per address and call. */
	@Transactional
	public Application start(long callId, Direction direction, String name, String email, String language,
			boolean demo) {
		var call = calls.get(callId);
		var applicant = new Application.Applicant(name, email, language, newKey());
		if (repository.applicationByEmail(callId, applicant.email()).isPresent()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.ALREADY_APPLIED,
					"This address already has an application to this call");
		}
		var draft = Application.start(call, direction, applicant, clock.now());
		try {
			var started = repository.application(repository.insert(draft, demo)).orElseThrow();
			started.history().forEach(change -> audit.status(started, change));
			return started;
		}
		catch (DuplicateKeyException raced) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.ALREADY_APPLIED,
					"This address already has an application to this call");
		}
	}

	@Transactional(readOnly = true)
	public View view(String accessKey) {
		return view(byKey(accessKey));
	}

	@Transactional
	public View saveDraft(String accessKey, Profile profile, Map<String, String> answers) {
		return change(accessKey, (application, call) -> application.saveDraft(call, profile, answers));
	}

	/** Checks and keeps an uploaded document for one of the call's slots; a refused file leaves nothing behind. */
	@Transactional
	public View upload(String accessKey, String slot, String uploadedName, byte[] bytes) {
		var application = byKey(accessKey);
		var call = calls.get(application.callId());
		if (application.status() != ApplicationStatus.DRAFT) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.TRANSITION,
					"Documents are added to drafts only");
		}
		var type = DocumentStore.check(bytes);
		// the slot and format are checked before anything is written
		application.attach(call, new Application.StoredDocument(0, slot, type, bytes.length, "check", clock.now()));
		var stored = documents.store(uploadedName, bytes);
		var document = new Application.StoredDocument(0, slot, stored.type(), stored.size(), stored.displayName(),
				clock.now());
		var replaced = repository.putDocument(application.id(), document, stored.storedName(), stored.sha256());
		// the files follow the transaction: the new one goes if it rolls back, the replaced one only once it commits
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_COMMITTED) {
					replaced.ifPresent(documents::delete);
				}
				else {
					documents.delete(stored.storedName());
				}
			}
		});
		return view(byKey(accessKey));
	}

	/** A stored document, for its applicant. */
	@Transactional(readOnly = true)
	public Download document(String accessKey, String slot) {
		return download(byKey(accessKey), slot);
	}

	/** A stored document, for the call's staff. */
	@Transactional(readOnly = true)
	public Download documentForStaff(long applicationId, String slot) {
		return download(forStaff(applicationId), slot);
	}

	public record Download(String displayName, DocumentType type, byte[] bytes) {
	}

	@Transactional
	public View submit(String accessKey) {
		return change(accessKey, (application, call) -> application.submit(call, verdicts(application, call),
				clock.now()));
	}

	@Transactional
	public View confirmPlace(String accessKey) {
		return change(accessKey, (application, call) -> application.confirm(call, clock.now()));
	}

	/** Withdraws, or declines a place offered; a freed place goes to the first on the waiting list. */
	@Transactional
	public View withdraw(String accessKey, String reason) {
		var application = byKey(accessKey);
		var call = calls.get(application.callId());
		int known = application.history().size();
		boolean freed = application.withdraw(call, reason, clock.now());
		save(application, known);
		if (freed) {
			selections.promoteAfter(call, application);
		}
		else {
			selections.leaveWaitingList(call, application);
		}
		return view(byKey(accessKey));
	}

	@Transactional(readOnly = true)
	public Application forStaff(long applicationId) {
		var application = repository.application(applicationId)
			.orElseThrow(() -> new NotFoundException("application", String.valueOf(applicationId)));
		mayReadApplications(application.callId());
		return application;
	}

	@Transactional(readOnly = true)
	public List<Application> ofCall(long callId) {
		mayReadApplications(callId);
		return repository.applications(callId);
	}

	@Transactional(readOnly = true)
	public boolean isDemo(long applicationId) {
		return repository.isDemo(applicationId);
	}

	private View change(String accessKey, java.util.function.BiConsumer<Application, Call> change) {
		var application = byKey(accessKey);
		var call = calls.get(application.callId());
		int known = application.history().size();
		change.accept(application, call);
		save(application, known);
		return view(byKey(accessKey));
	}

	void save(Application application, int knownHistory) {
		if (!repository.update(application, knownHistory)) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.CONCURRENT_CHANGE,
					"The application changed meanwhile");
		}
		application.history().subList(knownHistory, application.history().size())
			.forEach(change -> audit.status(application, change));
		application.takeEvents().forEach(events::publishEvent);
	}

	List<EligibilityPolicy.Verdict> verdicts(Application application, Call call) {
		int prior = repository.priorParticipations(application.applicant().email(), call.id());
		return EligibilityPolicy.judgeAll(call,
				new EligibilityPolicy.Facts(application.profile(), application.direction(), prior));
	}

	private View view(Application application) {
		var call = calls.get(application.callId());
		var verdicts = verdicts(application, call);
		var position = application.status() == ApplicationStatus.WAITLISTED
				? repository.waitingList(call.id(), application.direction()).position(application.id()).orElse(null)
				: null;
		return new View(application, call, application.todo(call, verdicts), verdicts, position,
				repository.placement(application.id()).orElse(null));
	}

	private Download download(Application application, String slot) {
		var document = application.documents().stream().filter(d -> d.key().equals(slot)).findFirst()
			.orElseThrow(() -> new NotFoundException("document", slot));
		var stored = repository.storedName(application.id(), slot).orElseThrow();
		return new Download(document.displayName(), document.type(), documents.read(stored));
	}

	/** The applicant's key is the only thing that opens their application; unknown keys look like missing pages. */
	private Application byKey(String accessKey) {
		if (accessKey == null || !accessKey.matches("[A-Za-z0-9_-]{20,64}")) {
			throw new NotFoundException("application", "?");
		}
		return repository.applicationByKey(accessKey).orElseThrow(() -> new NotFoundException("application", "?"));
	}

	/** Applications are read by the call's reviewers and coordinators. */
	private void mayReadApplications(long callId) {
		access.reviewerOfCall(callId);
	}

	private static String newKey() {
		var bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
