package dev.bulwark.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store wrapper on its own: what reaches the store and when.
 */
class LazyAccessSessionsTests {

	private final CountingStore store = new CountingStore();

	private final LazyAccessSessions sessions = new LazyAccessSessions(this.store);

	@Test
	void aNewSessionIsSaved() {
		var session = this.sessions.createSession();
		this.sessions.save(session);
		assertThat(this.store.saves).isEqualTo(1);
		assertThat(this.store.findById(session.getId())).isNotNull();
	}

	@Test
	void anAccessWithinTheLagWritesNothingAndOneAfterItWritesTheTrueTime() {
		String id = stored(Duration.ofMinutes(15));
		Instant stored = this.store.findById(id).getLastAccessedTime();

		var again = this.sessions.findById(id);
		again.setLastAccessedTime(stored.plusSeconds(29));
		this.sessions.save(again);
		assertThat(this.store.saves).isZero();
		// The request itself sees the true time.
		assertThat(again.getLastAccessedTime()).isEqualTo(stored.plusSeconds(29));

		var later = this.sessions.findById(id);
		later.setLastAccessedTime(stored.plusSeconds(30));
		this.sessions.save(later);
		assertThat(this.store.saves).isEqualTo(1);
		assertThat(this.store.findById(id).getLastAccessedTime()).isEqualTo(stored.plusSeconds(30));
	}

	@Test
	void anyRealChangeIsWrittenAtOnceWithTheTrueLastAccess() {
		String id = stored(Duration.ofMinutes(15));
		Instant stored = this.store.findById(id).getLastAccessedTime();

		var session = this.sessions.findById(id);
		session.setLastAccessedTime(stored.plusSeconds(5));
		session.setAttribute("practice", "b");
		this.sessions.save(session);
		assertThat(this.store.saves).isEqualTo(1);
		assertThat(this.store.findById(id).<String>getAttribute("practice")).isEqualTo("b");
		assertThat(this.store.findById(id).getLastAccessedTime()).isEqualTo(stored.plusSeconds(5));

		var shorter = this.sessions.findById(id);
		shorter.setMaxInactiveInterval(Duration.ofMinutes(10));
		this.sessions.save(shorter);
		assertThat(this.store.saves).isEqualTo(2);
		assertThat(this.store.findById(id).getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(10));

		// Removing what is not there changes nothing.
		var same = this.sessions.findById(id);
		same.removeAttribute("nothing");
		this.sessions.save(same);
		assertThat(this.store.saves).isEqualTo(2);
	}

	@Test
	void aShortIdleTimeHasAShortLag() {
		String id = stored(Duration.ofSeconds(6));
		Instant stored = this.store.findById(id).getLastAccessedTime();
		var session = this.sessions.findById(id);
		session.setLastAccessedTime(stored.plusMillis(250));
		this.sessions.save(session);
		assertThat(this.store.saves).isEqualTo(1);
	}

	private String stored(Duration idle) {
		MapSession session = new MapSession();
		session.setMaxInactiveInterval(idle);
		// Well within the idle time, so that the store does not find it expired.
		session.setLastAccessedTime(Instant.now().minus(idle.dividedBy(2)));
		this.store.save(session);
		this.store.saves = 0;
		return session.getId();
	}

	/** An in-memory store that counts writes. */
	static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {

		private final Map<String, org.springframework.session.Session> map = new ConcurrentHashMap<>();

		private final MapSessionRepository delegate = new MapSessionRepository(this.map);

		int saves;

		@Override
		public MapSession createSession() {
			return this.delegate.createSession();
		}

		@Override
		public void save(MapSession session) {
			this.saves++;
			this.delegate.save(session);
		}

		@Override
		public MapSession findById(String id) {
			return this.delegate.findById(id);
		}

		@Override
		public void deleteById(String id) {
			this.delegate.deleteById(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}

	}

}
