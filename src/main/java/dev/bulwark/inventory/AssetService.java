package dev.bulwark.inventory;

import java.io.Reader;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.bulwark.shared.AuditEvent;
import dev.bulwark.shared.NotFoundException;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to assets: create, update, retire, media re-use, CSV import and export, and the
 * yearly review. Every change is audited in its own transaction and re-derives the
 * findings.
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

	/**
	 * Problems with an asset form beyond its annotations, keyed by field.
	 * @param before the asset being edited, or {@code null} for a new one
	 */
	Map<String, String> formErrors(UUID practiceId, AssetDetails before, AssetForm form) {
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		if (form.segmentId() != null && this.network.findSegment(practiceId, form.segmentId()).isEmpty()) {
			errors.put("segmentId", "That network segment does not exist in this practice.");
		}
		boolean wasDisposed = before != null && before.status() == AssetStatus.DISPOSED;
		if (wasDisposed && form.status() != AssetStatus.DISPOSED) {
			errors.put("status", "This asset was disposed of; it cannot be put back into use. Record a "
					+ "replacement as a new asset.");
		}
		else if (!wasDisposed && form.status() == AssetStatus.DISPOSED) {
			errors.put("status", "To dispose of an asset, use \"Retire\" and record how its data was destroyed.");
		}
		return errors;
	}

	@Transactional
	public AssetDetails create(UUID practiceId, AssetForm form) {
		Forms.rejectIfAny(formErrors(practiceId, null, form));
		UUID id = UUID.randomUUID();
		this.assets.insert(practiceId, new AssetRepository.NewAsset(id, form, null, null, null), this.clock.instant());
		this.events.publishEvent(AuditEvent.of(practiceId, "asset.created", "asset", id,
				"Asset created: " + form.kind().label() + " \"" + form.name() + "\""));
		this.findings.recompute(practiceId);
		return get(practiceId, id);
	}

	@Transactional
	public AssetDetails update(UUID practiceId, UUID id, AssetForm form) {
		AssetDetails before = get(practiceId, id);
		Forms.rejectIfAny(formErrors(practiceId, before, form));
		this.assets.update(practiceId, id, form, this.clock.instant());
		this.events.publishEvent(AuditEvent.of(practiceId, "asset.updated", "asset", id,
				"Asset updated: " + form.kind().label() + " \"" + form.name() + "\"" + changes(before, form)));
		this.findings.recompute(practiceId);
		return get(practiceId, id);
	}

	private static String changes(AssetDetails before, AssetForm after) {
		List<String> changed = new ArrayList<>();
		if (before.ephi() != after.ephi()) {
			changed.add("ePHI " + before.ephi() + " -> " + after.ephi());
		}
		if (before.encryption() != after.encryption()) {
			changed.add("encryption " + before.encryption() + " -> " + after.encryption());
		}
		if (before.mfa() != after.mfa()) {
			changed.add("MFA " + before.mfa() + " -> " + after.mfa());
		}
		if (before.backedUp() != after.backedUp()) {
			changed.add("backup " + before.backedUp() + " -> " + after.backedUp());
		}
		if (before.patchStatus() != after.patchStatus()) {
			changed.add("patching " + before.patchStatus() + " -> " + after.patchStatus());
		}
		return changed.isEmpty() ? "" : " (" + String.join(", ", changed) + ")";
	}

	@Transactional
	public AssetDetails retire(UUID practiceId, UUID id, RetireForm form) {
		AssetDetails asset = get(practiceId, id);
		if (asset.status() == AssetStatus.DISPOSED) {
			throw dev.bulwark.shared.StateConflictException
				.of("This asset was already disposed of on " + asset.disposedOn() + ".");
		}
		this.assets.retire(practiceId, id, form, this.clock.instant());
		this.events.publishEvent(AuditEvent.of(practiceId, "asset.retired", "asset", id,
				"Asset disposed of: " + asset.kind().label() + " \"" + asset.name() + "\" on " + form.disposedOn()));
		this.findings.recompute(practiceId);
		return get(practiceId, id);
	}

	@Transactional
	public MediaReuseRecord recordReuse(UUID practiceId, UUID assetId, MediaReuseForm form) {
		AssetDetails asset = get(practiceId, assetId);
		MediaReuseRecord record = new MediaReuseRecord(UUID.randomUUID(), assetId, form.reusedOn(),
				form.sanitizationMethod().strip(), form.performedBy().strip(), AssetForm.clean(form.reusedFor()));
		this.assets.insertReuse(practiceId, record, this.clock.instant());
		this.events.publishEvent(AuditEvent.of(practiceId, "asset.media-reused", "asset", assetId,
				"Wiped for re-use: \"" + asset.name() + "\" on " + form.reusedOn()));
		return record;
	}

	/**
	 * Imports assets from CSV in one transaction. With {@code validOnly} false (the
	 * default) nothing is saved if any row is rejected; with it true the valid rows are
	 * saved and the rejected ones reported.
	 */
	@Transactional
	public ImportResult importCsv(UUID practiceId, Reader csv, boolean validOnly) {
		long start = System.nanoTime();
		AssetCsv.Parsed parsed = AssetCsv.parse(csv, this.validator);
		long parsedAt = System.nanoTime();
		boolean headerBroken = parsed.rows().isEmpty() && !parsed.rejected().isEmpty()
				&& parsed.rejected().get(0).line() <= 1;
		if (parsed.rows().isEmpty() || headerBroken || (!parsed.rejected().isEmpty() && !validOnly)) {
			this.events.publishEvent(
					AuditEvent.of(practiceId, "inventory.import-rejected", "asset", null, "CSV import not saved: "
							+ parsed.rows().size() + " valid rows, " + parsed.rejected().size() + " rejected"));
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
			AssetForm f = row.form();
			AssetForm form = new AssetForm(f.name(), f.kind(), f.assignedTo(), f.location(), f.manufacturer(),
					f.model(), f.osVersion(), f.serialNumber(), f.ipAddress(), f.macAddress(), f.purchaseDate(),
					f.ephi(), f.encryption(), f.encryptionMethod(), f.mfa(), f.backedUp(), f.patchStatus(),
					f.lastPatchedOn(), f.antiMalware(), segmentId, f.status(), f.notes());
			rows.add(new AssetRepository.NewAsset(UUID.randomUUID(), form, row.disposedOn(), row.disposalMethod(),
					row.disposedBy()));
		}
		this.assets.insertAll(practiceId, rows, now);
		long insertedAt = System.nanoTime();
		this.events.publishEvent(AuditEvent.of(practiceId, "inventory.imported", "asset", null,
				"CSV import: " + rows.size() + " assets created, " + parsed.rejected().size() + " rows rejected, "
						+ segmentsCreated + " network segments created"));
		this.findings.recompute(practiceId);
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

	/** Writes the whole inventory, disposed assets included, and records the export. */
	@Transactional
	public void exportCsv(UUID practiceId, Writer out) {
		this.events.publishEvent(
				AuditEvent.of(practiceId, "inventory.exported", "asset", null, "Asset inventory exported as CSV"));
		CsvWriter csv = CsvWriter.builder().build(out);
		AssetCsv.writeHeader(csv);
		this.assets.forEach(practiceId, AssetCsv.writer(csv));
		AssetCsv.flush(csv);
	}

	@Transactional
	public void markReviewed(UUID practiceId, UUID userId, String reviewer, String notes) {
		String cleanNotes = AssetForm.clean(notes);
		if (cleanNotes != null && cleanNotes.length() > 1000) {
			throw dev.bulwark.shared.InvalidInputException.of("notes", "Keep the review notes under 1,000 characters.");
		}
		UUID id = UUID.randomUUID();
		this.network.insertReview(practiceId, id, this.clock.instant(), userId, reviewer, cleanNotes);
		this.events.publishEvent(AuditEvent.of(practiceId, "inventory.reviewed", "inventory-review", id,
				"Inventory and data-flow map marked reviewed"));
		this.findings.refreshReview(practiceId);
	}

	AssetDetails get(UUID practiceId, UUID id) {
		return this.assets.find(practiceId, id).orElseThrow(() -> NotFoundException.of("Asset", id));
	}

}
