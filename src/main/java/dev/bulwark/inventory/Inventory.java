package dev.bulwark.inventory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.shared.RequestMemo;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Choice;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Paging;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inventory's queries. Every query takes the practice id first; callers take it from
 * {@code CurrentActor} (pages, API) or from the event they handle, never from a request.
 * A record of another practice is reported as not found, exactly like a missing one.
 * Queries never write: time-driven findings change on the daily tick
 * ({@link DailyReviewCheck}).
 * <p>
 * Public are only the queries other modules use (the risk assessment's report and the
 * dashboard, and modules that link records to systems): {@link #summary},
 * {@link #openFindings}, {@link #diagramSvg}, {@link #listing}, {@link #systems} and
 * {@link #system}. The others serve this module's pages and API. Changes go through the
 * package's services, which take the acting person.
 */
@Service
public class Inventory {

	/** Assets, data flows and network segments per page, on pages and in the API. */
	static final int PAGE_SIZE = 100;

	/** Findings per page: each is a paragraph of text. */
	static final int FINDINGS_PAGE_SIZE = 50;

	/** The diagram draws at most this many boxes; the lists always show everything. */
	static final int DIAGRAM_MAX_NODES = 120;

	/** Beyond this many systems to draw, the diagram draws one box per kind of system. */
	static final int DIAGRAM_GROUP_ABOVE = 60;

	private final AssetRepository assets;

	private final NetworkRepository network;

	private final FindingRepository findings;

	private final AssetService assetService;

	private final NetworkService networkService;

	private final Findings findingsService;

	Inventory(AssetRepository assets, NetworkRepository network, FindingRepository findings, AssetService assetService,
			NetworkService networkService, Findings findingsService) {
		this.findingsService = findingsService;
		this.assets = assets;
		this.network = network;
		this.findings = findings;
		this.assetService = assetService;
		this.networkService = networkService;
	}

	/**
	 * Derives the practice's findings from inventory records written in bulk outside the
	 * inventory's commands (the demo data), in the caller's transaction, with the one
	 * audit entry that summarises the findings opened. The gaps are not reported to the
	 * risk register here: the demo writes the practice's register itself, and the
	 * register proposes risks for the inventory's gaps at the inventory's next change.
	 * @param zone the practice's time zone, in which the yearly review falls due
	 * @return the number of open findings
	 */
	@Transactional
	public int deriveFindings(UUID practiceId, java.time.ZoneId zone) {
		return this.findingsService.recomputeWithoutGapReport(practiceId, zone);
	}

	/**
	 * Open findings per practice, for many practices in one query (the MSP portfolio); a
	 * practice without open findings is absent.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, Integer> openFindingCounts(java.util.Collection<UUID> practiceIds) {
		return practiceIds.isEmpty() ? java.util.Map.of() : this.findings.openCounts(practiceIds);
	}

	/**
	 * The practice's assets in use and its data flows as a template (MSP mode): kinds and
	 * descriptions, nothing that identifies one machine.
	 */
	@Transactional(readOnly = true)
	public InventoryTemplate template(UUID practiceId) {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		java.util.List<InventoryTemplate.TemplateAsset> list = new java.util.ArrayList<>();
		for (AssetDetails a : this.assets.all(practiceId)) {
			if (!a.active()) {
				continue;
			}
			names.put(a.id(), a.name());
			list.add(new InventoryTemplate.TemplateAsset(a.name(), a.kind().name(), a.location(), a.manufacturer(),
					a.model(), a.osVersion(), a.ephi().name(), a.encryption().name(), a.encryptionMethod(),
					a.mfa().name(), a.backedUp().name(), a.antiMalware().name(), a.notes()));
		}
		java.util.List<InventoryTemplate.TemplateFlow> flows = new java.util.ArrayList<>();
		for (DataFlowDetails f : this.network.flows(practiceId)) {
			String fromAsset = f.from().assetId() == null ? null : names.get(f.from().assetId());
			String toAsset = f.to().assetId() == null ? null : names.get(f.to().assetId());
			if ((f.from().type() == PartyType.ASSET && fromAsset == null)
					|| (f.to().type() == PartyType.ASSET && toAsset == null)) {
				continue; // an end that is an asset no longer in use
			}
			flows.add(new InventoryTemplate.TemplateFlow(f.from().type().name(), fromAsset,
					f.from().type() == PartyType.ASSET ? null : f.from().name(), f.to().type().name(), toAsset,
					f.to().type() == PartyType.ASSET ? null : f.to().name(), f.ephiDescription(), f.channel().name(),
					f.encrypted().name(), f.notes()));
		}
		return new InventoryTemplate(list, flows);
	}

	/**
	 * Adds a template's assets and data flows to the actor's practice, each as if entered
	 * by the actor (each is an audit entry and the findings are recomputed). An asset
	 * whose name the practice already uses is not added again; flows then link to the
	 * existing asset of that name.
	 */
	@Transactional
	public InventoryTemplate.Applied apply(Actor actor, InventoryTemplate template) {
		actor.require(dev.bulwark.shared.Permission.INVENTORY_EDIT);
		java.util.Map<String, UUID> byName = new java.util.HashMap<>();
		for (AssetDetails existing : this.assets.all(actor.practiceId())) {
			byName.putIfAbsent(existing.name().toLowerCase(java.util.Locale.ROOT), existing.id());
		}
		int assetsAdded = 0;
		for (InventoryTemplate.TemplateAsset a : template.assets()) {
			AssetKind kind = value(AssetKind.class, a.kind(), null);
			if (a.name() == null || kind == null) {
				continue;
			}
			String key = a.name().toLowerCase(java.util.Locale.ROOT);
			if (byName.containsKey(key)) {
				continue;
			}
			AssetForm form = new AssetForm(a.name(), kind, null, a.location(), a.manufacturer(), a.model(),
					a.osVersion(), null, null, null, null, value(EphiUse.class, a.ephi(), EphiUse.UNKNOWN),
					value(Answer.class, a.encryption(), Answer.UNKNOWN), a.encryptionMethod(),
					value(Answer.class, a.mfa(), Answer.UNKNOWN), value(Answer.class, a.backedUp(), Answer.UNKNOWN),
					PatchStatus.UNKNOWN, null, value(Answer.class, a.antiMalware(), Answer.UNKNOWN), null,
					AssetStatus.IN_USE, a.notes());
			byName.put(key, this.assetService.add(actor, form).id());
			assetsAdded++;
		}
		int flowsAdded = 0;
		for (InventoryTemplate.TemplateFlow f : template.flows()) {
			PartyType fromType = value(PartyType.class, f.fromType(), null);
			PartyType toType = value(PartyType.class, f.toType(), null);
			FlowChannel channel = value(FlowChannel.class, f.channel(), null);
			if (fromType == null || toType == null || channel == null) {
				continue;
			}
			UUID from = fromType == PartyType.ASSET && f.fromAsset() != null
					? byName.get(f.fromAsset().toLowerCase(java.util.Locale.ROOT)) : null;
			UUID to = toType == PartyType.ASSET && f.toAsset() != null
					? byName.get(f.toAsset().toLowerCase(java.util.Locale.ROOT)) : null;
			if ((fromType == PartyType.ASSET && from == null) || (toType == PartyType.ASSET && to == null)) {
				continue;
			}
			this.networkService.addFlow(actor, new DataFlowForm(fromType, from, f.fromName(), toType, to, f.toName(),
					f.ephiDescription(), channel, value(Answer.class, f.encrypted(), Answer.UNKNOWN), f.notes()));
			flowsAdded++;
		}
		return new InventoryTemplate.Applied(assetsAdded, flowsAdded);
	}

	private static <E extends Enum<E>> E value(Class<E> type, String name, E otherwise) {
		if (name == null) {
			return otherwise;
		}
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException ex) {
			return otherwise;
		}
	}

	// For other modules

	/**
	 * Counts, open findings and the last review. The review is due while the
	 * yearly-review finding is open, which the daily tick keeps current.
	 */
	@Transactional(readOnly = true)
	public InventorySummary summary(UUID practiceId) {
		int[] counts = this.assets.activeCounts(practiceId);
		return new InventorySummary(counts[0], counts[1], this.network.flowCount(practiceId),
				this.findings.count(practiceId, FindingStatus.OPEN), this.network.lastReview(practiceId).orElse(null),
				this.findings.isOpen(practiceId, FindingRules.REVIEW_OVERDUE, FindingRules.INVENTORY_SUBJECT));
	}

	/** How many findings are open: a count, without reading them. */
	@Transactional(readOnly = true)
	public int openFindingCount(UUID practiceId) {
		return this.findings.count(practiceId, FindingStatus.OPEN);
	}

	/**
	 * Every open finding, rule in force first, then by citation: for reports, which show
	 * them all. Pages use {@link #findings(UUID, FindingStatus, int)}.
	 */
	@Transactional(readOnly = true)
	public List<InventoryFinding> openFindings(UUID practiceId) {
		return this.findings.list(practiceId, FindingStatus.OPEN);
	}

	/**
	 * The ePHI data-flow diagram as a standalone SVG document (for the page and the PDF
	 * reports): systems that store ePHI or take part in a flow, outside parties, and the
	 * flows, with unencrypted flows and stores marked in words as well as colour.
	 */
	@Transactional(readOnly = true)
	public String diagramSvg(UUID practiceId) {
		// Counted per kind first: at 10,000 systems the diagram draws nine boxes, and
		// reading every asset to draw them took most of the page's time (issue 8).
		Map<AssetKind, int[]> counts = this.assets.diagramCounts(practiceId);
		int drawn = counts.values().stream().mapToInt((c) -> c[0]).sum();
		List<DataFlowDetails> flows = this.network.flows(practiceId);
		if (drawn > DIAGRAM_GROUP_ABOVE) {
			return DataFlowDiagram.grouped(counts, this.assets.drawn(practiceId, true), flows, DIAGRAM_MAX_NODES);
		}
		return DataFlowDiagram.of(this.assets.drawn(practiceId, false), flows, DIAGRAM_MAX_NODES, DIAGRAM_GROUP_ABOVE);
	}

	/**
	 * Assets in use or spare, by name: for modules that link their records to systems
	 * (vendors, backups, system accounts, incidents).
	 */
	@Transactional(readOnly = true)
	public List<InventorySystem> systems(UUID practiceId) {
		// Several dashboard cards and pages ask in one view.
		return RequestMemo.get("inventory.systems:" + practiceId, () -> List.copyOf(this.assets.systems(practiceId)));
	}

	/**
	 * The systems in use or spare among the given asset ids (others' and disposed ones
	 * are left out), in no particular order: for a module that keeps records about a few
	 * systems and need not read a large inventory whole.
	 */
	@Transactional(readOnly = true)
	public List<InventorySystem> systems(UUID practiceId, java.util.Collection<UUID> assetIds) {
		return assetIds.isEmpty() ? List.of() : this.assets.systems(practiceId, List.copyOf(assetIds));
	}

	/**
	 * How many systems in use or spare store or access ePHI: a count, without reading
	 * them.
	 */
	@Transactional(readOnly = true)
	public int ephiSystemCount(UUID practiceId) {
		return this.assets.activeCounts(practiceId)[1];
	}

	/**
	 * One asset in use or spare; empty when it is not the practice's, disposed of or
	 * missing, so a caller can reject a foreign id as "not found".
	 */
	@Transactional(readOnly = true)
	public Optional<InventorySystem> system(UUID practiceId, UUID assetId) {
		return systems(practiceId).stream().filter((s) -> s.id().equals(assetId)).findFirst();
	}

	/**
	 * Every asset in use or spare (by name) and every data flow, in words: for the risk
	 * analysis report, which prints the whole inventory.
	 */
	@Transactional(readOnly = true)
	public InventoryListing listing(UUID practiceId) {
		List<InventoryListing.AssetLine> assets = this.assets.all(practiceId)
			.stream()
			.filter(AssetDetails::active)
			.map((a) -> new InventoryListing.AssetLine(a.name(), a.kind().label(), a.ephi().label(), a.location(),
					a.encryption().label(), a.mfa().label(), backup(a), a.assignedTo()))
			.toList();
		List<InventoryListing.FlowLine> flows = this.network.flows(practiceId)
			.stream()
			.map((f) -> new InventoryListing.FlowLine(f.from().label(), f.to().label(), f.ephiDescription(),
					f.channel().label(), f.encrypted().label()))
			.toList();
		return new InventoryListing(assets, flows);
	}

	/** A backup target is not expected to have a backup of itself. */
	private static String backup(AssetDetails asset) {
		return (asset.ephi() == EphiUse.BACKUPS && asset.backedUp() != Answer.YES) ? "Not needed: holds the backups"
				: asset.backedUp().label();
	}

	// Assets

	/**
	 * One page ({@value #PAGE_SIZE} rows) of the practice's assets matching the filter,
	 * by name.
	 * @throws InvalidInputException for a page out of range, or a network segment that is
	 * not the practice's
	 */
	@Transactional(readOnly = true)
	List<AssetSummary> assets(UUID practiceId, AssetFilter filter, int page) {
		int offset = Paging.offset(page, PAGE_SIZE);
		AssetFilter wanted = (filter != null) ? filter : AssetFilter.none();
		if (wanted.segment() != null && this.network.findSegment(practiceId, wanted.segment()).isEmpty()) {
			throw InvalidInputException.of("segment", "That network segment does not exist in this practice.");
		}
		return this.assets.search(practiceId, wanted, offset, PAGE_SIZE);
	}

	/** How many assets match the filter. */
	@Transactional(readOnly = true)
	long countAssets(UUID practiceId, AssetFilter filter) {
		return this.assets.count(practiceId, (filter != null) ? filter : AssetFilter.none());
	}

	@Transactional(readOnly = true)
	AssetDetails asset(UUID practiceId, UUID id) {
		return this.assets.find(practiceId, id).orElseThrow(() -> NotFoundException.of("Asset", id));
	}

	/** Media re-use records of one asset, newest first (a handful per device). */
	@Transactional(readOnly = true)
	List<MediaReuseRecord> reuses(UUID practiceId, UUID assetId) {
		asset(practiceId, assetId);
		return this.assets.reuses(practiceId, assetId);
	}

	/** Assets in use or spare, as the options of a drop-down. */
	@Transactional(readOnly = true)
	List<Choice> assetChoices(UUID practiceId) {
		return this.assets.activeChoices(practiceId);
	}

	// Data flows and network segments

	/** One page of the practice's data flows, by the names of their ends. */
	@Transactional(readOnly = true)
	List<DataFlowDetails> dataFlows(UUID practiceId, int page) {
		return this.network.flows(practiceId, Paging.offset(page, PAGE_SIZE), PAGE_SIZE);
	}

	@Transactional(readOnly = true)
	int countDataFlows(UUID practiceId) {
		return this.network.flowCount(practiceId);
	}

	@Transactional(readOnly = true)
	DataFlowDetails dataFlow(UUID practiceId, UUID id) {
		return this.network.findFlow(practiceId, id).orElseThrow(() -> NotFoundException.of("Data flow", id));
	}

	/** One page of the practice's network segments, by name. */
	@Transactional(readOnly = true)
	List<NetworkSegmentDetails> networkSegments(UUID practiceId, int page) {
		return this.network.segments(practiceId, Paging.offset(page, PAGE_SIZE), PAGE_SIZE);
	}

	@Transactional(readOnly = true)
	int countNetworkSegments(UUID practiceId) {
		return this.network.segmentCount(practiceId);
	}

	@Transactional(readOnly = true)
	NetworkSegmentDetails networkSegment(UUID practiceId, UUID id) {
		return this.network.findSegment(practiceId, id).orElseThrow(() -> NotFoundException.of("Network segment", id));
	}

	/** The practice's network segments as the options of a drop-down. */
	@Transactional(readOnly = true)
	List<Choice> segmentChoices(UUID practiceId) {
		return this.network.segmentChoices(practiceId);
	}

	// Findings

	/**
	 * One page ({@value #FINDINGS_PAGE_SIZE}) of the findings with the given status, rule
	 * in force first, then by citation.
	 */
	@Transactional(readOnly = true)
	List<InventoryFinding> findings(UUID practiceId, FindingStatus status, int page) {
		return this.findings.list(practiceId, status, Paging.offset(page, FINDINGS_PAGE_SIZE), FINDINGS_PAGE_SIZE);
	}

	@Transactional(readOnly = true)
	int countFindings(UUID practiceId, FindingStatus status) {
		return this.findings.count(practiceId, status);
	}

	/** The open finding shown first: one of the rule in force when there is one. */
	@Transactional(readOnly = true)
	Optional<InventoryFinding> firstOpenFinding(UUID practiceId) {
		return this.findings.list(practiceId, FindingStatus.OPEN, 0, 1).stream().findFirst();
	}

	/** Findings about one asset, open ones first (one per rule at most). */
	@Transactional(readOnly = true)
	List<InventoryFinding> findingsForAsset(UUID practiceId, UUID assetId) {
		return this.findings.forAsset(practiceId, assetId);
	}

}
