package org.amity.partnership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.amity.shared.PartialDate;

/**
 * A partnership between two governments: its type, the date it began, its status with the kept history of every
 * change, and the agreements and milestones that frame it. The aggregate guards its own rules: a status changes only
 * along the lifecycle, an agreement is signed only by the two partners, and the founding agreement dates the
 * partnership when nothing else did.
 */
public class Partnership {

	private Long id;
	private final String slug;
	private final long placeA;
	private final long placeB;
	private PartnershipType type;
	private PartialDate since;
	private PartnershipStatus status;
	private boolean curated;
	private int version;
	private final List<StatusChange> history;
	private final List<Agreement> agreements;
	private final List<Source> sources;
	private final List<Object> events = new ArrayList<>();

	Partnership(Long id, String slug, long placeA, long placeB, PartnershipType type, PartialDate since,
			PartnershipStatus status, boolean curated, int version, List<StatusChange> history,
			List<Agreement> agreements, List<Source> sources) {
		this.id = id;
		this.slug = Objects.requireNonNull(slug);
		this.placeA = placeA;
		this.placeB = placeB;
		this.type = Objects.requireNonNull(type);
		this.since = since;
		this.status = Objects.requireNonNull(status);
		this.curated = curated;
		this.version = version;
		this.history = new ArrayList<>(history);
		this.agreements = new ArrayList<>(agreements);
		this.sources = new ArrayList<>(sources);
	}

	/**
	 * A new partnership between two different places, in the given status from the given date; the places are kept
	 * in a fixed order so that A–B and B–A are one partnership.
	 */
	public static Partnership register(long onePlace, long otherPlace, String slug, PartnershipType type,
			PartialDate since, PartnershipStatus status, boolean curated, Source source) {
		if (onePlace == otherPlace) {
			throw new PartnershipRefusedException(PartnershipRefusedException.Reason.SAME_PLACE,
					"A place cannot be its own partner");
		}
		var partnership = new Partnership(null, slug, Math.min(onePlace, otherPlace), Math.max(onePlace, otherPlace),
				type, since, status, curated, 0,
				List.of(new StatusChange(status, since, null, source.name(), Instant.now())), List.of(),
				List.of(source));
		return partnership;
	}

	/** Moves the partnership along its lifecycle, keeping the change in its history. */
	public void changeStatus(PartnershipStatus next, PartialDate effective, String reason, String source) {
		if (!status.canBecome(next)) {
			throw new PartnershipRefusedException(PartnershipRefusedException.Reason.STATUS_TRANSITION,
					"A partnership that is " + status + " cannot become " + next);
		}
		var previous = status;
		status = next;
		history.add(new StatusChange(next, effective, reason, source, Instant.now()));
		if (id != null) {
			events.add(new PartnershipStatusChanged(id, previous, next, effective));
		}
	}

	/** Records an agreement or milestone; only the two partners can be its signatories. */
	public void recordAgreement(Agreement agreement) {
		for (var signature : agreement.signatures()) {
			if (!involves(signature.placeId())) {
				throw new PartnershipRefusedException(PartnershipRefusedException.Reason.NOT_A_PARTY,
						"Only the two partners can sign an agreement of this partnership");
			}
		}
		agreements.add(agreement);
		if (agreement.kind() == AgreementKind.FOUNDING_AGREEMENT && since == null) {
			since = agreement.signedOn();
		}
	}

	/**
	 * Takes the type and date of an official list (the city government's own record), which win over anything
	 * scraped; a partnership that was only known to be signed becomes active, as the list names it current.
	 */
	public void confirmFromOfficialList(PartnershipType officialType, PartialDate officialSince, Source source) {
		type = officialType;
		if (officialSince != null) {
			since = officialSince;
		}
		curated = true;
		addSource(source);
		if (status == PartnershipStatus.SIGNED || status == PartnershipStatus.PROPOSED) {
			if (status == PartnershipStatus.PROPOSED) {
				changeStatus(PartnershipStatus.SIGNED, officialSince, "official list", source.name());
			}
			changeStatus(PartnershipStatus.ACTIVE, officialSince, "official list", source.name());
		}
	}

	/** Adds a source that also lists this partnership; its curated facts stay as they are. */
	public boolean addSource(Source source) {
		if (sources.stream().anyMatch(s -> s.name().equals(source.name()))) {
			return false;
		}
		sources.add(source);
		return true;
	}

	public boolean involves(long placeId) {
		return placeA == placeId || placeB == placeId;
	}

	/** The other side of the partnership, seen from one of its places. */
	public long partnerOf(long placeId) {
		if (!involves(placeId)) {
			throw new IllegalArgumentException("Place " + placeId + " is not a party to " + slug);
		}
		return placeA == placeId ? placeB : placeA;
	}

	List<Object> takeEvents() {
		var taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	void assignId(long id) {
		this.id = id;
	}

	void incrementVersion() {
		version++;
	}

	public Long id() {
		return id;
	}

	public String slug() {
		return slug;
	}

	public long placeA() {
		return placeA;
	}

	public long placeB() {
		return placeB;
	}

	public PartnershipType type() {
		return type;
	}

	public PartialDate since() {
		return since;
	}

	public PartnershipStatus status() {
		return status;
	}

	public boolean curated() {
		return curated;
	}

	public int version() {
		return version;
	}

	public List<StatusChange> history() {
		return Collections.unmodifiableList(history);
	}

	/** Agreements and milestones in the order they were signed, undated ones last. */
	public List<Agreement> agreements() {
		var sorted = new ArrayList<>(agreements);
		sorted.sort((x, y) -> x.signedOn() == null ? 1 : y.signedOn() == null ? -1 : x.signedOn().compareTo(y.signedOn()));
		return Collections.unmodifiableList(sorted);
	}

	List<Agreement> unsortedAgreements() {
		return Collections.unmodifiableList(agreements);
	}

	public List<Source> sources() {
		return Collections.unmodifiableList(sources);
	}

	/** Where a record came from: a dataset or an official list, with a reference into it (a line, a page). */
	public record Source(String name, String reference) {

		public Source {
			Objects.requireNonNull(name);
		}
	}
}
