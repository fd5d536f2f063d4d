package dev.bulwark.inventory;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inventory's query API for other modules (risk assessment, reports, dashboard): the
 * practice's assets, data flows, network segments, open findings with their citations,
 * the data-flow diagram as SVG, and a summary. Every method takes the practice id
 * explicitly; callers take it from {@code CurrentActor}, never from a request.
 */
@Service
public class Inventory {

	/** The diagram draws at most this many boxes; the lists always show everything. */
	public static final int DIAGRAM_MAX_NODES = 120;

	private final AssetRepository assets;

	private final NetworkRepository network;

	private final FindingRepository findingRepository;

	private final Findings findings;

	private final Clock clock;

	Inventory(AssetRepository assets, NetworkRepository network, FindingRepository findingRepository, Findings findings,
			Clock clock) {
		this.assets = assets;
		this.network = network;
		this.findingRepository = findingRepository;
		this.findings = findings;
		this.clock = clock;
	}

	/** One page (100 rows) of the practice's assets matching the filter, by name. */
	public List<AssetSummary> assets(UUID practiceId, AssetFilter filter, int page) {
		return this.assets.search(practiceId, (filter != null) ? filter : AssetFilter.none(), page);
	}

	/** The first page of assets matching the filter. */
	public List<AssetSummary> assets(UUID practiceId, AssetFilter filter) {
		return assets(practiceId, filter, 0);
	}

	/** How many assets match the filter. */
	public long countAssets(UUID practiceId, AssetFilter filter) {
		return this.assets.count(practiceId, (filter != null) ? filter : AssetFilter.none());
	}

	/**
	 * One asset of the practice; {@link NotFoundException} if it is not the practice's.
	 */
	public AssetDetails asset(UUID practiceId, UUID id) {
		return this.assets.find(practiceId, id).orElseThrow(() -> NotFoundException.of("Asset", id));
	}

	/** Media re-use records of one asset, newest first. */
	public List<MediaReuseRecord> reuses(UUID practiceId, UUID assetId) {
		asset(practiceId, assetId);
		return this.assets.reuses(practiceId, assetId);
	}

	public List<DataFlowDetails> dataFlows(UUID practiceId) {
		return this.network.flows(practiceId);
	}

	public DataFlowDetails dataFlow(UUID practiceId, UUID id) {
		return this.network.findFlow(practiceId, id).orElseThrow(() -> NotFoundException.of("Data flow", id));
	}

	public List<NetworkSegmentDetails> networkSegments(UUID practiceId) {
		return this.network.segments(practiceId);
	}

	public NetworkSegmentDetails networkSegment(UUID practiceId, UUID id) {
		return this.network.findSegment(practiceId, id).orElseThrow(() -> NotFoundException.of("Network segment", id));
	}

	/** Open findings, rule in force first, then by citation. */
	@Transactional
	public List<InventoryFinding> openFindings(UUID practiceId) {
		this.findings.refreshReview(practiceId);
		return this.findingRepository.list(practiceId, FindingStatus.OPEN);
	}

	/** Findings with the given status. */
	@Transactional
	public List<InventoryFinding> findings(UUID practiceId, FindingStatus status) {
		this.findings.refreshReview(practiceId);
		return this.findingRepository.list(practiceId, status);
	}

	/** Findings about one asset, open ones first. */
	public List<InventoryFinding> findingsForAsset(UUID practiceId, UUID assetId) {
		return this.findingRepository.forAsset(practiceId, assetId);
	}

	/**
	 * The ePHI data-flow diagram as a standalone SVG document (for the page and the PDF
	 * reports): systems that store ePHI or take part in a flow, outside parties, and the
	 * flows, with unencrypted flows and stores marked in words as well as colour.
	 */
	public String diagramSvg(UUID practiceId) {
		return DataFlowDiagram.of(this.assets.all(practiceId), this.network.flows(practiceId), DIAGRAM_MAX_NODES);
	}

	/** Counts, open findings and the last review. */
	@Transactional
	public InventorySummary summary(UUID practiceId) {
		this.findings.refreshReview(practiceId);
		int[] counts = this.assets.activeCounts(practiceId);
		InventorySummary.InventoryReview last = this.network.lastReview(practiceId).orElse(null);
		return new InventorySummary(counts[0], counts[1], this.network.flowCount(practiceId),
				this.findingRepository.countOpen(practiceId), last,
				FindingRules.reviewDue((last != null) ? last.reviewedAt() : null, this.clock.instant()));
	}

}
