package dev.bulwark.assessment;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.bulwark.inventory.Inventory;
import dev.bulwark.inventory.InventoryFindingOpened;
import dev.bulwark.inventory.InventoryFindingResolved;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns inventory gaps into proposed risks in the current assessment's register, so an
 * unencrypted laptop recorded in the inventory shows up as a risk without retyping.
 * <p>
 * One risk per kind of gap, not per asset: ten unencrypted laptops are one risk with ten
 * affected devices, and a 10,000-row import raises at most a handful of proposals. Events
 * of one transaction are collected and handled once, just before it commits (still inside
 * it, so the change, the proposal and their audit entries commit together). A kind of gap
 * whose last finding is resolved withdraws its proposal, unless someone has already
 * worked on the risk.
 */
@Component
class InventoryFindingsListener {

	private final Assessments assessments;

	private final Inventory inventory;

	InventoryFindingsListener(Assessments assessments, Inventory inventory) {
		this.assessments = assessments;
		this.inventory = inventory;
	}

	@EventListener
	void on(InventoryFindingOpened event) {
		if (NOT_RISKS.contains(event.ruleKey())) {
			return;
		}
		Batch batch = batch();
		batch.opened.putIfAbsent(new RuleOf(event.practiceId(), riskKind(event.ruleKey())), event);
		if (batch.immediate) {
			handle(batch);
		}
	}

	@EventListener
	void on(InventoryFindingResolved event) {
		Batch batch = batch();
		batch.resolved.add(new RuleOf(event.practiceId(), riskKind(event.ruleKey())));
		if (batch.immediate) {
			handle(batch);
		}
	}

	/**
	 * Gaps that are not risks of their own: an overdue inventory review is a calendar
	 * obligation (and, fresh after the first assets are entered, would flood a new
	 * practice's register with a critical item).
	 */
	private static final Set<String> NOT_RISKS = Set.of("inventory.review-overdue");

	static String sourceKey(String riskKind) {
		return "inventory:" + riskKind;
	}

	/**
	 * The kind of risk an inventory rule points to. An unencrypted laptop breaks two
	 * rules (encryption at rest, and device and media controls for portable hardware) but
	 * is one risk.
	 */
	static String riskKind(String ruleKey) {
		return "asset.portable-unencrypted".equals(ruleKey) ? "asset.unencrypted" : ruleKey;
	}

	private Batch batch() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			// Outside a transaction (not how the inventory publishes): handle each event
			// on its own.
			Batch immediate = new Batch();
			immediate.immediate = true;
			return immediate;
		}
		Batch batch = (Batch) TransactionSynchronizationManager.getResource(this);
		if (batch == null) {
			batch = new Batch();
			TransactionSynchronizationManager.bindResource(this, batch);
			Batch registered = batch;
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					handle(registered);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(InventoryFindingsListener.this);
				}
			});
		}
		return batch;
	}

	private void handle(Batch batch) {
		batch.opened.forEach((rule, finding) -> this.assessments.proposeRiskFromFinding(rule.practiceId(),
				sourceKey(rule.ruleKey()), finding.citation(), title(finding), detail(finding)));
		for (RuleOf rule : batch.resolved) {
			boolean stillOpen = this.inventory.openFindings(rule.practiceId())
				.stream()
				.anyMatch((finding) -> riskKind(finding.ruleKey()).equals(rule.ruleKey()));
			if (!stillOpen) {
				this.assessments.withdrawProposedRisk(rule.practiceId(), sourceKey(rule.ruleKey()));
			}
		}
	}

	private static String title(InventoryFindingOpened finding) {
		return switch (finding.ruleKey()) {
			case "asset.unencrypted" -> "Devices or systems holding patient information are not encrypted";
			case "asset.portable-unencrypted" ->
				"Laptops, phones or removable media with patient information are not encrypted";
			case "asset.no-mfa" -> "Applications or cloud services with patient information lack multi-factor sign-in";
			case "asset.no-backup" -> "Systems holding patient information are not backed up";
			case "asset.unpatched" -> "Systems are behind on security updates or past end of support";
			case "asset.no-anti-malware" -> "Computers without protection from malicious software";
			case "asset.on-guest-network" -> "Systems with patient information sit on the guest network";
			case "flow.unencrypted" -> "Patient information is sent without encryption";
			case "segment.guest-not-separated" -> "The guest network is not separated from clinical systems";
			default -> finding.title();
		};
	}

	/**
	 * Goes into the risk's "affected assets"; the inventory's findings page lists every
	 * one.
	 */
	private static String detail(InventoryFindingOpened finding) {
		return "Found by the inventory: " + finding.title() + " (see Inventory findings for all affected systems)";
	}

	private record RuleOf(UUID practiceId, String ruleKey) {
	}

	private static final class Batch {

		final Map<RuleOf, InventoryFindingOpened> opened = new LinkedHashMap<>();

		final Set<RuleOf> resolved = new LinkedHashSet<>();

		boolean immediate;

	}

}
