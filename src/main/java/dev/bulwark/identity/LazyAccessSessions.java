package dev.bulwark.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.bulwark.shared.IdleWrites;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store, writing a session's last access time only once it has moved on by
 * {@link IdleWrites#lag}. Spring Session marks the session changed on every request and
 * updates its row (a transaction and an update per page view, about a sixth of a page's
 * cost under load); a request that changes nothing else now writes nothing. Any real
 * change (an attribute, the idle time, a new id) is written at once, with the true last
 * access time. The stored time trails the real one by less than the lag, so the server
 * ends an idle session at most that much early, never late.
 */
final class LazyAccessSessions implements FindByIndexNameSessionRepository<LazyAccessSessions.LazySession> {

	private final FindByIndexNameSessionRepository<Session> store;

	@SuppressWarnings("unchecked")
	LazyAccessSessions(FindByIndexNameSessionRepository<? extends Session> store) {
		// The JDBC store's session type is package-private; every session given back
		// to it is one it created.
		this.store = (FindByIndexNameSessionRepository<Session>) store;
	}

	@Override
	public LazySession createSession() {
		LazySession session = new LazySession(this.store.createSession());
		session.changed = true;
		return session;
	}

	@Override
	public void save(LazySession session) {
		if (!session.changed) {
			return;
		}
		if (session.lastAccessed.isAfter(session.stored.getLastAccessedTime())) {
			session.stored.setLastAccessedTime(session.lastAccessed);
		}
		this.store.save(session.stored);
		session.changed = false;
	}

	@Override
	public LazySession findById(String id) {
		Session found = this.store.findById(id);
		return (found != null) ? new LazySession(found) : null;
	}

	@Override
	public void deleteById(String id) {
		this.store.deleteById(id);
	}

	@Override
	public Map<String, LazySession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.store.findByIndexNameAndIndexValue(indexName, indexValue)
			.values()
			.stream()
			.collect(Collectors.toMap(Session::getId, LazySession::new));
	}

	/**
	 * A stored session whose last access time reaches the store only when it is worth a
	 * write.
	 */
	static final class LazySession implements Session {

		private final Session stored;

		private Instant lastAccessed;

		private boolean changed;

		LazySession(Session stored) {
			this.stored = stored;
			this.lastAccessed = stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String name) {
			return this.stored.getAttribute(name);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			if (value == null && this.stored.getAttribute(name) == null) {
				return;
			}
			this.changed = true;
			this.stored.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			setAttribute(name, null);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant time) {
			this.lastAccessed = time;
			Duration behind = Duration.between(this.stored.getLastAccessedTime(), time);
			if (behind.compareTo(IdleWrites.lag(this.stored.getMaxInactiveInterval())) >= 0) {
				this.changed = true;
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.lastAccessed;
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.changed = true;
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		/**
		 * As the store judges it, from the stored time: the store is what ends the
		 * session.
		 */
		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
