package dev.bulwark.policies;

import java.util.List;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.DashboardCard;
import dev.bulwark.shared.NavigationItem;
import dev.bulwark.shared.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's menu entries and dashboard cards. */
@Configuration(proxyBeanMethods = false)
class PoliciesConfiguration {

	private static final String GROUP = "Policies and people";

	@Bean
	NavigationItem policiesNavigation() {
		return new NavigationItem(GROUP, "Policies", "/policies",
				"Policies and plans: versions, approval, acknowledgements", 400, Permission.POLICIES_READ);
	}

	@Bean
	NavigationItem policiesToAcknowledgeNavigation() {
		return new NavigationItem(GROUP, "Policies to acknowledge", "/policies/mine",
				"The policies you have still to read and acknowledge", 410, Permission.POLICIES_ACKNOWLEDGE);
	}

	@Bean
	DashboardCard.Source policiesDashboardCard(Policies policies) {
		return () -> {
			var actor = CurrentActor.find().orElse(null);
			if (actor == null || !actor.hasPractice()) {
				return List.of();
			}
			if (actor.can(Permission.POLICIES_EDIT)) {
				int adopted = policies.adoptedTemplateCount(actor.practiceId());
				long owed = policies.pendingAcknowledgementCount(actor.practiceId());
				int all = policies.templateCount();
				String status = adopted + " of " + all + " policy templates adopted; " + owed + " acknowledgement"
						+ ((owed == 1) ? "" : "s") + " outstanding";
				if (adopted < all) {
					return List.of(new DashboardCard("Policies", status,
							"Adopt the remaining templates, then approve and publish them.", "/policies", "attention",
							400));
				}
				return List.of(new DashboardCard("Policies", status, null, "/policies",
						(owed > 0) ? "attention" : "good", 400));
			}
			if (actor.can(Permission.POLICIES_ACKNOWLEDGE)) {
				int pending = policies.pendingAcknowledgements(actor.practiceId(), actor.userId()).size();
				return List.of(new DashboardCard("Policies to acknowledge",
						(pending == 0) ? "You have acknowledged every policy in effect."
								: pending + " polic" + ((pending == 1) ? "y" : "ies") + " to read and acknowledge",
						(pending == 0) ? null : "Read each one and acknowledge it.", "/policies/mine",
						(pending == 0) ? "good" : "attention", 400));
			}
			return List.of();
		};
	}

}
