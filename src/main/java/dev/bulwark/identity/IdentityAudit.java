package dev.bulwark.identity;

import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.AuditEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Audit entries about an account (sign-ins, second factors, lockouts). An account can
 * belong to several practices, so each entry is written to the chain of every practice
 * the person is an active member of; that way each security officer sees what happened to
 * their own people. Accounts without a practice write to the installation's chain.
 */
@Component
class IdentityAudit {

	private final MembershipRepository memberships;

	private final ApplicationEventPublisher events;

	IdentityAudit(MembershipRepository memberships, ApplicationEventPublisher events) {
		this.memberships = memberships;
		this.events = events;
	}

	void record(UUID userId, String email, String action, String summary) {
		List<UUID> practices = this.memberships.activePracticeIds(userId);
		if (practices.isEmpty()) {
			this.events.publishEvent(AuditEvent.of(null, action, "user", userId, summary).by(userId, email));
			return;
		}
		for (UUID practiceId : practices) {
			this.events.publishEvent(AuditEvent.of(practiceId, action, "user", userId, summary).by(userId, email));
		}
	}

	void record(UserAccount user, String action, String summary) {
		record(user.id(), user.email(), action, summary);
	}

	/** For a sign-in attempt naming no known account: nothing identifying is kept. */
	void recordUnknownAccount(String action, String summary) {
		this.events.publishEvent(AuditEvent.of(null, action, "user", null, summary).by(null, "unknown account"));
	}

}
