package dev.bulwark.incidents;

import java.util.List;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.DashboardCard;
import dev.bulwark.shared.NavigationItem;
import dev.bulwark.shared.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The incidents module's menu entries and dashboard card. */
@Configuration(proxyBeanMethods = false)
class IncidentsConfiguration {

	static final String GROUP = "Incidents";

	@Bean
	NavigationItem incidentReportNavigation() {
		return new NavigationItem(GROUP, "Report an incident", "/incidents/report",
				"A lost device, a suspicious e-mail, a letter to the wrong patient: tell us in a minute", 600,
				Permission.INCIDENT_REPORT);
	}

	@Bean
	NavigationItem myIncidentReportsNavigation() {
		return new NavigationItem(GROUP, "My reports", "/incidents/mine", "Incidents you reported", 605,
				Permission.INCIDENT_REPORT);
	}

	@Bean
	NavigationItem incidentsNavigation() {
		return new NavigationItem(GROUP, "Incidents", "/incidents", "Triage, timeline, breach assessment", 610,
				Permission.INCIDENTS_READ);
	}

	@Bean
	NavigationItem breachesNavigation() {
		return new NavigationItem(GROUP, "Breaches", "/breaches", "Notification deadlines and the year's log", 620,
				Permission.INCIDENTS_READ);
	}

	@Bean
	NavigationItem drillsNavigation() {
		return new NavigationItem(GROUP, "Response plan and drills", "/drills",
				"The incident response plan and tabletop drills", 630, Permission.INCIDENTS_READ);
	}

	@Bean
	DashboardCard.Source incidentsDashboardCard(Incidents incidents) {
		return () -> {
			Actor actor = CurrentActor.find().orElse(null);
			if (actor == null || !actor.can(Permission.INCIDENTS_READ)) {
				return List.of();
			}
			long total = incidents.count(actor.practiceId());
			if (total == 0) {
				return List.of(new DashboardCard("Incidents", "No incidents reported.",
						"Make sure everyone knows how to report one: Report an incident, in the menu.", "/incidents",
						"neutral", 600));
			}
			return List
				.of(new DashboardCard("Incidents", total + ((total == 1) ? " incident" : " incidents") + " recorded",
						"Check the breach deadlines under Breaches.", "/incidents", "neutral", 600));
		};
	}

}
