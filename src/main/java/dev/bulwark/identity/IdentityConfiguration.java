package dev.bulwark.identity;

import dev.bulwark.shared.Permission;

import dev.bulwark.shared.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	@Bean
	PasswordPolicy passwordPolicy() {
		return PasswordPolicy.load();
	}

	@Bean
	NavigationItem teamNavigation() {
		return new NavigationItem("Practice", "Team and access", "/practice/users",
				"Who can sign in, with which role; invitations", 900, Permission.USERS_MANAGE);
	}

}
