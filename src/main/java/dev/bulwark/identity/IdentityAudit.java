package dev.bulwark.identity;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import dev.bulwark.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link IdentityEvent}s. An account can belong to several practices, so an
 * event about a person's own account is published for every practice the person is an
 * active member of; that way each security officer sees what happened to their own
 * people. Accounts without a practice write to the installation's chain.
 */
@Component
class IdentityAudit {

	private final MembershipRepository memberships;

	private final ApplicationEventPublisher events;

	IdentityAudit(MembershipRepository memberships, ApplicationEventPublisher events) {
		this.memberships = memberships;
		this.events = events;
	}

	/** How a person appears in the audit trail: {@code Name <email>}. */
	static String person(UserAccount user) {
		return AuditTrail.label(user.displayName(), user.email());
	}

	static String person(MemberSummary member) {
		return AuditTrail.label(member.displayName(), member.email());
	}

	/**
	 * One event about the account, in the trail of every practice the person actively
	 * belongs to (or the installation's).
	 * @param eventInPractice builds the event for a practice id ({@code null} for the
	 * installation)
	 */
	void forAccount(UUID userId, Function<UUID, IdentityEvent> eventInPractice) {
		List<UUID> practices = this.memberships.activePracticeIds(userId);
		if (practices.isEmpty()) {
			publish(eventInPractice.apply(null));
			return;
		}
		for (UUID practiceId : practices) {
			publish(eventInPractice.apply(practiceId));
		}
	}

	void publish(IdentityEvent event) {
		this.events.publishEvent(event);
	}

}
