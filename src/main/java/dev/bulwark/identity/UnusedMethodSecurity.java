package dev.bulwark.identity;

import java.util.List;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;

/**
 * Removes the method-security advisors Bulwark does not use, leaving
 * {@code @PreAuthorize} (behind {@code @Permitted}, {@code @SignedIn},
 * {@code @PublicEndpoint} and {@code @PasswordStepOnly}) exactly as
 * {@code @EnableMethodSecurity} configures it.
 * <p>
 * Why: at start-up every advisor's pointcut is matched against every method of every
 * bean, and the four unused ones ({@code @PreFilter}, {@code @PostFilter},
 * {@code @PostAuthorize}, {@code @AuthorizeReturnObject}) cost about a sixth of a second
 * of the main thread (ADR 0032). Those annotations would therefore be ignored;
 * {@code ArchitectureTests} fails the build if any of them is used.
 */
class UnusedMethodSecurity implements BeanDefinitionRegistryPostProcessor {

	/** The advisor beans {@code MethodSecurityAdvisorRegistrar} defines for them. */
	static final List<String> ADVISORS = List.of("preFilterAuthorizationAdvisor", "postFilterAuthorizationAdvisor",
			"postAuthorizeAuthorizationAdvisor", "authorizeReturnObjectAdvisor");

	@Override
	public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
		// With the build-time bean definitions (ADR 0031) they are already gone.
		for (String name : ADVISORS) {
			if (registry.containsBeanDefinition(name)) {
				registry.removeBeanDefinition(name);
			}
		}
	}

}
