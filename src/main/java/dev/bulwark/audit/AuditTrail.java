package dev.bulwark.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.AuditEvent;
import dev.bulwark.shared.AuditableEvent;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.SpreadsheetCells;
import dev.bulwark.shared.TimeZones;
import jakarta.servlet.http.HttpServletRequest;

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

	AuditTrail(AuditRepository repository, Clock clock, ApplicationEventPublisher events, Practices practices) {
		this.repository = repository;
		this.clock = clock;
		this.events = events;
		this.practices = practices;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditableEvent event) {
		UUID practiceId = event.practiceId() == null ? INSTALLATION : event.practiceId();
		AuditRepository.ChainHead head = this.repository.lockHead(practiceId);
		UUID actorId = event.actorUserId();
		String actorLabel = event.actorLabel();
		if (actorId == null && actorLabel == null) {
			Actor actor = CurrentActor.find().orElse(null);
			if (actor != null) {
				actorId = actor.userId();
				actorLabel = actor.email() + (actor.viaApiToken() ? " (API token)" : "");
			}
			else {
				actorLabel = authenticatedName();
			}
		}
		// Millisecond precision: what every supported database stores exactly, so the
		// hash can be recomputed.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		AuditEntry unsigned = new AuditEntry(practiceId, head.lastSeq() + 1, now, actorId, truncate(actorLabel, 320),
				event.action(), event.objectType(), truncate(event.objectId(), 100), truncate(event.summary(), 1000),
				remoteAddress(), head.lastHash(), null);
		AuditEntry entry = withHash(unsigned);
		this.repository.append(entry);
	}

	/**
	 * Entries of one practice, newest first. The filter's dates are the practice's local
	 * dates.
	 */
	@Transactional
	public List<AuditEntry> search(UUID practiceId, AuditFilter filter, int page) {
		this.events.publishEvent(AuditEvent.of(practiceId, "audit.viewed", "audit-trail", null,
				"Audit trail viewed (" + filter.describe() + ")"));
		return this.repository.search(practiceId, zone(practiceId), filter, PAGE_SIZE, Math.max(0, page) * PAGE_SIZE);
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
		this.events.publishEvent(AuditEvent.of(practiceId, "audit.exported", "audit-trail", null,
				"Audit trail exported as CSV (" + filter.describe() + ")"));
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
	 * Recomputes every chain from its first entry: sequence numbers without gaps, each
	 * entry's previous hash equal to its predecessor's hash, each stored hash equal to
	 * the recomputed one, and the chain head pointing at the last entry (which catches
	 * removed entries at the end).
	 */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		long checked = 0;
		java.util.Map<UUID, AuditRepository.ChainHead> heads = new java.util.HashMap<>();
		for (AuditRepository.ChainHead head : this.repository.heads()) {
			heads.put(head.practiceId(), head);
		}
		java.util.Set<UUID> chains = new java.util.TreeSet<>(heads.keySet());
		chains.addAll(this.repository.practicesWithEntries());
		for (UUID practiceId : chains) {
			long expectedSeq = 1;
			String previousHash = AuditHash.GENESIS;
			try (Stream<AuditEntry> entries = this.repository.chain(practiceId)) {
				Iterator<AuditEntry> iterator = entries.iterator();
				while (iterator.hasNext()) {
					AuditEntry entry = iterator.next();
					checked++;
					if (entry.seq() != expectedSeq) {
						return AuditVerification.broken(checked, practiceId, expectedSeq,
								"entry " + expectedSeq + " is missing (found " + entry.seq() + " next)");
					}
					if (!entry.prevHash().equals(previousHash)) {
						return AuditVerification.broken(checked, practiceId, entry.seq(),
								"its previous-hash does not match the entry before it");
					}
					if (!AuditHash.of(entry).equals(entry.hash())) {
						return AuditVerification.broken(checked, practiceId, entry.seq(),
								"its content does not match its hash (changed after it was written)");
					}
					previousHash = entry.hash();
					expectedSeq++;
				}
			}
			AuditRepository.ChainHead head = heads.get(practiceId);
			long last = expectedSeq - 1;
			if (head == null || head.lastSeq() != last || !head.lastHash().equals(previousHash)) {
				return AuditVerification.broken(checked, practiceId, last + 1,
						"the chain ends at entry " + last + " but its head records "
								+ (head == null ? "no entries" : "entry " + head.lastSeq())
								+ " (entries removed from the end?)");
			}
		}
		return AuditVerification.ok(checked);
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

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
