package dev.bulwark.inventory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.bulwark.shared.AuditEvent;
import dev.bulwark.shared.GapsReported;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the stored findings in step with what the rules derive: new gaps open a finding,
 * closed gaps resolve it, and a gap that comes back reopens the same finding, so ids stay
 * stable. One audit entry summarises each change.
 * <p>
 * After every reconciliation it reports all the inventory's open gaps to the risk
 * register as one {@link GapsReported} snapshot (one gap per kind, see
 * {@link InventoryGaps}), in the same transaction; the register reacts after commit. A
 * snapshot, not a delta: a repeated or lost report heals at the next one.
 */
@Service
class Findings {

	private final AssetRepository assets;

	private final NetworkRepository network;

	private final FindingRepository findings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Findings(AssetRepository assets, NetworkRepository network, FindingRepository findings,
			ApplicationEventPublisher events, Clock clock) {
		this.assets = assets;
		this.network = network;
		this.findings = findings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Re-derives every finding of the practice; call after any change, in its
	 * transaction.
	 * @param zone the practice's time zone, in which the yearly review falls due
	 */
	@Transactional
	public void recompute(UUID practiceId, ZoneId zone) {
		recomputeAndList(practiceId, zone);
	}

	/**
	 * Like {@link #recompute}, returning the assets it read (the inventory's commands
	 * answer with the asset they changed without reading it again).
	 */
	List<AssetDetails> recomputeAndList(UUID practiceId, ZoneId zone) {
		return recompute(practiceId, zone, true);
	}

	/**
	 * Re-derives every finding of the practice without reporting the gaps to the risk
	 * register: for records written in bulk outside the inventory's commands (demo data),
	 * whose practice's register was written with them. The register proposes risks for
	 * the gaps at the next report, the first change of the inventory.
	 * @return the open findings after the derivation
	 */
	@Transactional
	public int recomputeWithoutGapReport(UUID practiceId, ZoneId zone) {
		recompute(practiceId, zone, false);
		return this.findings.count(practiceId, FindingStatus.OPEN);
	}

	private List<AssetDetails> recompute(UUID practiceId, ZoneId zone, boolean reportGaps) {
		Instant now = this.clock.instant();
		List<AssetDetails> assets = this.assets.all(practiceId);
		List<DataFlowDetails> flows = this.network.flows(practiceId);
		List<NetworkSegmentDetails> segments = this.network.segments(practiceId);
		List<FindingRules.Derived> derived = FindingRules.evaluate(assets, flows, segments,
				lastReviewedOn(practiceId, zone), LocalDate.ofInstant(now, zone));
		apply(practiceId, derived, this.findings.all(practiceId), now);
		if (reportGaps) {
			this.events.publishEvent(new GapsReported(practiceId, InventoryGaps.SOURCE,
					InventoryGaps.of(derived, assets, flows, segments)));
		}
		return assets;
	}

	/**
	 * Derives the findings an import can change, in its transaction: those of the assets
	 * it added (which have none stored yet), of the network segments (an import creates
	 * segments, and its first ePHI system makes an unseparated guest network a gap) and
	 * of the inventory as a whole (the yearly review, once something is in use). The
	 * findings of every other asset and flow are left as they were: an import changes no
	 * existing row. Then reports the open gaps, built from the stored open findings, to
	 * the risk register, as {@link #recompute} does.
	 * @param added the ids of the assets the import inserted
	 * @param zone the practice's time zone, in which the yearly review falls due
	 */
	@Transactional
	public void afterImport(UUID practiceId, List<UUID> added, ZoneId zone) {
		Instant now = this.clock.instant();
		// One read of the practice's assets (by name, as a full derivation reads them):
		// the
		// rules are evaluated for the added ones only, and the gap report names those
		// with
		// an open finding in this order. Reading the added rows back by id was slower on
		// H2.
		List<AssetDetails> all = this.assets.all(practiceId);
		Set<UUID> addedIds = new HashSet<>(added);
		List<AssetDetails> newAssets = all.stream().filter((a) -> addedIds.contains(a.id())).toList();
		List<NetworkSegmentDetails> segments = this.network.segments(practiceId);
		Map<UUID, NetworkSegmentDetails> segmentsById = new HashMap<>();
		for (NetworkSegmentDetails segment : segments) {
			segmentsById.put(segment.id(), segment);
		}
		List<FindingRules.Derived> derived = new ArrayList<>();
		for (AssetDetails asset : newAssets) {
			if (asset.active()) {
				derived.addAll(FindingRules.forAsset(asset, segmentsById.get(asset.segmentId())));
			}
		}
		int[] active = this.assets.activeCounts(practiceId);
		boolean clinicalNetworkOrEphi = active[1] > 0 || segments.stream().anyMatch((s) -> s.kind().isClinical());
		for (NetworkSegmentDetails segment : segments) {
			if (segment.kind() == SegmentKind.GUEST && segment.separated() != Answer.YES && clinicalNetworkOrEphi) {
				derived.add(FindingRules.guestNotSeparated(segment));
			}
		}
		FindingRules.Derived review = FindingRules.reviewOverdue(active[0] > 0, lastReviewedOn(practiceId, zone),
				LocalDate.ofInstant(now, zone));
		if (review != null) {
			derived.add(review);
		}
		apply(practiceId, derived, this.findings.aboutSegmentsAndInventory(practiceId), now);
		this.events
			.publishEvent(new GapsReported(practiceId, InventoryGaps.SOURCE, storedGaps(practiceId, all, segments)));
	}

	/**
	 * The open gaps from the stored open findings, in the order a full derivation gives
	 * them (assets by name, then flows, then segments, then the inventory).
	 */
	private List<GapsReported.Gap> storedGaps(UUID practiceId, List<AssetDetails> all,
			List<NetworkSegmentDetails> segments) {
		List<FindingRepository.Stored> open = this.findings.open(practiceId);
		Set<UUID> withFindings = new HashSet<>();
		for (FindingRepository.Stored s : open) {
			if (s.finding().assetId() != null) {
				withFindings.add(s.finding().assetId());
			}
		}
		List<AssetDetails> assets = all.stream().filter((a) -> withFindings.contains(a.id())).toList();
		List<DataFlowDetails> flows = open.stream().anyMatch((s) -> s.subjectKey().startsWith("flow:"))
				? this.network.flows(practiceId) : List.of();
		Map<String, Integer> order = new HashMap<>();
		for (AssetDetails asset : assets) {
			order.put("asset:" + asset.id(), order.size());
		}
		for (DataFlowDetails flow : flows) {
			order.put("flow:" + flow.id(), order.size());
		}
		for (NetworkSegmentDetails segment : segments) {
			order.put("segment:" + segment.id(), order.size());
		}
		List<FindingRules.Derived> derived = new ArrayList<>(open.size());
		open.stream()
			.sorted(java.util.Comparator
				.comparing((FindingRepository.Stored s) -> order.getOrDefault(s.subjectKey(), Integer.MAX_VALUE)))
			.forEach((s) -> derived.add(new FindingRules.Derived(s.finding().ruleKey(), s.subjectKey(),
					s.finding().assetId(), s.finding().citation(), s.finding().title(), s.finding().detail(),
					s.finding().proposedRule())));
		return InventoryGaps.of(derived, assets, flows, segments);
	}

	/**
	 * Brings only the yearly-review finding up to date. It changes with the passing of
	 * time, so the daily tick calls this for each practice ({@link DailyReviewCheck}); a
	 * review calls it too. Reads never do. Cheap when nothing changed. Reports no gaps:
	 * an overdue review is not a risk of its own.
	 * @param today the practice's local date
	 * @param zone the practice's time zone
	 */
	@Transactional
	public void refreshReview(UUID practiceId, LocalDate today, ZoneId zone) {
		Instant now = this.clock.instant();
		boolean anyActive = this.assets.activeCounts(practiceId)[0] > 0;
		FindingRules.Derived review = FindingRules.reviewOverdue(anyActive, lastReviewedOn(practiceId, zone), today);
		List<FindingRepository.Stored> existing = this.findings.bySubject(practiceId, FindingRules.REVIEW_OVERDUE,
				FindingRules.INVENTORY_SUBJECT);
		boolean open = existing.stream().anyMatch((s) -> s.finding().status() == FindingStatus.OPEN);
		if ((review != null) != open || (review != null && !existing.isEmpty()
				&& !review.title().equals(existing.get(0).finding().title()))) {
			apply(practiceId, (review != null) ? List.of(review) : List.of(), existing, now);
		}
	}

	private void apply(UUID practiceId, List<FindingRules.Derived> derived, List<FindingRepository.Stored> stored,
			Instant now) {
		Map<String, FindingRepository.Stored> byKey = new HashMap<>();
		for (FindingRepository.Stored s : stored) {
			byKey.put(s.key(), s);
		}
		List<InventoryFinding> created = new ArrayList<>();
		List<String> createdSubjects = new ArrayList<>();
		List<InventoryFinding> reopened = new ArrayList<>();
		List<InventoryFinding> rewritten = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (FindingRules.Derived d : derived) {
			if (!seen.add(d.key())) {
				continue;
			}
			FindingRepository.Stored existing = byKey.get(d.key());
			if (existing == null) {
				created.add(new InventoryFinding(UUID.randomUUID(), d.ruleKey(), d.assetId(), d.citation(), d.title(),
						d.detail(), d.proposedRule(), FindingStatus.OPEN, now, null, null));
				createdSubjects.add(d.subjectKey());
			}
			else {
				InventoryFinding f = existing.finding();
				InventoryFinding current = new InventoryFinding(f.id(), d.ruleKey(), d.assetId(), d.citation(),
						d.title(), d.detail(), d.proposedRule(), FindingStatus.OPEN, f.firstSeenAt(), null, null);
				if (f.status() == FindingStatus.RESOLVED) {
					reopened.add(current);
				}
				else if (!f.title().equals(d.title()) || !f.detail().equals(d.detail())) {
					rewritten.add(current);
				}
			}
		}
		List<UUID> resolved = new ArrayList<>();
		for (FindingRepository.Stored s : stored) {
			if (s.finding().status() == FindingStatus.OPEN && !seen.contains(s.key())) {
				resolved.add(s.finding().id());
			}
		}
		if (created.isEmpty() && reopened.isEmpty() && rewritten.isEmpty() && resolved.isEmpty()) {
			return;
		}
		this.findings.insertAll(practiceId, created, createdSubjects);
		List<InventoryFinding> reopenedOrRewritten = new ArrayList<>(reopened);
		reopenedOrRewritten.addAll(rewritten);
		this.findings.reopenAll(practiceId, reopenedOrRewritten);
		this.findings.resolveAll(practiceId, resolved, now);
		if (!created.isEmpty() || !reopened.isEmpty() || !resolved.isEmpty()) {
			this.events.publishEvent(AuditEvent.of(practiceId, "inventory.findings-changed", "inventory-finding", null,
					"Inventory findings: " + (created.size() + reopened.size()) + " opened, " + resolved.size()
							+ " resolved"));
		}
	}

	private LocalDate lastReviewedOn(UUID practiceId, ZoneId zone) {
		return this.network.lastReview(practiceId)
			.map((review) -> LocalDate.ofInstant(review.reviewedAt(), zone))
			.orElse(null);
	}

}
