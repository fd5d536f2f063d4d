package dev.bulwark.identity;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account at once, e.g. when it is deactivated or its second
 * factor is reset.
 */
@Component
class SessionTerminator {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	int endAll(String email) {
		var found = this.sessions.findByPrincipalName(UserAccountRepository.normalizeEmail(email));
		found.keySet().forEach(this.sessions::deleteById);
		return found.size();
	}

	/** Ends every session of an account except the one making the request. */
	int endAllExcept(String email, String keepSessionId) {
		var found = this.sessions.findByPrincipalName(UserAccountRepository.normalizeEmail(email));
		int ended = 0;
		for (String id : found.keySet()) {
			if (!id.equals(keepSessionId)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
