package dev.bulwark.identity;

import java.util.List;

import dev.bulwark.shared.NavigationItem;
import dev.bulwark.shared.Role;

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
				"Who can sign in, with which role; invitations", 900, List.of(Role.SECURITY_OFFICER));
	}

}
