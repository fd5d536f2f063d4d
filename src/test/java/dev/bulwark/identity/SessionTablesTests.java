package dev.bulwark.identity;

import dev.bulwark.BulwarkIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one session that both add the same attribute (parallel htmx requests)
 * no longer collide on the attribute table: the later one wins.
 */
@BulwarkIntegrationTest
class SessionTablesTests {

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void twoCopiesOfASessionMayAddTheSameAttribute() {
		// The repository's session type is not public: use it through the interface.
		SessionRepository<Session> repository = (SessionRepository) this.sessions;
		Session session = repository.createSession();
		repository.save(session);
		Session first = repository.findById(session.getId());
		Session second = repository.findById(session.getId());

		first.setAttribute("lastPage", "/inventory");
		repository.save(first);
		second.setAttribute("lastPage", "/risks");
		repository.save(second);

		assertThat((String) repository.findById(session.getId()).getAttribute("lastPage")).isEqualTo("/risks");
		repository.deleteById(session.getId());
	}

}
