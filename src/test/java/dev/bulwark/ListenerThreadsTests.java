package dev.bulwark;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.PracticeDayBegan;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many events at once do not exhaust the connection pool. A daily tick announces the day
 * of every practice; each announcement starts a dozen module listeners, and some of them
 * need a second connection (a transaction of their own inside the listener's). They run
 * on a bounded executor with fewer threads than pooled connections, so all of them finish
 * and a request made meanwhile gets a connection. Before, Spring fell back to a thread
 * per event and the pool stayed exhausted until its timeout. Its own context: a failure
 * here must not starve other tests.
 */
@BulwarkIntegrationTest
@TestPropertySource(properties = "bulwark.test.context=listener-threads")
class ListenerThreadsTests {

	private static final int PRACTICES = 30;

	@Autowired
	@Qualifier(BulwarkApplication.LISTENER_EXECUTOR)
	ThreadPoolTaskExecutor listeners;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	TestMembers members;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listenersRunOnFewerThreadsThanTheConnectionPoolHolds() {
		assertThat(this.listeners.getMaxPoolSize()).isPositive().isLessThan(this.dataSource.getMaximumPoolSize());
	}

	@Test
	void aDayBeginningInManyPracticesAtOnceRunsEveryListenerToTheEnd() throws Exception {
		List<TestMember> officers = new ArrayList<>();
		for (int i = 0; i < PRACTICES; i++) {
			TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
			this.members.colleague(officer, Role.STAFF);
			officers.add(officer);
		}
		LocalDate tomorrow = LocalDate.now(ZoneId.of("UTC")).plusDays(1);
		// The registry records one publication per listener in the publishing transaction
		// (and deletes each once its listener completed).
		Long published = new TransactionTemplate(this.transactions).execute((status) -> {
			for (TestMember officer : officers) {
				this.events.publishEvent(new PracticeDayBegan(officer.practiceId(), tomorrow, ZoneId.of("UTC")));
			}
			return this.jdbc
				.sql("select count(*) from event_publication where event_type like :type and completion_date is null")
				.param("type", "%PracticeDayBegan")
				.query(Long.class)
				.single();
		});
		assertThat(published).as("listeners of the day").isGreaterThanOrEqualTo(PRACTICES * 3L);
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		long incomplete = incomplete();
		while (incomplete > 0 && System.nanoTime() < deadline) {
			Thread.sleep(200);
			incomplete = incomplete();
		}
		assertThat(incomplete).as("event publications still incomplete").isZero();
	}

	private long incomplete() {
		return this.jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single();
	}

}
