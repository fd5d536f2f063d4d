package dev.bulwark.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import dev.bulwark.shared.PracticeDayBegan;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.moments.HourHasPassed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The daily tick: publishes {@link PracticeDayBegan} once per practice and local day,
 * across every Bulwark node. Time-driven state (a review becoming overdue, an agreement
 * expiring) changes in listeners of that event, never while a page is read.
 * <p>
 * Triggered every hour by Spring Modulith's passage-of-time event {@link HourHasPassed}
 * (whose time follows the injected {@link Clock}), and once when the server starts so
 * that a day missed during downtime is announced without waiting for the hour. A
 * practice's day is therefore announced within the first hour after its local midnight.
 * <p>
 * Exactly once: a database lock (ShedLock, table {@code shedlock}) keeps two nodes from
 * running the tick at the same time, and for each practice a conditional update of
 * {@code practice.last_tick_date} decides who publishes, so even two runs that overlap (a
 * lock lease that ran out, a manual run) publish once. Each practice's update and event
 * share their own transaction: a listener that fails rolls back only that practice's
 * update, which the next tick retries, and the other practices go on.
 */
@Component
class DailyTick {

	static final String LOCK_NAME = "practice-daily-tick";

	/**
	 * How long a node may hold the lock before another may take over (a node that died
	 * while ticking).
	 */
	static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(DailyTick.class);

	private final PracticeRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final LockingTaskExecutor locks;

	private final TransactionTemplate perPractice;

	DailyTick(PracticeRepository repository, ApplicationEventPublisher events, Clock clock, LockingTaskExecutor locks,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
		this.locks = locks;
		this.perPractice = new TransactionTemplate(transactions);
		this.perPractice.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener
	void onHourPassed(HourHasPassed hour) {
		runLogged();
	}

	/**
	 * Catches up at start-up. Only the server: a command-line run ({@code bulwark audit
	 * verify}) changes nothing it was not asked to.
	 */
	@EventListener
	void onStarted(ApplicationReadyEvent started) {
		if (started.getApplicationContext() instanceof WebApplicationContext) {
			runLogged();
		}
	}

	/**
	 * A tick that fails as a whole (the database unreachable) must neither stop the
	 * server from starting nor the scheduler: the next hour tries again.
	 */
	private void runLogged() {
		try {
			run();
		}
		catch (RuntimeException ex) {
			log.warn("The daily tick failed ({}); the next hour tries again", causes(ex));
		}
	}

	/**
	 * Announces every practice's new day that has not been announced yet, unless another
	 * node is doing it right now.
	 * @return how many practices' days this run announced, or empty if another run held
	 * the lock
	 */
	Optional<Integer> run() {
		LockConfiguration lock = new LockConfiguration(this.clock.instant(), LOCK_NAME, LOCK_AT_MOST, Duration.ZERO);
		TaskResult<Integer> result;
		try {
			result = this.locks.executeWithLock(this::announceDueDays, lock);
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException("The daily tick failed", ex);
		}
		return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
	}

	/** The work under the lock: each practice in its own transaction. */
	int announceDueDays() {
		Instant now = this.clock.instant();
		int announced = 0;
		for (PracticeRepository.TickState practice : this.repository.tickStates()) {
			Optional<LocalDate> day = PracticeDay.toAnnounce(now, practice.zone(), practice.lastTickDate());
			if (day.isEmpty()) {
				continue;
			}
			try {
				if (announce(practice, day.get())) {
					announced++;
				}
			}
			catch (RuntimeException ex) {
				// No message text: it may carry data. The day stays unannounced, so the
				// next tick tries again.
				log.warn("The new day {} of practice {} could not be announced ({}); the next tick retries it",
						day.get(), practice.id(), causes(ex));
			}
		}
		if (announced > 0) {
			log.info("Daily tick: a new day began in {} practice(s)", announced);
		}
		return announced;
	}

	/**
	 * Records and publishes one practice's new day in a transaction of its own.
	 * @return whether this call published it (false: another run already had)
	 */
	boolean announce(PracticeRepository.TickState practice, LocalDate day) {
		return Boolean.TRUE.equals(this.perPractice.execute((status) -> {
			if (!this.repository.markDayBegun(practice.id(), day)) {
				return false;
			}
			this.events.publishEvent(new PracticeDayBegan(practice.id(), day, practice.zone()));
			return true;
		}));
	}

	private static String causes(Throwable ex) {
		StringBuilder chain = new StringBuilder(ex.getClass().getName());
		Throwable cause = ex.getCause();
		for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
			chain.append(" <- ").append(cause.getClass().getName());
		}
		return chain.toString();
	}

}
