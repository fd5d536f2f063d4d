package dev.bulwark.practice;

import dev.bulwark.shared.Permission;

import dev.bulwark.shared.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PracticeConfiguration {

	@Bean
	NavigationItem settingsNavigation() {
		return new NavigationItem("Practice", "Settings", "/practice/settings",
				"Automatic logoff, proposed-rule mode, risk matrix", 950, Permission.PRACTICE_SETTINGS);
	}

}
