package dev.bulwark.policies;

import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.shared.Actor;

import org.springframework.context.ApplicationContext;

/**
 * For other modules' tests (a staff member's task list): a policy adopted from a template
 * and published today, through the policies module's own service.
 */
public final class PublishedPolicies {

	private PublishedPolicies() {
	}

	/** Adopts the template and publishes version 1; returns the document's id. */
	public static UUID publish(ApplicationContext context, Actor officer, String templateKey, LocalDate today) {
		return PolicyFixtures.published(context.getBean(PolicyService.class), officer, templateKey, today).id();
	}

}
