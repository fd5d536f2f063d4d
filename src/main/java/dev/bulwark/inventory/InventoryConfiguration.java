package dev.bulwark.inventory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.DashboardCard;
import dev.bulwark.shared.NavigationItem;
import dev.bulwark.shared.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inventory's menu entries and dashboard card. */
@Configuration(proxyBeanMethods = false)
class InventoryConfiguration {

	private static final String GROUP = "Know your systems";

	@Bean
	NavigationItem inventoryAssetsNavigation() {
		return new NavigationItem(GROUP, "Assets", "/inventory/assets",
				"Computers, phones, media, applications and cloud services", 200, Permission.INVENTORY_READ);
	}

	@Bean
	NavigationItem inventoryFlowsNavigation() {
		return new NavigationItem(GROUP, "Data flows", "/inventory/flows", "Where patient information goes, and how",
				210, Permission.INVENTORY_READ);
	}

	@Bean
	NavigationItem inventorySegmentsNavigation() {
		return new NavigationItem(GROUP, "Networks", "/inventory/segments", "Clinical, office and guest networks", 220,
				Permission.INVENTORY_READ);
	}

	@Bean
	NavigationItem inventoryDiagramNavigation() {
		return new NavigationItem(GROUP, "Diagram", "/inventory/diagram", "The map of systems, vendors and flows", 230,
				Permission.INVENTORY_READ);
	}

	@Bean
	NavigationItem inventoryFindingsNavigation() {
		return new NavigationItem(GROUP, "Inventory findings", "/inventory/findings",
				"Gaps found in the inventory, with citations", 240, Permission.INVENTORY_READ);
	}

	@Bean
	DashboardCard.Source inventoryDashboardCard(Inventory inventory) {
		return () -> {
			var actor = CurrentActor.find().orElse(null);
			if (actor == null || !actor.hasPractice() || !actor.can(Permission.INVENTORY_READ)) {
				return List.of();
			}
			InventorySummary summary = inventory.summary(actor.practiceId());
			return List.of(card(summary, inventory.firstOpenFinding(actor.practiceId()).orElse(null), actor.zone()));
		};
	}

	/**
	 * The card: what to do first, from the first open finding of the rule in force.
	 * @param first the open finding listed first (rule in force before proposed), or
	 * {@code null}
	 * @param zone the practice's time zone, for the date of the last review
	 */
	static DashboardCard card(InventorySummary summary, InventoryFinding first, ZoneId zone) {
		String title = "Systems inventory";
		if (summary.assets() == 0) {
			return new DashboardCard(title, "No systems recorded yet.",
					"Record your computers, phones and cloud services, or import a spreadsheet.", "/inventory/assets",
					"attention", 200);
		}
		String status = summary.assets() + " systems, " + summary.ephiAssets() + " with ePHI, " + summary.openFindings()
				+ " open findings"
				+ ((summary.lastReview() != null)
						? "; reviewed " + LocalDate.ofInstant(summary.lastReview().reviewedAt(), zone)
						: "; never reviewed");
		if (first != null && !first.proposedRule()) {
			return new DashboardCard(title, status, first.title() + " (" + first.citation() + ")",
					"/inventory/findings", "attention", 200);
		}
		if (summary.reviewDue()) {
			return new DashboardCard(title, status, "Walk through the inventory and mark it reviewed.",
					"/inventory/assets", "attention", 200);
		}
		return new DashboardCard(title, status, null, "/inventory/assets", "good", 200);
	}

}
