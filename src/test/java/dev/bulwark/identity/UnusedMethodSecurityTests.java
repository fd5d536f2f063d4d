package dev.bulwark.identity;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;

import static org.assertj.core.api.Assertions.assertThat;

class UnusedMethodSecurityTests {

	@Test
	void removesTheUnusedAdvisorsAndKeepsPreAuthorize() {
		DefaultListableBeanFactory registry = new DefaultListableBeanFactory();
		for (String name : UnusedMethodSecurity.ADVISORS) {
			registry.registerBeanDefinition(name, new RootBeanDefinition(Object.class));
		}
		registry.registerBeanDefinition("preAuthorizeAuthorizationAdvisor", new RootBeanDefinition(Object.class));

		new UnusedMethodSecurity().postProcessBeanDefinitionRegistry(registry);

		assertThat(registry.getBeanDefinitionNames()).containsExactly("preAuthorizeAuthorizationAdvisor");
	}

	@Test
	void leavesARegistryWithoutThemAlone() {
		DefaultListableBeanFactory registry = new DefaultListableBeanFactory();
		registry.registerBeanDefinition("preAuthorizeAuthorizationAdvisor", new RootBeanDefinition(Object.class));

		new UnusedMethodSecurity().postProcessBeanDefinitionRegistry(registry);

		assertThat(registry.getBeanDefinitionNames()).containsExactly("preAuthorizeAuthorizationAdvisor");
	}

}
