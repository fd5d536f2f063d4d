package dev.bulwark.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.bulwark.practice.JobClaims;
import dev.bulwark.MutableClock;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mail reminders over a real SMTP conversation (GreenMail on a free port): a week
 * before, on the due date, overdue with the escalation to the security officer, the
 * Monday digest, each person's preferences (digest only, nothing at all), and exactly
 * once when two nodes run the same practice's day at the same moment.
 */
@SpringBootTest
@Import(TestMembers.class)
@TestPropertySource(properties = { "bulwark.test.context=reminder-mail", "spring.mail.host=127.0.0.1",
		"bulwark.mail.from=bulwark@clinic.example" })
class ReminderMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	/** Wednesday 12 March 2025, in the practice's zone. */
	static final LocalDate DUE = LocalDate.of(2025, 3, 12);

	static final ZoneId ZONE = ZoneId.of("America/Chicago");

	@Autowired
	TestMembers members;

	@Autowired
	Tasks tasks;

	@Autowired
	Reminders reminders;

	@Autowired
	PersonalSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobClaims claims;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aWeekBeforeOnTheDayThenOverdueWithTheEscalationToTheOfficer() throws Exception {
		dayIs(LocalDate.of(2025, 3, 1));
		TestMember officer = practice();
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		this.tasks.add(officer.actor(),
				new TaskForm("Check the server room log", null, DUE, staff.userId(), Repeat.NEVER));

		assertThat(runDay(officer, LocalDate.of(2025, 3, 4))).isZero(); // 8 days before:
																		// nothing yet
		assertThat(runDay(officer, LocalDate.of(2025, 3, 5))).isEqualTo(1);
		MimeMessage before = only(staff);
		assertThat(before.getSubject()).isEqualTo("Coming due: 1 task at " + officer.practiceName());
		assertThat(GreenMailUtil.getBody(before)).contains("Coming up: Check the server room log")
			.contains("Due 2025-03-12")
			.contains("Bulwark's recommendation");
		assertThat(mailsTo(officer)).isEmpty(); // the staff member's task: the officer is
												// not bothered yet

		// The same day again (a second node, a redelivered tick): the claim is taken.
		assertThat(runDay(officer, LocalDate.of(2025, 3, 5))).isZero();
		// Later days before the due date: the reminder was sent, not again.
		assertThat(runDay(officer, LocalDate.of(2025, 3, 6))).isZero();
		assertThat(mailsTo(staff)).hasSize(1);

		assertThat(runDay(officer, DUE)).isEqualTo(1);
		assertThat(mailsTo(staff)).hasSize(2);
		MimeMessage onTheDay = mailsTo(staff).get(1);
		assertThat(GreenMailUtil.getBody(onTheDay)).contains("Due today: Check the server room log");

		assertThat(runDay(officer, DUE.plusDays(1))).isEqualTo(2);
		MimeMessage overdue = mailsTo(staff).get(2);
		assertThat(overdue.getSubject()).isEqualTo("Overdue: 1 task at " + officer.practiceName());
		assertThat(GreenMailUtil.getBody(overdue)).contains("Overdue: Check the server room log");
		MimeMessage escalated = only(officer);
		assertThat(escalated.getSubject()).startsWith("Overdue:");
		assertThat(GreenMailUtil.getBody(escalated)).contains("Overdue (escalated to you): Check the server room log")
			.contains("given to " + staff.displayName());

		// Overdue is said once, not every day after.
		assertThat(runDay(officer, DUE.plusDays(2))).isZero();
		assertThat(mailsTo(staff)).hasSize(3);
		assertThat(mailsTo(officer)).hasSize(1);
	}

	@Test
	void theMondayDigestAndEachPersonsPreferences() throws Exception {
		dayIs(LocalDate.of(2025, 3, 1));
		TestMember officer = practice();
		TestMember digestOnly = this.members.colleague(officer, Role.STAFF);
		TestMember optedOut = this.members.colleague(officer, Role.STAFF);
		this.settings.save(digestOnly.actor(), new ReminderPreferences(0, false, false, true));
		this.settings.save(optedOut.actor(), new ReminderPreferences(0, false, false, false));
		this.tasks.add(officer.actor(), new TaskForm("Review the access list", null, DUE, digestOnly.userId(), null));
		this.tasks.add(officer.actor(), new TaskForm("Rotate the backup drive", null, DUE, optedOut.userId(), null));
		this.tasks.add(officer.actor(), new TaskForm("Renew the firewall licence", null, DUE, null, null));

		// Wednesday 5 March, a week before: only the officer (default preferences) hears.
		assertThat(runDay(officer, LocalDate.of(2025, 3, 5))).isEqualTo(1);
		assertThat(GreenMailUtil.getBody(only(officer))).contains("Renew the firewall licence")
			.doesNotContain("Review the access list");
		assertThat(mailsTo(digestOnly)).isEmpty();
		assertThat(mailsTo(optedOut)).isEmpty();

		// Monday 10 March: the digest, to the officer (everything) and to the person who
		// wants only the digest (their own task); nothing to the person who opted out.
		assertThat(LocalDate.of(2025, 3, 10).getDayOfWeek()).hasToString("MONDAY");
		assertThat(runDay(officer, LocalDate.of(2025, 3, 10))).isEqualTo(2);
		MimeMessage digest = only(digestOnly);
		assertThat(digest.getSubject()).isEqualTo("Weekly compliance digest: 1 task at " + officer.practiceName());
		assertThat(GreenMailUtil.getBody(digest)).contains("2025-03-12 Review the access list")
			.doesNotContain("Rotate the backup drive");
		MimeMessage officersDigest = mailsTo(officer).get(1);
		assertThat(officersDigest.getSubject()).startsWith("Weekly compliance digest: 3 tasks");
		assertThat(mailsTo(optedOut)).isEmpty();

		// Overdue: the person who opted out hears nothing, but their officer is told.
		assertThat(runDay(officer, DUE.plusDays(1))).isEqualTo(1);
		assertThat(mailsTo(optedOut)).isEmpty();
		assertThat(mailsTo(digestOnly)).hasSize(1);
		String escalation = GreenMailUtil.getBody(mailsTo(officer).get(2));
		assertThat(escalation).contains("Overdue (escalated to you): Rotate the backup drive")
			.contains("Overdue (escalated to you): Review the access list")
			.contains("Overdue: Renew the firewall licence");
	}

	@Test
	void twoNodesRunningTheSameDayAtOnceSendEachReminderOnce() throws Exception {
		dayIs(LocalDate.of(2025, 3, 1));
		TestMember officer = practice();
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		this.tasks.add(officer.actor(), new TaskForm("Test the restore", null, DUE, staff.userId(), null));
		this.tasks.add(officer.actor(), new TaskForm("Sign the BAA", null, DUE.minusDays(3), null, null));
		LocalDate day = DUE.plusDays(1);
		dayIs(day);

		CyclicBarrier together = new CyclicBarrier(2);
		Callable<Integer> node = () -> {
			together.await();
			return this.reminders.send(officer.practiceId(), day);
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = new ArrayList<>(pool.invokeAll(List.of(node, node)));
			List<Integer> sent = new ArrayList<>();
			for (Future<Integer> run : runs) {
				sent.add(run.get());
			}
			// One node sent the officer's and the staff member's e-mail; the other
			// nothing.
			assertThat(sent).containsExactlyInAnyOrder(2, 0);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(mailsTo(staff)).hasSize(1);
		assertThat(mailsTo(officer)).hasSize(1);
		assertThat(this.jdbc
			.sql("select count(*) from cal_job_claim where practice_id = :practice and job = 'reminders'"
					+ " and run_on = :day and finished_at is not null")
			.param("practice", officer.practiceId())
			.param("day", java.sql.Date.valueOf(day))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql(
				"select count(*) from cal_reminder where practice_id = :practice and kind in ('OVERDUE', 'ESCALATION')")
			.param("practice", officer.practiceId())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void aClaimLeftUnfinishedByANodeThatDiedIsTakenOverAfterItsLease() {
		dayIs(LocalDate.of(2025, 3, 1));
		TestMember officer = practice();
		LocalDate day = LocalDate.of(2025, 3, 3);
		dayIs(day);
		assertThat(this.claims.claim(officer.practiceId(), "test-job", day)).isTrue();
		assertThat(this.claims.claim(officer.practiceId(), "test-job", day)).isFalse();
		this.clock.advance(JobClaims.LEASE.minusMinutes(1));
		assertThat(this.claims.claim(officer.practiceId(), "test-job", day)).isFalse();
		this.clock.advance(java.time.Duration.ofMinutes(2));
		// The first claimant never finished: its lease ran out, another caller takes
		// over.
		assertThat(this.claims.claim(officer.practiceId(), "test-job", day)).isTrue();
		this.claims.finish(officer.practiceId(), "test-job", day);
		this.clock.advance(JobClaims.LEASE.plusMinutes(1));
		// A finished job is never run again that day; the next day is a new claim.
		assertThat(this.claims.claim(officer.practiceId(), "test-job", day)).isFalse();
		assertThat(this.claims.claim(officer.practiceId(), "test-job", day.plusDays(1))).isTrue();
	}

	private TestMember practice() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		this.jdbc.sql("update practice set time_zone = :zone where id = :id")
			.param("zone", ZONE.getId())
			.param("id", officer.practiceId())
			.update();
		return officer;
	}

	private int runDay(TestMember officer, LocalDate day) {
		dayIs(day);
		return this.reminders.send(officer.practiceId(), day);
	}

	/** The clock at 01:30 of the practice's day, as when the daily tick announces it. */
	private void dayIs(LocalDate day) {
		Instant at = day.atTime(1, 30).atZone(ZONE).toInstant();
		this.clock.setInstant(at);
	}

	private List<MimeMessage> mailsTo(TestMember member) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((m) -> {
			try {
				return Arrays.stream(m.getAllRecipients())
					.anyMatch((r) -> r.toString().equalsIgnoreCase(member.email()));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private MimeMessage only(TestMember member) {
		List<MimeMessage> mails = mailsTo(member);
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

}
