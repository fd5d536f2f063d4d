package dev.bulwark.inventory;

import java.io.Reader;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to assets: add, change, dispose of, media re-use, CSV import and export, and
 * the yearly review. Each command takes the acting person first, runs in one transaction,
 * publishes its {@link InventoryEvent} (the audit entry) and re-derives the findings.
 * Only this module's controllers call it.
 */
@Service
class AssetService {

	private static final Logger log = LoggerFactory.getLogger(AssetService.class);

	private final AssetRepository assets;

	private final NetworkRepository network;

	private final Findings findings;

	private final ApplicationEventPublisher events;

	private final Validator validator;

	private final Clock clock;

	AssetService(AssetRepository assets, NetworkRepository network, Findings findings, ApplicationEventPublisher events,
			Validator validator, Clock clock) {
		this.assets = assets;
		this.network = network;
		this.findings = findings;
		this.events = events;
		this.validator = validator;
		this.clock = clock;
	}

	@Transactional
	AssetDetails add(Actor actor, AssetForm form) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		Asset.checkNew(form, today(actor), problems);
		checkSegment(actor, form, problems);
		problems.throwIfAny();
		UUID id = UUID.randomUUID();
		this.assets.insert(actor.practiceId(), new AssetRepository.NewAsset(id, form, null, null, null),
				this.clock.instant());
		this.events.publishEvent(Asset.added(actor.practiceId(), id, form));
		return this.findings.recomputeAndList(actor.practiceId(), actor.zone())
			.stream()
			.filter((asset) -> asset.id().equals(id))
			.findFirst()
			.orElseGet(() -> get(actor, id));
	}

	@Transactional
	AssetDetails change(Actor actor, UUID id, AssetForm form) {
		Asset asset = Asset.of(actor.practiceId(), get(actor, id));
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		asset.checkChange(form, today(actor), problems);
		checkSegment(actor, form, problems);
		problems.throwIfAny();
		InventoryEvent.AssetChanged changed = asset.change(form);
		this.assets.update(actor.practiceId(), id, form, this.clock.instant());
		this.events.publishEvent(changed);
		this.findings.recompute(actor.practiceId(), actor.zone());
		return get(actor, id);
	}

	/** Takes an asset out of service with its disposal record (164.310(d)(2)(i)). */
	@Transactional
	AssetDetails dispose(Actor actor, UUID id, RetireForm form) {
		InventoryEvent.AssetDisposedOf disposed = Asset.of(actor.practiceId(), get(actor, id))
			.dispose(form, today(actor));
		this.assets.retire(actor.practiceId(), id, form, this.clock.instant());
		this.events.publishEvent(disposed);
		this.findings.recompute(actor.practiceId(), actor.zone());
		return get(actor, id);
	}

	/** Records that a device or medium was wiped before re-use (164.310(d)(2)(ii)). */
	@Transactional
	MediaReuseRecord recordReuse(Actor actor, UUID assetId, MediaReuseForm form) {
		UUID reuseId = UUID.randomUUID();
		InventoryEvent.MediaReuseRecorded recorded = Asset.of(actor.practiceId(), get(actor, assetId))
			.recordReuse(reuseId, form, today(actor));
		MediaReuseRecord record = new MediaReuseRecord(reuseId, assetId, form.reusedOn(), form.sanitizationMethod(),
				form.performedBy(), form.reusedFor());
		this.assets.insertReuse(actor.practiceId(), record, this.clock.instant());
		this.events.publishEvent(recorded);
		return record;
	}

	/**
	 * Imports assets from CSV in one transaction. With {@code validOnly} false (the
	 * default) nothing is saved if any row is rejected; with it true the valid rows are
	 * saved and the rejected ones reported. Network segments the file names are created.
	 */
	@Transactional
	ImportResult importCsv(Actor actor, Reader csv, boolean validOnly) {
		UUID practiceId = actor.practiceId();
		long start = System.nanoTime();
		AssetCsv.Parsed parsed = AssetCsv.parse(csv, this.validator, today(actor));
		long parsedAt = System.nanoTime();
		boolean headerBroken = parsed.rows().isEmpty() && !parsed.rejected().isEmpty()
				&& parsed.rejected().get(0).line() <= 1;
		if (parsed.rows().isEmpty() || headerBroken || (!parsed.rejected().isEmpty() && !validOnly)) {
			this.events.publishEvent(
					new InventoryEvent.AssetImportRejected(practiceId, parsed.rows().size(), parsed.rejected().size()));
			return new ImportResult(0, parsed.rejected(), false, 0);
		}
		Instant now = this.clock.instant();
		Map<String, UUID> segments = new HashMap<>();
		for (NetworkSegmentDetails segment : this.network.segments(practiceId)) {
			segments.put(NetworkRepository.nameKey(segment.name()), segment.id());
		}
		int segmentsCreated = 0;
		List<AssetRepository.NewAsset> rows = new ArrayList<>(parsed.rows().size());
		for (AssetCsv.Row row : parsed.rows()) {
			UUID segmentId = null;
			if (row.segmentName() != null) {
				String key = NetworkRepository.nameKey(row.segmentName());
				segmentId = segments.get(key);
				if (segmentId == null) {
					segmentId = UUID.randomUUID();
					this.network.insertSegment(practiceId, segmentId,
							new NetworkSegmentForm(row.segmentName(), guessKind(row.segmentName()), null, null), now);
					segments.put(key, segmentId);
					segmentsCreated++;
				}
			}
			rows.add(new AssetRepository.NewAsset(UUID.randomUUID(), row.form().inSegment(segmentId), row.disposedOn(),
					row.disposalMethod(), row.disposedBy()));
		}
		this.assets.insertAll(practiceId, rows, now);
		long insertedAt = System.nanoTime();
		this.events.publishEvent(
				new InventoryEvent.AssetsImported(practiceId, rows.size(), parsed.rejected().size(), segmentsCreated));
		this.findings.afterImport(practiceId, rows.stream().map(AssetRepository.NewAsset::id).toList(), actor.zone());
		if (log.isDebugEnabled()) {
			log.debug("CSV import of {} rows: parse and check {} ms, insert {} ms, findings {} ms", rows.size(),
					(parsedAt - start) / 1_000_000, (insertedAt - parsedAt) / 1_000_000,
					(System.nanoTime() - insertedAt) / 1_000_000);
		}
		return new ImportResult(rows.size(), parsed.rejected(), true, segmentsCreated);
	}

	/**
	 * A segment named in an import gets its purpose from its name where that is clear.
	 */
	static SegmentKind guessKind(String name) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		if (lower.contains("guest") || lower.contains("public") || lower.contains("visitor")) {
			return SegmentKind.GUEST;
		}
		if (lower.contains("medical") || lower.contains("device") || lower.contains("imaging")) {
			return SegmentKind.MEDICAL_DEVICES;
		}
		if (lower.contains("clinic") || lower.contains("ehr") || lower.contains("exam")) {
			return SegmentKind.CLINICAL;
		}
		if (lower.contains("admin") || lower.contains("office") || lower.contains("staff")) {
			return SegmentKind.ADMINISTRATIVE;
		}
		if (lower.contains("server")) {
			return SegmentKind.SERVERS;
		}
		return SegmentKind.OTHER;
	}

	/**
	 * Writes the whole inventory, disposed assets included, and records the export: the
	 * file lists every system holding ePHI, so who took it is audited.
	 */
	@Transactional
	void exportCsv(Actor actor, Writer out) {
		this.events.publishEvent(
				new InventoryEvent.InventoryExported(actor.practiceId(), this.assets.countAll(actor.practiceId())));
		CsvWriter csv = CsvWriter.builder().build(out);
		AssetCsv.writeHeader(csv);
		this.assets.forEach(actor.practiceId(), AssetCsv.writer(csv));
		AssetCsv.flush(csv);
	}

	/**
	 * Records that the actor reviewed the inventory and data-flow map today; the yearly
	 * review finding closes at once.
	 */
	@Transactional
	void markReviewed(Actor actor, ReviewForm form) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.network.insertReview(actor.practiceId(), id, now, actor.userId(),
				actor.displayName() + " <" + actor.email() + ">", form.notes());
		LocalDate today = today(actor);
		this.events.publishEvent(new InventoryEvent.InventoryReviewed(actor.practiceId(), id, today));
		this.findings.refreshReview(actor.practiceId(), today, actor.zone());
	}

	/** The practice's local date: deadlines and "not in the future" count in its days. */
	LocalDate today(Actor actor) {
		return LocalDate.ofInstant(this.clock.instant(), actor.zone());
	}

	private void checkSegment(Actor actor, AssetForm form, InvalidInputException.Problems problems) {
		problems.addIf(
				form.segmentId() != null && this.network.findSegment(actor.practiceId(), form.segmentId()).isEmpty(),
				"segmentId", "That network segment does not exist in this practice.");
	}

	private AssetDetails get(Actor actor, UUID id) {
		return this.assets.find(actor.practiceId(), id).orElseThrow(() -> NotFoundException.of("Asset", id));
	}

}
