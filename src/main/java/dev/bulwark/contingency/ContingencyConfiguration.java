package dev.bulwark.contingency;

import java.util.List;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.DashboardCard;
import dev.bulwark.shared.NavigationItem;
import dev.bulwark.shared.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contingency module's menu entries and dashboard card. */
@Configuration(proxyBeanMethods = false)
class ContingencyConfiguration {

	private static final String GROUP = "Be ready";

	@Bean
	NavigationItem contingencyNavigation() {
		return new NavigationItem(GROUP, "Backups and contingency", "/contingency",
				"Backups, restore tests and the 3-2-1 check", 600, Permission.CONTINGENCY_READ);
	}

	@Bean
	NavigationItem contingencyPlanNavigation() {
		return new NavigationItem(GROUP, "Contingency plan", "/contingency/plan",
				"Contacts, steps, the plan and its tests", 610, Permission.CONTINGENCY_READ);
	}

	@Bean
	DashboardCard.Source contingencyDashboardCard(Contingency contingency) {
		return () -> {
			Actor actor = CurrentActor.find().orElse(null);
			if (actor == null || !actor.hasPractice() || !actor.can(Permission.CONTINGENCY_READ)) {
				return List.of();
			}
			Contingency.BackedUp backedUp = contingency.backedUp(actor.practiceId());
			return List.of(card(backedUp.ephiSystems(), backedUp.statuses()));
		};
	}

	/** The card: the first thing to fix among the systems holding ePHI. */
	static DashboardCard card(List<SystemStatus> statuses) {
		List<SystemStatus> ephi = statuses.stream().filter(SystemStatus::ephi).toList();
		return card(ephi.size(), ephi.stream().filter(SystemStatus::backedUp).toList());
	}

	/**
	 * The card from the number of systems holding ePHI and the statuses of those with a
	 * backup (others may be among them and are left out).
	 */
	static DashboardCard card(int ephiSystems, List<SystemStatus> backedUp) {
		String title = "Backups and contingency";
		if (ephiSystems == 0) {
			return new DashboardCard(title, "No system holding ePHI yet.",
					"Record your systems in the inventory, then their backups here.", "/contingency", "neutral", 600);
		}
		List<SystemStatus> ephi = backedUp.stream().filter((s) -> s.ephi() && s.backedUp()).toList();
		long unprotected = ephiSystems - ephi.size();
		long failing = ephi.stream().filter((s) -> !s.threeTwoOne().passes()).count();
		long overdue = ephi.stream().filter(SystemStatus::restoreTestOverdue).count();
		String status = ephiSystems + " systems with ePHI: " + unprotected + " without backup, " + failing
				+ " failing 3-2-1, " + overdue + " restore tests due";
		if (unprotected > 0) {
			return new DashboardCard(title, status, "Record the backups of every system holding ePHI.", "/contingency",
					"attention", 600);
		}
		if (overdue > 0) {
			return new DashboardCard(title, status, "Test-restore a backup and record the result.",
					"/contingency/restore-tests/new", "attention", 600);
		}
		if (failing > 0) {
			return new DashboardCard(title, status, "Add a copy on other storage or off site (3-2-1, recommended).",
					"/contingency", "attention", 600);
		}
		return new DashboardCard(title, status, null, "/contingency", "good", 600);
	}

}
