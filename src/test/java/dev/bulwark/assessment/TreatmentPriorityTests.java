package dev.bulwark.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule that picks the treatment plan's top five and orders each person's tasks. */
class TreatmentPriorityTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	@Test
	void aHigherRiskComesFirstEvenWhenALowerOneIsOverdue() {
		TreatmentTask overdueModerate = task("Overdue moderate", RiskLevel.MODERATE, TODAY.minusDays(30));
		TreatmentTask laterCritical = task("Later critical", RiskLevel.CRITICAL, TODAY.plusDays(90));
		TreatmentTask high = task("High", RiskLevel.HIGH, TODAY.plusDays(1));
		assertThat(TreatmentPriority.open(List.of(overdueModerate, high, laterCritical), TODAY))
			.containsExactly(laterCritical, high, overdueModerate);
	}

	@Test
	void amongEquallyHighRisksOverdueThenSoonestDueThenUndated() {
		TreatmentTask undated = task("Undated", RiskLevel.HIGH, null);
		TreatmentTask nextMonth = task("Next month", RiskLevel.HIGH, TODAY.plusMonths(1));
		TreatmentTask tomorrow = task("Tomorrow", RiskLevel.HIGH, TODAY.plusDays(1));
		TreatmentTask today = task("Today", RiskLevel.HIGH, TODAY);
		TreatmentTask lastWeek = task("Last week", RiskLevel.HIGH, TODAY.minusDays(7));
		assertThat(TreatmentPriority.open(List.of(undated, nextMonth, tomorrow, today, lastWeek), TODAY))
			.as("due today is not overdue yet")
			.containsExactly(lastWeek, today, tomorrow, nextMonth, undated);
	}

	@Test
	void theTopFiveAreTheFiveMostValuableOpenTasksAndDoneTasksNeverCount() {
		List<TreatmentTask> tasks = new ArrayList<>();
		TreatmentTask doneCritical = new TreatmentTask(UUID.randomUUID(), UUID.randomUUID(), "Risk", RiskLevel.CRITICAL,
				"Done critical", null, null, TODAY.minusDays(5), Instant.parse("2026-03-01T10:00:00Z"));
		tasks.add(doneCritical);
		for (int day = 1; day <= 6; day++) {
			tasks.add(task("Low " + day, RiskLevel.LOW, TODAY.plusDays(day)));
		}
		TreatmentTask moderate = task("Moderate", RiskLevel.MODERATE, null);
		tasks.add(moderate);
		Collections.shuffle(tasks);
		assertThat(TreatmentPriority.top(tasks, TODAY)).extracting(TreatmentTask::title)
			.containsExactly("Moderate", "Low 1", "Low 2", "Low 3", "Low 4");
		assertThat(TreatmentPriority.open(tasks, TODAY)).hasSize(7).doesNotContain(doneCritical);
	}

	@Test
	void theOrderIsTheSameOnEveryReadWhenLevelAndDateAreEqual() {
		TreatmentTask b = task("b: second", RiskLevel.HIGH, TODAY);
		TreatmentTask a = task("A: first", RiskLevel.HIGH, TODAY);
		assertThat(TreatmentPriority.open(List.of(b, a), TODAY)).containsExactly(a, b);
		assertThat(TreatmentPriority.open(List.of(a, b), TODAY)).containsExactly(a, b);
	}

	@Test
	void fewerThanFiveOpenTasksAreAllOnTop() {
		assertThat(TreatmentPriority.top(List.of(task("Only", RiskLevel.LOW, null)), TODAY)).hasSize(1);
		assertThat(TreatmentPriority.top(List.of(), TODAY)).isEmpty();
	}

	private static TreatmentTask task(String title, RiskLevel level, LocalDate due) {
		return new TreatmentTask(UUID.randomUUID(), UUID.randomUUID(), "Risk", level, title, null, null, due, null);
	}

}
