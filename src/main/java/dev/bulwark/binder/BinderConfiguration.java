package dev.bulwark.binder;

import dev.bulwark.shared.NavigationItem;
import dev.bulwark.shared.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The binder's menu entry and the pool that prepares binders. */
@Configuration(proxyBeanMethods = false)
class BinderConfiguration {

	static final String EXECUTOR = "binderExecutor";

	@Bean
	NavigationItem binderNavigation() {
		return new NavigationItem("Evidence", "Audit binder", "/binder",
				"Everything an auditor asks for, in one download", 810, Permission.BINDER_EXPORT);
	}

	/**
	 * Two binders at a time per node, ten more waiting: each holds its ZIP in memory
	 * while it is built, so the pool bounds the memory many simultaneous exports can
	 * take; past that, people are told to try again rather than the server running out of
	 * memory.
	 */
	@Bean(name = EXECUTOR, destroyMethod = "shutdown")
	ThreadPoolTaskExecutor binderExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setQueueCapacity(10);
		executor.setThreadNamePrefix("binder-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(30);
		executor.initialize();
		return executor;
	}

}
