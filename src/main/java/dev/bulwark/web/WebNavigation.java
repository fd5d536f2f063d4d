package dev.bulwark.web;

import dev.bulwark.shared.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebNavigation {

	@Bean
	NavigationItem dashboardNavigation() {
		return new NavigationItem("Overview", "Dashboard", "/", "Where your compliance program stands", 0, null);
	}

}
