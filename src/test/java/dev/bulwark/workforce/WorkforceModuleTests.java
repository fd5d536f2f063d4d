package dev.bulwark.workforce;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.identity.Accounts;
import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.inventory.Inventory;
import dev.bulwark.inventory.InventorySystem;
import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.GapsReported;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * The workforce module on its own (with the shared kernel; the practice, its members and
 * the inventory are stand-ins): commands publish their facts.
 */
@ApplicationModuleTest
class WorkforceModuleTests {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private final StaffService service;

	private final AccountService systemAccounts;

	private final Workforce workforce;

	private final OffboardingService offboarding;

	private final JdbcClient jdbc;

	private final MovableClock clock;

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	Inventory inventory;

	@MockitoBean
	Practices practices;

	WorkforceModuleTests(StaffService service, AccountService accounts, Workforce workforce,
			OffboardingService offboarding, JdbcClient jdbc, MovableClock clock) {
		this.offboarding = offboarding;
		this.service = service;
		this.systemAccounts = accounts;
		this.workforce = workforce;
		this.jdbc = jdbc;
		this.clock = clock;
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

	Actor newPractice(boolean nprm) {
		UUID practiceId = UUID.randomUUID();
		this.jdbc.sql("""
				insert into practice (id, name, name_key, created_at, idle_timeout_minutes, time_zone, nprm_mode)
				values (:id, :name, :name, :now, 15, :zone, :nprm)""")
			.param("id", practiceId)
			.param("name", "Practice " + practiceId)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("zone", CHICAGO.getId())
			.param("nprm", nprm)
			.update();
		given(this.accounts.members(any())).willReturn(List.of());
		given(this.practices.get(practiceId)).willReturn(
				new PracticeDetails(practiceId, "Maple Dental", this.clock.instant(), 15, nprm, "3x3", CHICAGO));
		given(this.practices.zone(practiceId)).willReturn(CHICAGO);
		return new Actor(UUID.randomUUID(), "officer@example.test", "Pat Officer", practiceId, "Maple Dental",
				Role.SECURITY_OFFICER, false, CHICAGO);
	}

	/** A clock the test sets; the module takes all its time from it. */
	static final class MovableClock extends Clock {

		private volatile Instant now = ZonedDateTime.of(2025, 3, 4, 9, 0, 0, 0, CHICAGO).toInstant();

		void set(Instant instant) {
			this.now = instant;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(this.now, zone);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
