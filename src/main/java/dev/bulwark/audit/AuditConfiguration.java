package dev.bulwark.audit;

import dev.bulwark.shared.Permission;

import dev.bulwark.shared.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	NavigationItem auditNavigation() {
		return new NavigationItem("Evidence", "Audit trail", "/audit",
				"Every sign-in, change and sensitive read, tamper-evident", 800, Permission.AUDIT_READ);
	}

}
