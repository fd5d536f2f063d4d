package dev.bulwark.practice;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a practice's job at most once per day across every node: the caller that inserts
 * the row {@code (practice, job, day)} of {@code cal_job_claim} runs it; any other finds
 * the primary key taken. Each claim commits in a transaction of its own, before the work
 * starts, so a second node sees it at once. A claim that was never finished (its node
 * died) may be taken over after {@link #LEASE}.
 * <p>
 * Part of the practice module beside the {@link DailyTick} it complements: the tick
 * publishes a practice's day once, but its listeners run after commit and are republished
 * after a crash or restart (on any node), so a job with an effect outside the database
 * (an e-mail) claims its day here first. The table was created with the calendar's
 * reminders (V105) and is shared by every such job.
 */
@Component
public class JobClaims {

	/** How long an unfinished claim holds before another caller may take it over. */
	public static final Duration LEASE = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	public JobClaims(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Claims the job for the day.
	 * @return whether this caller got it (false: another caller has it, or had it)
	 */
	public boolean claim(UUID practiceId, String job, LocalDate day) {
		Instant now = this.clock.instant();
		try {
			this.ownTransaction.executeWithoutResult((status) -> this.jdbc.sql("""
					insert into cal_job_claim (practice_id, job, run_on, claimed_at)
					values (:practice, :job, :day, :now)""")
				.param("practice", practiceId)
				.param("job", job)
				.param("day", Date.valueOf(day))
				.param("now", Timestamp.from(now))
				.update());
			return true;
		}
		catch (DataIntegrityViolationException | PessimisticLockingFailureException taken) {
			return takeOverStale(practiceId, job, day, now);
		}
	}

	/** Marks the claim done: nobody takes it over any more. */
	public void finish(UUID practiceId, String job, LocalDate day) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc
			.sql("update cal_job_claim set finished_at = :now where practice_id = :practice and job = :job"
					+ " and run_on = :day")
			.param("practice", practiceId)
			.param("job", job)
			.param("day", Date.valueOf(day))
			.param("now", Timestamp.from(this.clock.instant()))
			.update());
	}

	/** Runs work in a transaction of its own, committed when it returns. */
	public void inOwnTransaction(Runnable work) {
		this.ownTransaction.executeWithoutResult((status) -> work.run());
	}

	private boolean takeOverStale(UUID practiceId, String job, LocalDate day, Instant now) {
		Integer taken = this.ownTransaction.execute((status) -> this.jdbc.sql("""
				update cal_job_claim set claimed_at = :now where practice_id = :practice and job = :job
				and run_on = :day and finished_at is null and claimed_at < :stale""")
			.param("practice", practiceId)
			.param("job", job)
			.param("day", Date.valueOf(day))
			.param("now", Timestamp.from(now))
			.param("stale", Timestamp.from(now.minus(LEASE)))
			.update());
		return taken != null && taken == 1;
	}

}
