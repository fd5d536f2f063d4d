package dev.bulwark.identity;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account at once, e.g. when it is deactivated or its second
 * factor is reset.
 */
@Component
class SessionTerminator {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	SessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	private Map<String, ? extends Session> find(String email) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		return repository == null ? Map.of()
				: repository.findByPrincipalName(UserAccountRepository.normalizeEmail(email));
	}

	int endAll(String email) {
		var found = find(email);
		found.keySet().forEach((id) -> this.sessions.getObject().deleteById(id));
		return found.size();
	}

	/** Ends every session of an account except the one making the request. */
	int endAllExcept(String email, String keepSessionId) {
		var found = find(email);
		int ended = 0;
		for (String id : found.keySet()) {
			if (!id.equals(keepSessionId)) {
				this.sessions.getObject().deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
