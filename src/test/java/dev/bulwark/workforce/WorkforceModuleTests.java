package dev.bulwark.workforce;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.MutableClock;
import dev.bulwark.TestPractices;
import dev.bulwark.identity.Accounts;
import dev.bulwark.practice.Practices;
import dev.bulwark.policies.Policies;
import dev.bulwark.inventory.Inventory;
import dev.bulwark.inventory.InventorySystem;
import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.GapsReported;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * The workforce module on its own (with the shared kernel; the practice, its members and
 * the inventory are stand-ins): commands publish their facts.
 */
@ApplicationModuleTest
class WorkforceModuleTests {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	/** Where the clock stands at the start of each test. */
	private static final Instant START = ZonedDateTime.of(2025, 3, 4, 9, 0, 0, 0, CHICAGO).toInstant();

	private final StaffService service;

	private final AccountService systemAccounts;

	private final Workforce workforce;

	private final OffboardingService offboarding;

	private final JdbcClient jdbc;

	private final MutableClock clock;

	@org.springframework.beans.factory.annotation.Autowired
	OnboardingService onboarding;

	@org.springframework.beans.factory.annotation.Autowired
	AccessReviewService reviews;

	@org.springframework.beans.factory.annotation.Autowired
	SanctionService sanctions;

	@org.springframework.beans.factory.annotation.Autowired
	StepRepository steps;

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	Inventory inventory;

	@MockitoBean
	Practices practices;

	@MockitoBean
	Policies policies;

	WorkforceModuleTests(StaffService service, AccountService accounts, Workforce workforce,
			OffboardingService offboarding, JdbcClient jdbc, MutableClock clock) {
		this.offboarding = offboarding;
		this.service = service;
		this.systemAccounts = accounts;
		this.workforce = workforce;
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
	void addingAPersonPublishesStaffAdded(Scenario scenario) {
		Actor officer = newPractice(false);
		scenario
			.stimulate(() -> this.service.add(officer, WorkforceFixtures.person("Ana Lopez", WorkforceType.TRAINEE)))
			.andWaitForEventOfType(WorkforceEvent.StaffAdded.class)
			.matchingMappedValue(WorkforceEvent.StaffAdded::practiceId, officer.practiceId())
			.toArriveAndVerify((added, person) -> {
				assertThat(added.summary()).isEqualTo("Staff member added: \"Ana Lopez\" (Trainee or student)");
				assertThat(added.objectType()).isEqualTo("staff");
				assertThat(person.active()).isTrue();
			});
	}

	@Test
	void recordingAnAccountWithoutMultiFactorSignInReportsTheGap(Scenario scenario) {
		Actor officer = newPractice(false);
		InventorySystem ehr = new InventorySystem(UUID.randomUUID(), "Cloud EHR", "Cloud service", true);
		given(this.inventory.systems(officer.practiceId())).willReturn(List.of(ehr));
		given(this.inventory.system(officer.practiceId(), ehr.id())).willReturn(Optional.of(ehr));
		StaffMember ana = this.service.add(officer, WorkforceFixtures.person("Ana Lopez", WorkforceType.EMPLOYEE));
		scenario
			.stimulate(
					() -> this.systemAccounts.add(officer, ana.id(), WorkforceFixtures.account(ehr.id(), "ana", false)))
			.andWaitForEventOfType(GapsReported.class)
			.matching((reported) -> reported.practiceId().equals(officer.practiceId()) && !reported.open().isEmpty())
			.toArriveAndVerify((reported) -> {
				assertThat(reported.source()).isEqualTo("workforce");
				assertThat(reported.open()).singleElement().satisfies((gap) -> {
					assertThat(gap.key()).isEqualTo("account.no-mfa");
					assertThat(gap.citation()).isEqualTo("164.312(d)");
					assertThat(gap.detail()).contains("Ana Lopez's account \"ana\" on Cloud EHR");
				});
			});
		SystemAccount account = this.workforce.accounts(officer.practiceId(), ana.id()).get(0);
		scenario
			.stimulate(() -> this.systemAccounts.update(officer, ana.id(), account.id(),
					WorkforceFixtures.account(ehr.id(), "ana", true)))
			.andWaitForEventOfType(GapsReported.class)
			.matching((reported) -> reported.practiceId().equals(officer.practiceId()) && reported.open().isEmpty())
			.toArriveAndVerify((reported) -> assertThat(reported.source()).isEqualTo("workforce"));
	}

	@Test
	void aDepartureInNprmReadyModeReportsTheProposedClocksToTheCalendar(Scenario scenario) {
		Actor officer = newPractice(true);
		StaffMember ana = this.service.add(officer, WorkforceFixtures.person("Ana Lopez", WorkforceType.EMPLOYEE));
		java.time.LocalDate today = java.time.LocalDate.ofInstant(this.clock.instant(), CHICAGO);
		scenario
			.stimulate(() -> this.offboarding.recordDeparture(officer, ana.id(),
					new DepartureForm(today, java.time.LocalTime.of(8, 0))))
			.andWaitForEventOfType(DueItemsReported.class)
			.matching((reported) -> reported.practiceId().equals(officer.practiceId()) && !reported.items().isEmpty())
			.toArriveAndVerify((reported) -> {
				assertThat(reported.source()).isEqualTo("workforce");
				assertThat(reported.items()).hasSize(3).allSatisfy((item) -> {
					assertThat(item.basis()).isEqualTo(DueItemsReported.Basis.PROPOSED);
					assertThat(item.citation()).isEqualTo("164.308(a)(3)(ii)(C)");
					assertThat(item.link()).isEqualTo("/staff/" + ana.id() + "/offboarding");
				});
				java.time.Instant ended = today.atTime(8, 0).atZone(CHICAGO).toInstant();
				assertThat(reported.items()).extracting(DueItemsReported.DueItem::dueAt)
					.containsExactly(ended.plusSeconds(3600), ended.plusSeconds(3600), ended.plusSeconds(24 * 3600));
			});
	}

	@Test
	void theDailyTickFlagsStepsPastTheProposedClockAndEscalatesThem(Scenario scenario) {
		Actor officer = newPractice(true);
		StaffMember ana = this.service.add(officer, WorkforceFixtures.person("Ana Lopez", WorkforceType.EMPLOYEE));
		java.time.LocalDate today = java.time.LocalDate.ofInstant(this.clock.instant(), CHICAGO);
		this.offboarding.recordDeparture(officer, ana.id(), new DepartureForm(today, java.time.LocalTime.of(8, 30)));
		Instant start = this.clock.instant();
		try {
			// Two hours later the 1-hour steps are past the proposed clock, but reading
			// the checklist does not make them overdue: only the tick does.
			this.clock.setInstant(start.plusSeconds(2 * 3600));
			assertThat(this.offboarding.checklist(officer.practiceId(), ana.id())).noneMatch(ChecklistStep::overdue);
			// Events are seen when published, before the listener's commit: wait for the
			// committed state instead.
			scenario.publish(new dev.bulwark.shared.PracticeDayBegan(officer.practiceId(), today, CHICAGO))
				.andWaitForStateChange(() -> this.offboarding.overdue(officer.practiceId()), (list) -> list.size() == 2)
				.andVerify((list) -> assertThat(list).allMatch((o) -> o.personName().equals("Ana Lopez")));
			GapsReported.Gap gap = WorkforceGaps
				.overdueOffboarding(this.steps.open(officer.practiceId()), this.workforce.staff(officer.practiceId()))
				.orElseThrow();
			assertThat(gap.title()).isEqualTo("2 offboarding steps are past their deadline");
			assertThat(gap.citation()).isEqualTo("164.308(a)(3)(ii)(C)");
			assertThat(gap.link()).isEqualTo("/staff/" + ana.id() + "/offboarding");
			List<ChecklistStep> steps = this.offboarding.checklist(officer.practiceId(), ana.id());
			// No account: devices and keys, building access (1 hour) overdue; telling
			// others (24 hours) not yet.
			assertThat(steps).extracting(ChecklistStep::overdue).containsExactly(true, true, false);
			assertThat(this.offboarding.overdue(officer.practiceId())).hasSize(2);
			// The tick again changes nothing: the flags stay, nothing is escalated twice.
			assertThat(this.offboarding.escalate(officer.practiceId())).isZero();
			assertThat(this.offboarding.items(officer.practiceId()))
				.filteredOn((item) -> item.title().startsWith("OVERDUE: "))
				.hasSize(2);
		}
		finally {
			this.clock.setInstant(start);
		}
	}

	@Test
	void escalatingAStepPublishesTheAuditedFact(Scenario scenario) {
		Actor officer = newPractice(false);
		StaffMember ana = this.service.add(officer, WorkforceFixtures.person("Ana Lopez", WorkforceType.EMPLOYEE));
		java.time.LocalDate today = java.time.LocalDate.ofInstant(this.clock.instant(), CHICAGO);
		// In force there is no hour clock: a departure recorded a day late is past
		// Bulwark's recommendation (the last day of work), labelled so.
		scenario
			.stimulate(() -> this.offboarding.recordDeparture(officer, ana.id(),
					new DepartureForm(today.minusDays(1), java.time.LocalTime.of(17, 0))))
			.andWaitForEventOfType(WorkforceEvent.OffboardingStepOverdue.class)
			.matchingMappedValue(WorkforceEvent.OffboardingStepOverdue::practiceId, officer.practiceId())
			.toArriveAndVerify((overdue) -> {
				assertThat(overdue.basis()).isEqualTo("RECOMMENDED");
				assertThat(overdue.action()).isEqualTo("staff.offboarding-step-overdue");
			});
	}

	@Test
	void addingAPersonStartsTheOnboardingChecklistAndEachStepRecordsWho(Scenario scenario) {
		Actor officer = newPractice(false);
		StaffMember ana = this.service.add(officer, WorkforceFixtures.person("Ana Lopez", WorkforceType.VOLUNTEER));
		List<OnboardingStep> steps = this.onboarding.checklist(officer.practiceId(), ana.id());
		assertThat(steps).extracting(OnboardingStep::kind)
			.containsExactly(Onboarding.ACCOUNTS, Onboarding.TRAINING, Onboarding.POLICIES);
		assertThat(steps.get(0).state()).isEqualTo("No account recorded yet.");
		assertThat(steps.get(2).state()).startsWith("Does not sign in to Bulwark");
		scenario.stimulate(() -> this.onboarding.completeStep(officer, ana.id(), steps.get(1).id()))
			.andWaitForEventOfType(WorkforceEvent.OnboardingStepDone.class)
			.matchingMappedValue(WorkforceEvent.OnboardingStepDone::practiceId, officer.practiceId())
			.toArriveAndVerify((done, step) -> {
				assertThat(step.doneByName()).isEqualTo("Pat Officer");
				assertThat(step.doneAt()).isEqualTo(this.clock.instant());
			});
		assertThatThrownBy(() -> this.onboarding.completeStep(officer, ana.id(), steps.get(1).id()))
			.isInstanceOf(dev.bulwark.shared.StateConflictException.class)
			.hasMessage("This step was already done by Pat Officer.");
	}

	@Test
	void aSignedOffAccessReviewPutsTheNextReviewInTheCalendarAsARecommendation(Scenario scenario) {
		Actor officer = newPractice(false);
		InventorySystem ehr = new InventorySystem(UUID.randomUUID(), "Cloud EHR", "Cloud service", true);
		given(this.inventory.systems(officer.practiceId())).willReturn(List.of(ehr));
		given(this.inventory.system(officer.practiceId(), ehr.id())).willReturn(Optional.of(ehr));
		StaffMember ana = this.service.add(officer, WorkforceFixtures.person("Ana Lopez", WorkforceType.EMPLOYEE));
		this.systemAccounts.add(officer, ana.id(), WorkforceFixtures.account(ehr.id(), "ana", true));
		AccessReviewSummary review = this.reviews.start(officer);
		AccessReviewLine line = this.reviews.lines(officer.practiceId(), review.id()).get(0);
		this.reviews.decide(officer, review.id(), line.id(), new AccessReviewLineForm(AccessDecision.KEEP, null));
		java.time.LocalDate today = java.time.LocalDate.ofInstant(this.clock.instant(), CHICAGO);
		scenario.stimulate(() -> this.reviews.signOff(officer, review.id(), new SignOffForm("All needed.", true)))
			.andWaitForEventOfType(DueItemsReported.class)
			.matching((reported) -> reported.practiceId().equals(officer.practiceId()) && !reported.items().isEmpty())
			.toArriveAndVerify((reported) -> assertThat(reported.items()).singleElement().satisfies((item) -> {
				assertThat(item.key()).isEqualTo("access-review:next");
				assertThat(item.basis()).isEqualTo(DueItemsReported.Basis.RECOMMENDED);
				assertThat(item.dueOn()).isEqualTo(today.plusMonths(12));
			}));
		Actor technician = new Actor(UUID.randomUUID(), "tech@example.test", "Tech", officer.practiceId(),
				"Maple Dental", Role.MSP_TECHNICIAN, false, CHICAGO);
		assertThatThrownBy(() -> this.reviews.signOff(technician, review.id(), new SignOffForm(null, true)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void recordingASanctionPublishesAFactThatNamesNobody(Scenario scenario) {
		Actor officer = newPractice(false);
		StaffMember ana = this.service.add(officer, WorkforceFixtures.person("Ana Lopez", WorkforceType.EMPLOYEE));
		java.time.LocalDate today = java.time.LocalDate.ofInstant(this.clock.instant(), CHICAGO);
		scenario
			.stimulate(() -> this.sanctions.record(officer,
					new SanctionForm(ana.id(), today, "Password management", "Shared a password", "Written warning")))
			.andWaitForEventOfType(WorkforceEvent.SanctionRecorded.class)
			.matchingMappedValue(WorkforceEvent.SanctionRecorded::practiceId, officer.practiceId())
			.toArriveAndVerify((recorded, sanction) -> {
				assertThat(recorded.summary()).isEqualTo("Sanction record added").doesNotContain("Ana");
				assertThat(sanction.recordedByName()).isEqualTo("Pat Officer");
			});
	}

	Actor newPractice(boolean nprm) {
		UUID practiceId = TestPractices.insert(this.jdbc, this.clock.instant(), CHICAGO, nprm);
		given(this.accounts.members(any())).willReturn(List.of());
		given(this.practices.get(practiceId))
			.willReturn(TestPractices.details(practiceId, this.clock.instant(), nprm, CHICAGO));
		given(this.practices.zone(practiceId)).willReturn(CHICAGO);
		return TestPractices.officer(practiceId, CHICAGO);
	}

}
