package dev.bulwark.vendors;

import java.util.List;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.DashboardCard;
import dev.bulwark.shared.NavigationItem;
import dev.bulwark.shared.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The vendor register's menu entry and dashboard card. */
@Configuration(proxyBeanMethods = false)
class VendorsConfiguration {

	@Bean
	NavigationItem vendorsNavigation() {
		return new NavigationItem("Know your systems", "Vendors", "/vendors",
				"Vendors, business associates and their agreements", 250, Permission.VENDORS_READ);
	}

	@Bean
	DashboardCard.Source vendorsDashboardCard(Vendors vendors) {
		return () -> {
			Actor actor = CurrentActor.find().orElse(null);
			if (actor == null || !actor.hasPractice() || !actor.can(Permission.VENDORS_READ)) {
				return List.of();
			}
			long count = vendors.count(actor.practiceId());
			if (count == 0) {
				return List.of(new DashboardCard("Vendors", "No vendors recorded yet.",
						"List the vendors that handle patient information for you: each needs a business "
								+ "associate agreement.",
						"/vendors", "attention", 250));
			}
			String status = count + ((count == 1) ? " vendor" : " vendors") + " recorded";
			List<dev.bulwark.shared.GapsReported.Gap> gaps = vendors.openGaps(actor.practiceId());
			if (!gaps.isEmpty()) {
				return List.of(new DashboardCard("Vendors", status,
						gaps.get(0).title() + " (" + gaps.get(0).citation() + ")", "/vendors", "attention", 250));
			}
			return List.of(new DashboardCard("Vendors", status, null, "/vendors", "good", 250));
		};
	}

}
