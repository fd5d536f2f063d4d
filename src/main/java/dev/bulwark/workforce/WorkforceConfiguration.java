package dev.bulwark.workforce;

import java.util.List;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.DashboardCard;
import dev.bulwark.shared.NavigationItem;
import dev.bulwark.shared.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's menu entries and dashboard card. */
@Configuration(proxyBeanMethods = false)
class WorkforceConfiguration {

	private static final String GROUP = "Policies and people";

	@Bean
	NavigationItem staffNavigation() {
		return new NavigationItem(GROUP, "Staff", "/staff", "Who works here, their accounts, and on- and offboarding",
				430, Permission.WORKFORCE_READ);
	}

	@Bean
	NavigationItem accessReviewsNavigation() {
		return new NavigationItem(GROUP, "Access reviews", "/access-reviews",
				"Who has access to what, reviewed and signed off", 431, Permission.WORKFORCE_READ);
	}

	@Bean
	NavigationItem sanctionsNavigation() {
		return new NavigationItem(GROUP, "Sanctions", "/sanctions", "Sanctions applied for breaking security policies",
				432, Permission.SANCTIONS_READ);
	}

	@Bean
	DashboardCard.Source workforceDashboardCard(Workforce workforce, OffboardingService offboarding) {
		return () -> {
			var actor = CurrentActor.find().orElse(null);
			if (actor == null || !actor.can(Permission.WORKFORCE_READ)) {
				return List.of();
			}
			int overdue = offboarding.overdue(actor.practiceId()).size();
			if (overdue > 0) {
				return List.of(new DashboardCard("Staff and access",
						overdue + ((overdue == 1) ? " offboarding step is" : " offboarding steps are")
								+ " past the deadline",
						"Access of someone who left may still be open: finish the checklist.", "/staff/findings",
						"attention", 430));
			}
			long people = workforce.countStaff(actor.practiceId());
			if (people == 0) {
				return List.of(new DashboardCard("Staff and access", "No staff recorded yet.",
						"List everyone who works here, volunteers and trainees included, and the accounts they hold.",
						"/staff", "attention", 430));
			}
			return List.of(new DashboardCard("Staff and access",
					people + ((people == 1) ? " person" : " people") + " on the roster", null, "/staff", "neutral",
					430));
		};
	}

}
