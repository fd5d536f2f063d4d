package dev.bulwark.practice;

import javax.sql.DataSource;

import dev.bulwark.shared.NavigationItem;
import dev.bulwark.shared.Permission;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class PracticeConfiguration {

	@Bean
	NavigationItem settingsNavigation() {
		return new NavigationItem("Practice", "Settings", "/practice/settings",
				"Time zone, automatic logoff, proposed-rule mode, risk matrix", 950, Permission.PRACTICE_SETTINGS);
	}

	/**
	 * The lock that keeps the daily tick to one node at a time, in the {@code shedlock}
	 * table. Its lease is measured by the database's clock: a lease is about real time
	 * between nodes, not about the application's (testable) business clock.
	 */
	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Bean
	LockingTaskExecutor lockingTaskExecutor(LockProvider lockProvider) {
		return new DefaultLockingTaskExecutor(lockProvider);
	}

}
