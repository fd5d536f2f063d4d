package dev.bulwark.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import dev.bulwark.MutableClock;
import dev.bulwark.TestPractices;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.identity.Accounts;
import dev.bulwark.identity.InvitationAccepted;
import dev.bulwark.identity.MemberSummary;
import dev.bulwark.policies.Policies;
import dev.bulwark.practice.JobClaims;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.PracticeDayBegan;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The training module on its own (with the shared kernel; the practice, the people, and
 * policies are stand-ins): a quiz publishes its fact and, when passed, the next yearly
 * due item; a person who joins is assigned every module; a new day makes late assignments
 * overdue, once.
 */
@ApplicationModuleTest
class TrainingModuleTests {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	/** Where the clock stands at the start of each test. */
	private static final Instant START = ZonedDateTime.of(2025, 3, 10, 10, 0, 0, 0, CHICAGO).toInstant();

	private final Training training;

	private final JdbcClient jdbc;

	private final MutableClock clock;

	private final SecurityReminders reminders;

	@MockitoBean
	Practices practices;

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	Policies policies;

	@MockitoBean
	EvidenceStore evidence;

	TrainingModuleTests(Training training, JdbcClient jdbc, MutableClock clock, SecurityReminders reminders) {
		this.reminders = reminders;
		this.training = training;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@BeforeEach
	void startClock() {
		this.clock.setInstant(START);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void passingAQuizPublishesQuizTakenAndReportsTheYearlyRefresherAsRecommended(Scenario scenario) {
		Actor staff = newPractice(Role.STAFF);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), CHICAGO);
		TrainingModule module = this.training.module("ransomware-backups");
		scenario.stimulate(() -> this.training.take(staff, module.key(), TrainingFixtures.answers(module, 5)))
			.andWaitForEventOfType(TrainingEvent.QuizTaken.class)
			.matchingMappedValue(TrainingEvent.QuizTaken::practiceId, staff.practiceId())
			.toArriveAndVerify((taken, attempt) -> {
				assertThat(taken.action()).isEqualTo("training.quiz-taken");
				assertThat(taken.objectId()).isEqualTo(attempt.id().toString());
				assertThat(taken.summary())
					.isEqualTo("Sam Staff passed the quiz of \"Ransomware and backups\" (version 1) with 83%");
				assertThat(attempt.takenOn()).isEqualTo(today);
			});
		scenario.stimulate(() -> TrainingFixtures.pass(this.training, staff, "phishing"))
			.andWaitForEventOfType(DueItemsReported.class)
			.matching((reported) -> reported.practiceId().equals(staff.practiceId()) && reported.items().size() == 2)
			.toArriveAndVerify((reported) -> {
				assertThat(reported.source()).isEqualTo("training");
				assertThat(reported.items()).extracting(DueItemsReported.DueItem::key)
					.containsExactly("module:phishing:" + staff.userId(),
							"module:ransomware-backups:" + staff.userId());
				assertThat(reported.items().get(1)).satisfies((item) -> {
					assertThat(item.key()).isEqualTo("module:ransomware-backups:" + staff.userId());
					assertThat(item.title()).isEqualTo("Sam Staff: complete the training \"Ransomware and backups\"");
					assertThat(item.dueOn()).isEqualTo(today.plusYears(1));
					assertThat(item.basis()).isEqualTo(DueItemsReported.Basis.RECOMMENDED);
					assertThat(item.obligationKey()).isEqualTo("OBL-SECURITY-TRAINING");
					assertThat(item.ownerUserId()).isEqualTo(staff.userId());
					assertThat(item.citation()).isEqualTo("164.308(a)(5)(i)");
				});
			});
	}

	@Test
	void aPersonWhoJoinsIsAssignedEveryModuleDueInThirtyDays(Scenario scenario) {
		Actor officer = newPractice(Role.SECURITY_OFFICER);
		UUID newcomer = UUID.randomUUID();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), CHICAGO);
		given(this.practices.today(officer.practiceId())).willReturn(today);
		scenario.publish(new InvitationAccepted(officer.practiceId(), newcomer, "Nia Newcomer", Role.STAFF))
			.andWaitForEventOfType(TrainingEvent.TrainingAssigned.class)
			.matchingMappedValue(TrainingEvent.TrainingAssigned::userId, newcomer)
			.toArriveAndVerify((assigned) -> {
				assertThat(assigned.summary())
					.isEqualTo("6 training modules assigned to Nia Newcomer (on joining), due " + today.plusDays(30));
				assertThat(this.training.assignmentsOf(officer.practiceId(), newcomer)).hasSize(6)
					.allSatisfy((a) -> assertThat(a.reason()).isEqualTo(Assignment.Reason.JOINED));
			});
	}

	@Test
	void aNewDayMakesLateAssignmentsOverdueOnce(Scenario scenario) {
		Actor officer = newPractice(Role.SECURITY_OFFICER);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), CHICAGO);
		given(this.accounts.member(officer.practiceId(), officer.userId()))
			.willReturn(java.util.Optional.of(member(officer.userId(), "Pat Officer", Role.SECURITY_OFFICER)));
		this.training.assign(officer, new AssignForm(officer.userId(), "incidents", today.plusDays(2)));
		scenario.publish(new PracticeDayBegan(officer.practiceId(), today.plusDays(2), CHICAGO))
			.andWaitForEventOfType(DueItemsReported.class)
			.matching((reported) -> reported.practiceId().equals(officer.practiceId()))
			.toArriveAndVerify((reported) -> assertThat(
					this.training.assignmentsOf(officer.practiceId(), officer.userId()).get(0).overdue())
				.isFalse());
		// The overdue flag is committed by the listener's own transaction: wait for it.
		scenario.publish(new PracticeDayBegan(officer.practiceId(), today.plusDays(3), CHICAGO))
			.andWaitForStateChange(
					() -> this.training.assignmentsOf(officer.practiceId(), officer.userId()).get(0).overdue(),
					(overdue) -> overdue)
			.andVerify((overdue) -> assertThat(overdue).isTrue());
		TrainingEvent.TrainingOverdue fact = new TrainingEvent.TrainingOverdue(officer.practiceId(), UUID.randomUUID(),
				officer.userId(), "Pat Officer", "Spotting and reporting an incident", today.plusDays(2));
		assertThat(fact.summary()).isEqualTo("Pat Officer's training \"Spotting and reporting an incident\" was due on "
				+ today.plusDays(2) + " and is overdue");
	}

	@Test
	void aNewDaySendsTheRemindersDueThatDayOnceAndRecordsToWhom(Scenario scenario) {
		Actor officer = newPractice(Role.SECURITY_OFFICER);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), CHICAGO);
		SecurityReminder reminder = this.reminders.schedule(officer,
				new ReminderForm("Tax season phishing", "Fake tax notices arrive this month.",
						SecurityReminder.Audience.WORKFORCE, SecurityReminder.Recurrence.MONTHLY, today.plusDays(1)));
		scenario.publish(new PracticeDayBegan(officer.practiceId(), today.plusDays(1), CHICAGO))
			.andWaitForEventOfType(TrainingEvent.ReminderSent.class)
			.matchingMappedValue(TrainingEvent.ReminderSent::reminderId, reminder.id())
			.toArriveAndVerify((sent) -> {
				assertThat(sent.action()).isEqualTo("training.reminder-sent");
				assertThat(sent.summary()).isEqualTo("Security reminder \"Tax season phishing\" of " + today.plusDays(1)
						+ " sent to 1 person (0 accepted by the mail server)");
			});
		// The schedule moved on is committed by the listener's own transaction: wait for
		// it.
		scenario.publish(new PracticeDayBegan(officer.practiceId(), today.plusDays(1), CHICAGO))
			.andWaitForStateChange(() -> this.reminders.reminder(officer.practiceId(), reminder.id()).nextOn(),
					(next) -> next.equals(today.plusDays(1).plusMonths(1)))
			.andVerify((next) -> assertThat(this.reminders.sendings(officer.practiceId(), 0)).singleElement()
				.satisfies((sending) -> {
					assertThat(sending.dueOn()).isEqualTo(today.plusDays(1));
					assertThat(sending.recipients()).extracting(ReminderSending.Recipient::personName)
						.containsExactly("Pat Officer");
					assertThat(sending.delivered()).isZero();
				}));
	}

	private static MemberSummary member(UUID id, String name, Role role) {
		return new MemberSummary(id, name, name.toLowerCase().replace(' ', '.') + "@example.test", role, true, true,
				null);
	}

	private Actor newPractice(Role role) {
		UUID practiceId = TestPractices.insert(this.jdbc, this.clock.instant(), CHICAGO, false);
		given(this.practices.get(practiceId))
			.willReturn(TestPractices.details(practiceId, this.clock.instant(), false, CHICAGO));
		UUID userId = UUID.randomUUID();
		String name = (role == Role.STAFF) ? "Sam Staff" : "Pat Officer";
		given(this.accounts.activeMembers(practiceId)).willReturn(List.of(member(userId, name, role)));
		return new Actor(userId, "person@example.test", name, practiceId, TestPractices.NAME, role, false, CHICAGO);
	}

	// The practice module's claim of a day's job, real: the reminders' exactly-once rests
	// on it.
	@TestConfiguration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		JobClaims jobClaims(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
			return new JobClaims(jdbc, clock, transactions);
		}

	}

}
