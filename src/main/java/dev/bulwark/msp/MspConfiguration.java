package dev.bulwark.msp;

import dev.bulwark.shared.NavigationItem;
import dev.bulwark.shared.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The MSP's menu entries, shown only to MSP people. */
@Configuration(proxyBeanMethods = false)
class MspConfiguration {

	private static final String GROUP = "Your MSP";

	@Bean
	NavigationItem mspPortfolioNavigation() {
		return new NavigationItem(GROUP, "Portfolio", "/portfolio", "Every practice you serve and how it stands", 10,
				Permission.MSP_PORTFOLIO);
	}

	@Bean
	NavigationItem mspTemplatesNavigation() {
		return new NavigationItem(GROUP, "Templates", "/msp/templates",
				"Standard asset lists and data flows for new practices", 12, Permission.MSP_PORTFOLIO);
	}

	@Bean
	NavigationItem mspPeopleNavigation() {
		return new NavigationItem(GROUP, "MSP people", "/msp/people", "Your administrators and technicians", 14,
				Permission.MSP_ADMINISTER);
	}

}
