package dev.bulwark.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.bulwark.identity.Accounts;
import dev.bulwark.identity.MemberSummary;
import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.DueItemsReported.Basis;
import dev.bulwark.shared.DueItemsReported.DueItem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the compliance calendar what comes due ({@link DueItemsReported}, source
 * {@value #SOURCE}): each active person's open training assignments, owned by that
 * person. Every date is RECOMMENDED: the Security Rule requires training but sets no
 * interval. Reported after every change, in its transaction, and on the daily tick.
 */
@Component
class TrainingDueDates {

	static final String SOURCE = "training";

	static final String TRAINING_OBLIGATION = "OBL-SECURITY-TRAINING";

	private final TrainingRepository repository;

	private final TrainingCatalog catalog;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	TrainingDueDates(TrainingRepository repository, TrainingCatalog catalog, Accounts accounts,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.catalog = catalog;
		this.accounts = accounts;
		this.events = events;
	}

	/** Publishes the practice's open due items, all of them. */
	void report(UUID practiceId) {
		this.events.publishEvent(new DueItemsReported(practiceId, SOURCE, items(practiceId)));
	}

	List<DueItem> items(UUID practiceId) {
		Set<UUID> active = this.accounts.activeMembers(practiceId)
			.stream()
			.map(MemberSummary::userId)
			.collect(Collectors.toSet());
		List<DueItem> items = new ArrayList<>();
		for (Assignment assignment : this.repository.openAssignments(practiceId)) {
			if (!active.contains(assignment.userId())) {
				continue;
			}
			String title = this.catalog.find(assignment.moduleKey())
				.map(TrainingModule::title)
				.orElse(assignment.moduleKey());
			items.add(new DueItem("module:" + assignment.moduleKey() + ":" + assignment.userId(),
					assignment.personName() + ": complete the training \"" + title + "\"", assignment.dueOn(), null,
					Basis.RECOMMENDED, TRAINING_OBLIGATION, assignment.userId(),
					"/training/modules/" + assignment.moduleKey(), "164.308(a)(5)(i)"));
		}
		return items;
	}

}
