package dev.bulwark.calendar;

import java.util.List;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.DashboardCard;
import dev.bulwark.shared.NavigationItem;
import dev.bulwark.shared.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calendar's menu entries and dashboard card. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	private static final String GROUP = "Compliance calendar";

	@Bean
	NavigationItem calendarNavigation() {
		return new NavigationItem(GROUP, "Calendar", "/tasks",
				"Everything that comes due: recurring obligations, other areas' dates, your own tasks", 700,
				Permission.CALENDAR_READ);
	}

	@Bean
	NavigationItem myTasksNavigation() {
		return new NavigationItem(GROUP, "My tasks", "/tasks/mine",
				"The tasks given to you: risk treatment and calendar", 710, Permission.TASKS_COMPLETE_OWN);
	}

	@Bean
	NavigationItem remindersNavigation() {
		return new NavigationItem(GROUP, "Reminders and feed", "/tasks/reminders",
				"Your e-mail reminders and your private calendar feed", 720, Permission.TASKS_COMPLETE_OWN);
	}

	@Bean
	DashboardCard.Source calendarDashboardCard(Tasks tasks) {
		return () -> {
			var actor = CurrentActor.find().orElse(null);
			if (actor == null || !actor.can(Permission.CALENDAR_READ)) {
				return List.of();
			}
			int overdue = tasks.overdue(actor.practiceId()).size();
			int soon = tasks.upcoming(actor.practiceId(), 30).size();
			return List
				.of(new DashboardCard("Compliance calendar", overdue + " overdue, " + soon + " due in the next 30 days",
						(overdue > 0) ? "Complete or reschedule the overdue tasks." : null, "/tasks",
						(overdue > 0) ? "attention" : "good", 700));
		};
	}

}
