package dev.bulwark.policies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.bulwark.identity.MemberSummary;
import dev.bulwark.shared.Permission;

/**
 * Who must acknowledge what, worked out from the documents, the people and their
 * acknowledgements: plain Java, shared by the pages, the API and the due dates.
 */
final class Acknowledgements {

	private Acknowledgements() {
	}

	/** The members who acknowledge policies: active, in a role that may acknowledge. */
	static List<MemberSummary> acknowledgers(List<MemberSummary> members) {
		return members.stream()
			.filter((member) -> member.active() && member.role() != null
					&& member.role().can(Permission.POLICIES_ACKNOWLEDGE))
			.sorted(Comparator.comparing(MemberSummary::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** What one person has still to acknowledge, by title. */
	static List<PendingAcknowledgement> pending(UUID practiceId, List<DocumentDetails> documents,
			List<AcknowledgementRecord> acknowledgementsOfPerson) {
		Map<UUID, Set<Integer>> acknowledged = acknowledgementsOfPerson.stream()
			.collect(Collectors.groupingBy(AcknowledgementRecord::documentId,
					Collectors.mapping(AcknowledgementRecord::versionNumber, Collectors.toSet())));
		List<PendingAcknowledgement> pending = new ArrayList<>();
		for (DocumentDetails document : documents) {
			ControlledDocument rules = ControlledDocument.of(practiceId, document);
			Set<Integer> numbers = acknowledged.getOrDefault(document.id(), Set.of());
			if (rules.awaitsAcknowledgement(numbers)) {
				VersionDetails current = rules.current();
				pending.add(new PendingAcknowledgement(document.id(), document.title(), current.number(),
						current.effectiveFrom(), rules.acknowledgementDueOn(Policies.ACKNOWLEDGE_WITHIN_DAYS),
						!numbers.isEmpty(), document.link()));
			}
		}
		pending.sort(Comparator.comparing(PendingAcknowledgement::title, String.CASE_INSENSITIVE_ORDER));
		return pending;
	}

	/** Where each acknowledger stands with one document. */
	static List<AcknowledgementStatus> statusOf(UUID practiceId, DocumentDetails document,
			List<MemberSummary> acknowledgers, List<AcknowledgementRecord> acknowledgementsOfDocument) {
		ControlledDocument rules = ControlledDocument.of(practiceId, document);
		List<AcknowledgementStatus> statuses = new ArrayList<>();
		for (MemberSummary member : acknowledgers) {
			List<AcknowledgementRecord> own = acknowledgementsOfDocument.stream()
				.filter((ack) -> ack.userId().equals(member.userId()))
				.sorted(Comparator.comparingInt(AcknowledgementRecord::versionNumber).reversed())
				.toList();
			Set<Integer> numbers = own.stream().map(AcknowledgementRecord::versionNumber).collect(Collectors.toSet());
			boolean pending = rules.awaitsAcknowledgement(numbers);
			AcknowledgementRecord latest = own.isEmpty() ? null : own.get(0);
			statuses.add(new AcknowledgementStatus(document.id(), document.title(), member.userId(),
					member.displayName(), member.role().label(), (latest != null) ? latest.versionNumber() : null,
					(latest != null) ? latest.acknowledgedOn() : null, pending, pending && latest != null));
		}
		return statuses;
	}

}
