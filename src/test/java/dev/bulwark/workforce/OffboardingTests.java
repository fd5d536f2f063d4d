package dev.bulwark.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The offboarding checklist's steps, deadlines and overdue rule, without Spring. */
class OffboardingTests {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static Offboarding.StepRow row(int hours) {
		return new Offboarding.StepRow(UUID.randomUUID(), UUID.randomUUID(), "DISABLE_ACCOUNT", null, "Disable", hours,
				null, null, null);
	}

	@Test
	void aDepartureStartsAStepPerEnabledAccountAndTheOthers() {
		SystemAccount ehr = new SystemAccount(UUID.randomUUID(), UUID.randomUUID(), "Ana", UUID.randomUUID(),
				"Cloud EHR", "ana", Privilege.USER, true, null);
		List<Offboarding.NewStep> steps = Offboarding.steps(List.of(ehr));
		assertThat(steps).extracting(Offboarding.NewStep::kind)
			.containsExactly("DISABLE_ACCOUNT", "DEVICES_AND_KEYS", "BUILDING_ACCESS", "NOTIFY_OTHERS");
		assertThat(steps.get(0).title()).isEqualTo("Disable the account \"ana\" on Cloud EHR");
		assertThat(steps).extracting(Offboarding.NewStep::clockHours).containsExactly(1, 1, 1, 24);
	}

	@Test
	void inNprmReadyModeTheProposedClocksAreElapsedHoursLabelledProposed() {
		// Employment ends at 01:30 on the night clocks go back (2025-11-02): 24 elapsed
		// hours later the wall clock shows 00:30.
		Instant ended = LocalDate.of(2025, 11, 2).atTime(1, 30).atZone(NEW_YORK).toInstant();
		LocalDate lastDay = LocalDate.of(2025, 11, 2);
		ChecklistStep access = Offboarding.view(row(1), ended, lastDay, true, NEW_YORK);
		assertThat(access.dueAt()).isEqualTo(ended.plusSeconds(3600));
		assertThat(access.proposed()).isTrue();
		assertThat(access.deadline())
			.isEqualTo("PROPOSED: within 1 hour of the end of employment (proposed rule, not yet law)");
		assertThat(Offboarding.pastDeadline(row(1), ended, lastDay, true, NEW_YORK, ended.plusSeconds(60))).isFalse();
		assertThat(Offboarding.pastDeadline(row(1), ended, lastDay, true, NEW_YORK, ended.plusSeconds(3601))).isTrue();
		ChecklistStep notice = Offboarding.view(row(24), ended, lastDay, true, NEW_YORK);
		assertThat(notice.dueAt().atZone(NEW_YORK).toLocalDateTime())
			.isEqualTo(LocalDate.of(2025, 11, 3).atTime(0, 30));
		// 23 wall-clock hours later is not yet 24 elapsed hours across the change.
		Instant wallClock23h = LocalDate.of(2025, 11, 3).atTime(0, 29).atZone(NEW_YORK).toInstant();
		assertThat(Offboarding.pastDeadline(row(24), ended, lastDay, true, NEW_YORK, wallClock23h)).isFalse();
		assertThat(Offboarding.pastDeadline(row(24), ended, lastDay, true, NEW_YORK, ended.plusSeconds(24 * 3600 + 1)))
			.isTrue();
	}

	@Test
	void outsideNprmReadyModeThereIsNoHourClockOnlyTheRecommendedLastDay() {
		Instant ended = LocalDate.of(2025, 6, 10).atTime(17, 0).atZone(NEW_YORK).toInstant();
		LocalDate lastDay = LocalDate.of(2025, 6, 10);
		ChecklistStep step = Offboarding.view(row(1), ended, lastDay, false, NEW_YORK);
		assertThat(step.dueAt()).isNull();
		assertThat(step.proposed()).isFalse();
		assertThat(step.dueOn()).isEqualTo(lastDay);
		assertThat(step.deadline())
			.isEqualTo("RECOMMENDED: by the last day of work (the rule in force sets no time limit)");
		// 22:00 local on the last day: not yet past; the next day it is.
		assertThat(Offboarding.pastDeadline(row(1), ended, lastDay, false, NEW_YORK, ended.plusSeconds(5 * 3600)))
			.isFalse();
		assertThat(Offboarding.pastDeadline(row(1), ended, lastDay, false, NEW_YORK, ended.plusSeconds(8 * 3600)))
			.isTrue();
	}

	@Test
	void overdueIsWhatTheTickRecordedNotComputedWhenRead() {
		Instant ended = LocalDate.of(2025, 6, 10).atTime(17, 0).atZone(NEW_YORK).toInstant();
		LocalDate lastDay = LocalDate.of(2025, 6, 10);
		// Long past its deadline, but the tick has not flagged it: not shown overdue.
		assertThat(Offboarding.view(row(1), ended, lastDay, true, NEW_YORK).overdue()).isFalse();
		Offboarding.StepRow flagged = new Offboarding.StepRow(UUID.randomUUID(), UUID.randomUUID(), "DISABLE_ACCOUNT",
				null, "Disable", 1, ended.plusSeconds(7200), null, null);
		ChecklistStep step = Offboarding.view(flagged, ended, lastDay, true, NEW_YORK);
		assertThat(step.overdue()).isTrue();
		assertThat(step.overdueSince()).isEqualTo(ended.plusSeconds(7200));
		Offboarding.StepRow done = new Offboarding.StepRow(flagged.id(), flagged.personId(), "DISABLE_ACCOUNT", null,
				"Disable", 1, ended.plusSeconds(7200), ended.plusSeconds(9000), "Pat");
		assertThat(Offboarding.view(done, ended, lastDay, true, NEW_YORK).overdue()).isFalse();
		assertThat(Offboarding.pastDeadline(done, ended, lastDay, true, NEW_YORK, ended.plusSeconds(99999))).isFalse();
	}

}
