package dev.bulwark.practice;

import java.util.List;

import dev.bulwark.shared.NavigationItem;
import dev.bulwark.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PracticeConfiguration {

	@Bean
	NavigationItem settingsNavigation() {
		return new NavigationItem("Practice", "Settings", "/practice/settings",
				"Automatic logoff, proposed-rule mode, risk matrix", 950, List.of(Role.SECURITY_OFFICER));
	}

}
