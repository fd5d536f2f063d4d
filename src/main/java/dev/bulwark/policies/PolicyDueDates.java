package dev.bulwark.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.bulwark.identity.Accounts;
import dev.bulwark.identity.MemberSummary;
import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.DueItemsReported.Basis;
import dev.bulwark.shared.DueItemsReported.DueItem;
import dev.bulwark.shared.PracticeDayBegan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the compliance calendar what comes due ({@link DueItemsReported}, source
 * {@value #SOURCE}): each document's next review (yearly, a recommendation: the rule says
 * "periodically") and each person's pending acknowledgements, owned by that person.
 * Reported after every change, in its transaction, and when a practice's day begins (new
 * members appear in the snapshot then).
 */
@Component
class PolicyDueDates {

	static final String SOURCE = "policies";

	static final String REVIEW_OBLIGATION = "OBL-POLICY-REVIEW";

	private final DocumentRepository repository;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	PolicyDueDates(DocumentRepository repository, Accounts accounts, ApplicationEventPublisher events) {
		this.repository = repository;
		this.accounts = accounts;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(PracticeDayBegan day) {
		report(day.practiceId());
	}

	/** Publishes the practice's open due items, all of them. */
	void report(UUID practiceId) {
		this.events.publishEvent(new DueItemsReported(practiceId, SOURCE, items(practiceId)));
	}

	List<DueItem> items(UUID practiceId) {
		List<DocumentDetails> documents = this.repository.all(practiceId);
		List<DueItem> items = new ArrayList<>();
		for (DocumentDetails document : documents) {
			if (document.reviewDueOn() != null && !document.retired() && document.current().isPresent()) {
				items.add(new DueItem("review:" + document.id(),
						"Review the " + document.kind().label().toLowerCase(java.util.Locale.ROOT) + " \""
								+ document.title() + "\"",
						document.reviewDueOn(), null, Basis.RECOMMENDED, REVIEW_OBLIGATION, null, document.link(),
						"164.316(b)(2)(iii)"));
			}
		}
		List<AcknowledgementRecord> acknowledgements = this.repository.acknowledgements(practiceId);
		for (MemberSummary member : Acknowledgements.acknowledgers(this.accounts.members(practiceId))) {
			List<AcknowledgementRecord> theirs = acknowledgements.stream()
				.filter((ack) -> Objects.equals(ack.userId(), member.userId()))
				.toList();
			for (PendingAcknowledgement pending : Acknowledgements.pending(practiceId, documents, theirs)) {
				items.add(new DueItem("acknowledge:" + pending.documentId() + ":" + member.userId(),
						member.displayName() + ": acknowledge \"" + pending.title() + "\" (version "
								+ pending.versionNumber() + ")",
						pending.dueOn(), null, Basis.RECOMMENDED, null, member.userId(), pending.link(),
						"164.316(b)(2)(ii)"));
			}
		}
		return items;
	}

}
