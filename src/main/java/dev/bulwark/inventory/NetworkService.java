package dev.bulwark.inventory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.shared.AuditEvent;
import dev.bulwark.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to network segments and data flows. Every change is audited and re-derives the
 * findings in the same transaction.
 */
@Service
class NetworkService {

	private final NetworkRepository network;

	private final AssetRepository assets;

	private final Findings findings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NetworkService(NetworkRepository network, AssetRepository assets, Findings findings,
			ApplicationEventPublisher events, Clock clock) {
		this.network = network;
		this.assets = assets;
		this.findings = findings;
		this.events = events;
		this.clock = clock;
	}

	// Segments

	/** Problems with a segment form beyond its annotations, keyed by field. */
	Map<String, String> segmentErrors(UUID practiceId, UUID id, NetworkSegmentForm form) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (form.name() != null && this.network.segmentIdByName(practiceId, form.name(), id).isPresent()) {
			errors.put("name", "Another network segment already has this name.");
		}
		return errors;
	}

	@Transactional
	public NetworkSegmentDetails createSegment(UUID practiceId, NetworkSegmentForm form) {
		Forms.rejectIfAny(segmentErrors(practiceId, null, form));
		UUID id = UUID.randomUUID();
		this.network.insertSegment(practiceId, id, form, this.clock.instant());
		this.events.publishEvent(AuditEvent.of(practiceId, "network-segment.created", "network-segment", id,
				"Network segment created: \"" + form.name() + "\" (" + form.kind().label() + ", separated "
						+ form.separated() + ")"));
		this.findings.recompute(practiceId);
		return segment(practiceId, id);
	}

	@Transactional
	public NetworkSegmentDetails updateSegment(UUID practiceId, UUID id, NetworkSegmentForm form) {
		NetworkSegmentDetails before = segment(practiceId, id);
		Forms.rejectIfAny(segmentErrors(practiceId, id, form));
		this.network.updateSegment(practiceId, id, form, this.clock.instant());
		this.events.publishEvent(AuditEvent.of(practiceId, "network-segment.updated", "network-segment", id,
				"Network segment updated: \"" + form.name() + "\" (" + form.kind().label() + ", separated "
						+ before.separated() + " -> " + form.separated() + ")"));
		this.findings.recompute(practiceId);
		return segment(practiceId, id);
	}

	/** Deletes a segment; its assets are left without a segment. */
	@Transactional
	public void deleteSegment(UUID practiceId, UUID id) {
		NetworkSegmentDetails segment = segment(practiceId, id);
		this.assets.clearSegment(practiceId, id);
		this.network.deleteSegment(practiceId, id);
		this.events.publishEvent(AuditEvent.of(practiceId, "network-segment.deleted", "network-segment", id,
				"Network segment deleted: \"" + segment.name() + "\" (" + segment.assetCount()
						+ " assets left without a segment)"));
		this.findings.recompute(practiceId);
	}

	NetworkSegmentDetails segment(UUID practiceId, UUID id) {
		return this.network.findSegment(practiceId, id).orElseThrow(() -> NotFoundException.of("Network segment", id));
	}

	// Data flows

	/** Problems with a flow form beyond its annotations, keyed by field. */
	Map<String, String> flowErrors(UUID practiceId, DataFlowForm form) {
		Map<String, String> errors = new LinkedHashMap<>(form.endpointErrors());
		if (form.fromAssetId() != null && !this.assets.exists(practiceId, form.fromAssetId())) {
			errors.putIfAbsent("fromAssetId", "That system does not exist in this practice.");
		}
		if (form.toAssetId() != null && !this.assets.exists(practiceId, form.toAssetId())) {
			errors.putIfAbsent("toAssetId", "That system does not exist in this practice.");
		}
		return errors;
	}

	@Transactional
	public DataFlowDetails createFlow(UUID practiceId, DataFlowForm form) {
		Forms.rejectIfAny(flowErrors(practiceId, form));
		UUID id = UUID.randomUUID();
		this.network.insertFlow(practiceId, id, form, this.clock.instant());
		DataFlowDetails flow = flow(practiceId, id);
		this.events.publishEvent(AuditEvent.of(practiceId, "data-flow.created", "data-flow", id,
				"Data flow created: " + describe(flow)));
		this.findings.recompute(practiceId);
		return flow;
	}

	@Transactional
	public DataFlowDetails updateFlow(UUID practiceId, UUID id, DataFlowForm form) {
		flow(practiceId, id);
		Forms.rejectIfAny(flowErrors(practiceId, form));
		this.network.updateFlow(practiceId, id, form, this.clock.instant());
		DataFlowDetails flow = flow(practiceId, id);
		this.events.publishEvent(AuditEvent.of(practiceId, "data-flow.updated", "data-flow", id,
				"Data flow updated: " + describe(flow)));
		this.findings.recompute(practiceId);
		return flow;
	}

	@Transactional
	public void deleteFlow(UUID practiceId, UUID id) {
		DataFlowDetails flow = flow(practiceId, id);
		this.network.deleteFlow(practiceId, id);
		this.events.publishEvent(AuditEvent.of(practiceId, "data-flow.deleted", "data-flow", id,
				"Data flow deleted: " + describe(flow)));
		this.findings.recompute(practiceId);
	}

	DataFlowDetails flow(UUID practiceId, UUID id) {
		return this.network.findFlow(practiceId, id).orElseThrow(() -> NotFoundException.of("Data flow", id));
	}

	private static String describe(DataFlowDetails flow) {
		return flow.from().label() + " -> " + flow.to().label() + " by " + flow.channel().label() + ", encrypted "
				+ flow.encrypted();
	}

}
