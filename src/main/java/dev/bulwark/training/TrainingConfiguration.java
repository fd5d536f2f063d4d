package dev.bulwark.training;

import java.util.List;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.DashboardCard;
import dev.bulwark.shared.NavigationItem;
import dev.bulwark.shared.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's menu entries and dashboard card. */
@Configuration(proxyBeanMethods = false)
class TrainingConfiguration {

	private static final String GROUP = "Policies and people";

	@Bean
	NavigationItem myTrainingNavigation() {
		return new NavigationItem(GROUP, "My training", "/training", "Security modules to read, with a short quiz each",
				420, Permission.TRAINING_TAKE);
	}

	@Bean
	NavigationItem myTrainingAndPoliciesNavigation() {
		return new NavigationItem(GROUP, "To do: training and policies", "/my-tasks",
				"Your own tasks: training to take and policies to acknowledge", 405, Permission.PRACTICE_MEMBER);
	}

	@Bean
	NavigationItem trainingMatrixNavigation() {
		return new NavigationItem(GROUP, "Training completion", "/training/matrix",
				"Who has completed which training module; assign training", 430, Permission.WORKFORCE_READ);
	}

	@Bean
	NavigationItem outsideTrainingNavigation() {
		return new NavigationItem(GROUP, "Outside training", "/training/outside",
				"Courses taken outside Bulwark, with their certificates", 432, Permission.WORKFORCE_READ);
	}

	@Bean
	NavigationItem securityRemindersNavigation() {
		return new NavigationItem(GROUP, "Security reminders", "/training/reminders",
				"Short security reminders e-mailed to the workforce, and who received them", 434,
				Permission.WORKFORCE_READ);
	}

	@Bean
	NavigationItem phishingNavigation() {
		return new NavigationItem(GROUP, "Phishing simulations", "/training/phishing",
				"Results of phishing tests run with another tool, and their trend", 436, Permission.WORKFORCE_READ);
	}

	@Bean
	DashboardCard.Source trainingDashboardCard(Training training) {
		return () -> {
			var actor = CurrentActor.find().orElse(null);
			if (actor == null || !actor.hasPractice() || !actor.can(Permission.TRAINING_TAKE)) {
				return List.of();
			}
			List<Assignment> open = training.tasksOf(actor.practiceId(), actor.userId(), training.today(actor));
			long late = open.stream().filter(Assignment::overdue).count();
			return List.of(new DashboardCard("My training",
					open.isEmpty() ? "You have no training to take right now."
							: open.size() + " training module" + ((open.size() == 1) ? "" : "s") + " to take"
									+ ((late > 0) ? ", " + late + " overdue" : ""),
					open.isEmpty() ? null : "Read each module and answer its quiz.", "/training",
					open.isEmpty() ? "good" : "attention", 420));
		};
	}

}
