package dev.bulwark.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.AfterCommit;
import dev.bulwark.shared.AuditableEvent;
import dev.bulwark.shared.AuditableRead;
import dev.bulwark.shared.ChangeCommitted;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.KeptContent;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.SpreadsheetCells;
import dev.bulwark.shared.TimeZones;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail: records, searches, exports and verifies entries.
 * <p>
 * Modules do not call {@link #record} directly; they publish an {@link AuditableEvent}
 * and this service writes it synchronously in the publisher's transaction (joining it, or
 * starting one if there is none).
 */
@Service
public class AuditTrail {

	/**
	 * Chain for events that belong to no practice, such as a failed sign-in for an
	 * unknown account.
	 */
	public static final UUID INSTALLATION = new UUID(0, 0);

	public static final int PAGE_SIZE = 50;

	private final AuditRepository repository;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Practices practices;

	private final AuditAnchor anchor;

	/**
	 * Reads recorded lately (committed), so that the same read is recorded once per
	 * {@code bulwark.audit.repeated-reads}: see {@link AuditableRead}.
	 */
	private final KeptContent<RecordedRead, Boolean> recentReads;

	AuditTrail(AuditRepository repository, Clock clock, ApplicationEventPublisher events, Practices practices,
			AuditAnchor anchor, @Value("${bulwark.audit.repeated-reads:5m}") Duration repeatedReads) {
		this.repository = repository;
		this.clock = clock;
		this.events = events;
		this.practices = practices;
		this.anchor = anchor;
		this.recentReads = new KeptContent<>(repeatedReads, 10_000);
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditableEvent event) {
		UUID practiceId = event.practiceId() == null ? INSTALLATION : event.practiceId();
		UUID actorId = event.actorUserId();
		String actorLabel = event.actorLabel();
		if (actorId == null && actorLabel == null) {
			Actor actor = CurrentActor.find().orElse(null);
			if (actor != null) {
				actorId = actor.userId();
				actorLabel = label(actor.displayName(), actor.email()) + (actor.viaApiToken() ? " (API token)" : "");
			}
			else {
				actorLabel = authenticatedName();
			}
		}
		// Millisecond precision: what every supported database stores exactly, so the
		// hash can be recomputed.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String address = remoteAddress();
		RecordedRead read = (event instanceof AuditableRead) ? new RecordedRead(practiceId, actorId, actorLabel,
				event.action(), event.objectId(), event.summary(), address) : null;
		if (read != null && this.recentReads.holds(read, now)) {
			return;
		}
		// The chain lock is taken only for an entry that will be written.
		AuditRepository.ChainHead head = this.repository.lockHead(practiceId);
		AuditEntry unsigned = new AuditEntry(practiceId, head.lastSeq() + 1, now, actorId, truncate(actorLabel, 320),
				event.action(), event.objectType(), truncate(event.objectId(), 100), truncate(event.summary(), 1000),
				address, head.lastHash(), null);
		AuditEntry entry = withHash(unsigned);
		this.repository.append(entry);
		if (read != null) {
			// Only once the entry is committed: a read whose transaction rolls back is
			// recorded by the next one.
			AfterCommit.run(() -> this.recentReads.keep(read, Boolean.TRUE, now));
		}
		else {
			UUID changed = event.practiceId();
			AfterCommit.run(() -> this.events.publishEvent(new ChangeCommitted(changed)));
		}
		if (head.lastSeq() == 0) {
			// A new chain: anchor it at once, so that even wiping it entirely is noticed.
			this.anchor.afterNewChainCommits();
		}
	}

	/**
	 * How a person appears in the trail: their name and e-mail address, e.g.
	 * {@code Pat Lee <pat@clinic.example>}. The person filter matches either part.
	 */
	public static String label(String displayName, String email) {
		return Actor.label(displayName, email);
	}

	/**
	 * Entries of one practice, newest first. The filter's dates are the practice's local
	 * dates.
	 */
	@Transactional
	public List<AuditEntry> search(UUID practiceId, AuditFilter filter, int page) {
		viewed(practiceId, filter);
		return entries(practiceId, filter, page);
	}

	/** Records that the trail was viewed with {@code filter}: the page's audited read. */
	@Transactional
	void viewed(UUID practiceId, AuditFilter filter) {
		this.events.publishEvent(new AuditTrailViewed(practiceId, filter.describe()));
	}

	/**
	 * A page of entries, newest first, without recording the read (see {@link #viewed}).
	 */
	List<AuditEntry> entries(UUID practiceId, AuditFilter filter, int page) {
		return this.repository.search(practiceId, zone(practiceId), filter, PAGE_SIZE, Paging.offset(page, PAGE_SIZE));
	}

	/**
	 * The number of the practice's latest entry (0 before the first): it changes with
	 * every entry written, so a page kept under it is never out of date.
	 */
	long lastSeq(UUID practiceId) {
		return this.repository.lastSeq(practiceId);
	}

	public long count(UUID practiceId, AuditFilter filter) {
		return this.repository.count(practiceId, zone(practiceId), filter);
	}

	/**
	 * Writes the matching entries of one practice as CSV (oldest first) and records the
	 * export.
	 */
	@Transactional
	public void exportCsv(UUID practiceId, AuditFilter filter, Writer out) {
		this.events.publishEvent(new AuditTrailExported(practiceId, filter.describe()));
		writeCsv(practiceId, filter, out);
	}

	/**
	 * The CSV alone, without recording an export: for the audit binder, which records its
	 * own.
	 */
	void writeCsv(UUID practiceId, AuditFilter filter, Writer out) {
		// The caller owns the writer: flush, never close it.
		CsvWriter csv = CsvWriter.builder().build(out);
		try {
			csv.writeRecord("sequence", "occurred_at_utc", "actor", "actor_user_id", "action", "object_type",
					"object_id", "summary", "remote_address", "previous_hash", "hash");
			this.repository.forEach(practiceId, zone(practiceId), filter,
					(entry) -> csv.writeRecord(String.valueOf(entry.seq()), entry.occurredAt().toString(),
							SpreadsheetCells.export(entry.actorLabel()), Objects.toString(entry.actorUserId(), ""),
							entry.action(), SpreadsheetCells.export(entry.objectType()),
							SpreadsheetCells.export(entry.objectId()), SpreadsheetCells.export(entry.summary()),
							SpreadsheetCells.export(entry.remoteAddress()), entry.prevHash(), entry.hash()));
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Recomputes every chain from its first entry and checks it against the checkpoints
	 * that anchor it (see {@link AuditVerifier}); reports at most one problem per chain.
	 */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		return new AuditVerifier(this.repository).verify(Optional.empty());
	}

	/**
	 * As {@link #verify()}, and also against a checkpoint exported earlier and kept
	 * outside the database.
	 * @throws dev.bulwark.shared.InvalidInputException if the file is not an export
	 */
	@Transactional(readOnly = true)
	public AuditVerification verify(Reader exportedCheckpoint) throws IOException {
		return new AuditVerifier(this.repository).verify(Optional.of(CheckpointExport.read(exportedCheckpoint)));
	}

	/**
	 * Anchors every chain in a fresh checkpoint (if anything changed since the last) and
	 * writes the latest checkpoint with every chain's anchored head, for the
	 * administrator to keep outside the database. The export itself is recorded in the
	 * installation chain, and anchored in the same checkpoint.
	 * @return the number of the checkpoint written out, or empty if there is none (no
	 * audit entries at all)
	 */
	@Transactional
	public Optional<Long> exportCheckpoint(PrintWriter out) {
		this.events.publishEvent(new AuditCheckpointExported());
		this.anchor.checkpoint();
		Optional<AuditRepository.ChainHead> head = this.repository.checkpointHead();
		if (head.isEmpty() || head.get().lastSeq() == 0) {
			return Optional.empty();
		}
		AuditCheckpoint latest = this.repository.checkpoint(head.get().lastSeq()).orElseThrow();
		new CheckpointExport(latest.seq(), latest.createdAt(), latest.hash(),
				List.copyOf(this.repository.anchoredChains().values()))
			.write(out);
		return Optional.of(latest.seq());
	}

	/** The practice's time zone; UTC for the installation's own chain. */
	private ZoneId zone(UUID practiceId) {
		return this.practices.find(practiceId).map(PracticeDetails::zone).orElse(TimeZones.UTC);
	}

	static AuditEntry withHash(AuditEntry entry) {
		return new AuditEntry(entry.practiceId(), entry.seq(), entry.occurredAt(), entry.actorUserId(),
				entry.actorLabel(), entry.action(), entry.objectType(), entry.objectId(), entry.summary(),
				entry.remoteAddress(), entry.prevHash(), AuditHash.of(entry));
	}

	private static String authenticatedName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getName())) {
			return RequestContextHolder.getRequestAttributes() == null ? "system" : "anonymous";
		}
		return authentication.getName();
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return "local";
	}

	/** One person's read of one object from one address, as recorded. */
	private record RecordedRead(UUID practiceId, UUID actorId, String actorLabel, String action, String objectId,
			String summary, String address) {
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
