package dev.bulwark.evidence;

import java.util.List;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.DashboardCard;
import dev.bulwark.shared.NavigationItem;
import dev.bulwark.shared.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The evidence store's menu entry and dashboard card. */
@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

	@Bean
	NavigationItem evidenceNavigation() {
		return new NavigationItem("Evidence", "Evidence files", "/evidence",
				"Documents and screenshots, encrypted and kept six years", 790, Permission.EVIDENCE_READ);
	}

	@Bean
	DashboardCard.Source evidenceDashboardCard(EvidenceStore store) {
		return () -> {
			Actor actor = CurrentActor.find().orElse(null);
			if (actor == null || !actor.can(Permission.EVIDENCE_READ)) {
				return List.of();
			}
			return List.of(card(store.activity(actor.practiceId(), store.today(actor))));
		};
	}

	static DashboardCard card(EvidenceStore.Activity activity) {
		String title = "Evidence";
		if (activity.items() == 0) {
			return new DashboardCard(title, "No evidence stored yet.",
					"Upload proof of what you do (a signed agreement, a backup report, a training certificate) "
							+ "as you do it.",
					"/evidence", "attention", 790);
		}
		String status = activity.items() + ((activity.items() == 1) ? " item" : " items") + "; new evidence in "
				+ activity.monthsWithEvidence() + " of the last 12 months";
		if (activity.monthsWithEvidence() < 12) {
			return new DashboardCard(title, status,
					"Add evidence as work is done, month by month: OCR looks at the practices in place over the "
							+ "previous 12 months, not one snapshot.",
					"/evidence", "neutral", 790);
		}
		return new DashboardCard(title, status, null, "/evidence", "good", 790);
	}

}
