package dev.bulwark.audit;

import java.util.List;

import dev.bulwark.shared.NavigationItem;
import dev.bulwark.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	NavigationItem auditNavigation() {
		return new NavigationItem("Evidence", "Audit trail", "/audit",
				"Every sign-in, change and sensitive read, tamper-evident", 800,
				List.of(Role.SECURITY_OFFICER, Role.AUDITOR));
	}

}
