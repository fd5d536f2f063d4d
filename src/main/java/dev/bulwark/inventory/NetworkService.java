package dev.bulwark.inventory;

import java.time.Clock;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to network segments and data flows. Each command takes the acting person first,
 * runs in one transaction, publishes its {@link InventoryEvent} (the audit entry) and
 * re-derives the findings. Only this module's controllers call it.
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

	@Transactional
	NetworkSegmentDetails addSegment(Actor actor, NetworkSegmentForm form) {
		checkSegmentName(actor, null, form);
		UUID id = UUID.randomUUID();
		this.network.insertSegment(actor.practiceId(), id, form, this.clock.instant());
		this.events.publishEvent(new InventoryEvent.NetworkSegmentAdded(actor.practiceId(), id, form.name(),
				form.kind().label(), form.separated().name()));
		this.findings.recompute(actor.practiceId(), actor.zone());
		return segment(actor, id);
	}

	@Transactional
	NetworkSegmentDetails changeSegment(Actor actor, UUID id, NetworkSegmentForm form) {
		NetworkSegmentDetails before = segment(actor, id);
		checkSegmentName(actor, id, form);
		this.network.updateSegment(actor.practiceId(), id, form, this.clock.instant());
		this.events.publishEvent(new InventoryEvent.NetworkSegmentChanged(actor.practiceId(), id, form.name(),
				form.kind().label(), before.separated().name(), form.separated().name()));
		this.findings.recompute(actor.practiceId(), actor.zone());
		return segment(actor, id);
	}

	/** Deletes a segment; its assets are left without a segment. */
	@Transactional
	void deleteSegment(Actor actor, UUID id) {
		NetworkSegmentDetails segment = segment(actor, id);
		this.assets.clearSegment(actor.practiceId(), id);
		this.network.deleteSegment(actor.practiceId(), id);
		this.events.publishEvent(
				new InventoryEvent.NetworkSegmentDeleted(actor.practiceId(), id, segment.name(), segment.assetCount()));
		this.findings.recompute(actor.practiceId(), actor.zone());
	}

	private void checkSegmentName(Actor actor, UUID id, NetworkSegmentForm form) {
		if (this.network.segmentIdByName(actor.practiceId(), form.name(), id).isPresent()) {
			throw InvalidInputException.of("name", "Another network segment already has this name.");
		}
	}

	private NetworkSegmentDetails segment(Actor actor, UUID id) {
		return this.network.findSegment(actor.practiceId(), id)
			.orElseThrow(() -> NotFoundException.of("Network segment", id));
	}

	// Data flows

	@Transactional
	DataFlowDetails addFlow(Actor actor, DataFlowForm form) {
		checkFlow(actor, form);
		UUID id = UUID.randomUUID();
		this.network.insertFlow(actor.practiceId(), id, form, this.clock.instant());
		DataFlowDetails flow = flow(actor, id);
		this.events.publishEvent(new InventoryEvent.DataFlowAdded(actor.practiceId(), id, describe(flow.from()),
				describe(flow.to()), flow.channel().label(), flow.encrypted().name()));
		this.findings.recompute(actor.practiceId(), actor.zone());
		return flow;
	}

	@Transactional
	DataFlowDetails changeFlow(Actor actor, UUID id, DataFlowForm form) {
		flow(actor, id);
		checkFlow(actor, form);
		this.network.updateFlow(actor.practiceId(), id, form, this.clock.instant());
		DataFlowDetails flow = flow(actor, id);
		this.events.publishEvent(new InventoryEvent.DataFlowChanged(actor.practiceId(), id, describe(flow.from()),
				describe(flow.to()), flow.channel().label(), flow.encrypted().name()));
		this.findings.recompute(actor.practiceId(), actor.zone());
		return flow;
	}

	@Transactional
	void deleteFlow(Actor actor, UUID id) {
		DataFlowDetails flow = flow(actor, id);
		this.network.deleteFlow(actor.practiceId(), id);
		this.events.publishEvent(new InventoryEvent.DataFlowDeleted(actor.practiceId(), id, describe(flow.from()),
				describe(flow.to()), flow.channel().label(), flow.encrypted().name()));
		this.findings.recompute(actor.practiceId(), actor.zone());
	}

	/**
	 * Each end needs an asset or a name, and an asset must be the practice's own: an id
	 * from another practice is refused exactly like one that does not exist.
	 */
	private void checkFlow(Actor actor, DataFlowForm form) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		form.checkEnds(problems);
		problems.addIf(form.fromAssetId() != null && !this.assets.exists(actor.practiceId(), form.fromAssetId()),
				"fromAssetId", "That system does not exist in this practice.");
		problems.addIf(form.toAssetId() != null && !this.assets.exists(actor.practiceId(), form.toAssetId()),
				"toAssetId", "That system does not exist in this practice.");
		problems.throwIfAny();
	}

	private DataFlowDetails flow(Actor actor, UUID id) {
		return this.network.findFlow(actor.practiceId(), id).orElseThrow(() -> NotFoundException.of("Data flow", id));
	}

	/**
	 * An end of a flow for the audit trail: a system's or party's name, but only the kind
	 * for patients (what is typed there could be a patient's name).
	 */
	private static String describe(DataFlowDetails.Endpoint end) {
		return (end.type() == PartyType.PATIENTS) ? PartyType.PATIENTS.label().toLowerCase(java.util.Locale.ROOT)
				: end.label();
	}

}
