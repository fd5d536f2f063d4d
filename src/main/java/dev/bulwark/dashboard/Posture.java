package dev.bulwark.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.assessment.AssessmentPosture;
import dev.bulwark.assessment.Assessments;
import dev.bulwark.calendar.TaskSummary;
import dev.bulwark.calendar.Tasks;
import dev.bulwark.inventory.Inventory;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.PracticeDayBegan;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a practice stands and what it should do next, assembled from the assessment, the
 * calendar and the inventory; and the monthly snapshots behind the trend, written when a
 * practice's day begins (reads never write).
 */
@Service
class Posture {

	/** How far ahead "upcoming" looks. */
	static final int UPCOMING_DAYS = 30;

	private final Assessments assessments;

	private final Tasks tasks;

	private final Inventory inventory;

	private final Practices practices;

	private final SnapshotRepository snapshots;

	private final Clock clock;

	Posture(Assessments assessments, Tasks tasks, Inventory inventory, Practices practices,
			SnapshotRepository snapshots, Clock clock) {
		this.assessments = assessments;
		this.tasks = tasks;
		this.inventory = inventory;
		this.practices = practices;
		this.snapshots = snapshots;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	PostureView view(UUID practiceId) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.practices.zone(practiceId));
		AssessmentPosture assessment = this.assessments.posture(practiceId).orElse(null);
		List<TaskSummary> due = this.tasks.openWithin(practiceId, UPCOMING_DAYS);
		int findings = this.inventory.openFindingCount(practiceId);
		LocalDate month = today.withDayOfMonth(1);
		return new PostureView(today, assessment, PostureView.FORMULA,
				due.stream().filter(TaskSummary::overdue).toList(), due.stream().filter((t) -> !t.overdue()).toList(),
				findings, NextActions.rank(assessment, due, findings, today),
				this.snapshots.since(practiceId, month.minusMonths(TrendChart.MONTHS - 1)));
	}

	String chart(PostureView view) {
		return TrendChart.svg(view.trend(), view.today().withDayOfMonth(1));
	}

	/** Writes this month's snapshot with the figures of the new day. */
	@ApplicationModuleListener
	void on(PracticeDayBegan day) {
		snapshot(day.practiceId(), day.date());
	}

	@Transactional
	void snapshot(UUID practiceId, LocalDate date) {
		AssessmentPosture assessment = this.assessments.posture(practiceId).orElse(null);
		int overdue = this.tasks.overdue(practiceId).size();
		int risks = (assessment != null) ? assessment.openRisks().size() : 0;
		Instant now = this.clock.instant();
		this.snapshots.save(practiceId, new Snapshot(date.withDayOfMonth(1),
				(assessment != null) ? assessment.overall() : null, overdue, risks), now);
	}

}
