package dev.bulwark.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.DashboardCard;
import dev.bulwark.shared.NavigationItem;
import dev.bulwark.shared.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The risk assessment's menu entries ("Assess", orders 100-199) and dashboard card. */
@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

	private static final String GROUP = "Assess";

	@Bean
	NavigationItem assessmentNavigation() {
		return new NavigationItem(GROUP, "Risk assessment", "/assessments",
				"The guided questionnaire, sign-off and report", 100, Permission.ASSESSMENT_READ);
	}

	@Bean
	NavigationItem myQuestionsNavigation() {
		return new NavigationItem(GROUP, "My questions", "/assessments/mine", "Questions assigned to you", 105,
				Permission.ASSESSMENT_ANSWER_ASSIGNED);
	}

	@Bean
	NavigationItem riskRegisterNavigation() {
		return new NavigationItem(GROUP, "Risk register", "/risks", "Threats, weaknesses and their ratings", 110,
				Permission.ASSESSMENT_READ);
	}

	@Bean
	NavigationItem treatmentPlanNavigation() {
		return new NavigationItem(GROUP, "Treatment plan", "/treatment-plan", "Who fixes what, by when", 120,
				Permission.ASSESSMENT_READ);
	}

	@Bean
	DashboardCard.Source assessmentDashboardCard(Assessments assessments, Risks risks) {
		return () -> {
			Actor actor = CurrentActor.find().orElse(null);
			if (actor == null
					|| !actor.can(Permission.ASSESSMENT_READ) && !actor.can(Permission.ASSESSMENT_ANSWER_ASSIGNED)) {
				return List.of();
			}
			return List.of(card(actor, assessments, risks));
		};
	}

	static DashboardCard card(Actor actor, Assessments assessments, Risks risks) {
		String title = "Risk assessment";
		Optional<AssessmentSummary> current = assessments.current(actor.practiceId());
		if (!actor.can(Permission.ASSESSMENT_READ)) {
			// Staff see only the questions assigned to them.
			Optional<AssessmentSummary> open = current.filter(AssessmentSummary::open);
			if (open.isEmpty()) {
				return new DashboardCard(title, "Nothing to answer at the moment.", null, "/assessments/mine",
						"neutral", 100);
			}
			List<AnswerView> mine = assessments.assignedTo(actor.practiceId(), open.get().id(), actor.userId());
			long left = mine.stream().filter((a) -> a.asked() && !a.answered()).count();
			return new DashboardCard(title,
					"You have " + left + " of " + mine.size() + " assigned questions left to answer.",
					(left > 0) ? "Answer your questions." : null, "/assessments/mine",
					(left > 0) ? "attention" : "good", 100);
		}
		if (current.isEmpty()) {
			return new DashboardCard(title, "No risk analysis yet: it is the first document an auditor asks for.",
					"Start your first risk assessment; it takes an afternoon.", "/assessments", "attention", 100);
		}
		AssessmentSummary summary = current.get();
		Optional<NextStep> next = assessments.nextStep(actor.practiceId(), summary.id());
		if (summary.open()) {
			return new DashboardCard(title,
					summary.status().label() + ": " + summary.answered() + " of " + summary.asked()
							+ " questions answered, " + summary.currentRisks() + " current risks.",
					next.map(NextStep::text).orElse(null),
					next.map(NextStep::link).orElse("/assessments/" + summary.id()), "attention", 100);
		}
		TreatmentPlan plan = risks.treatmentPlan(actor.practiceId(), null);
		String signed = "Signed off " + LocalDate.ofInstant(summary.signedOffAt(), actor.zone()) + " by "
				+ summary.signedOffName() + "; " + plan.openTasks() + " open treatment tasks"
				+ ((plan.overdueTasks() > 0) ? ", " + plan.overdueTasks() + " overdue" : "") + ".";
		if (next.isPresent()) {
			return new DashboardCard(title, signed, next.get().text(), next.get().link(), "attention", 100);
		}
		boolean overdue = plan.overdueTasks() > 0;
		return new DashboardCard(title, signed, (plan.openTasks() > 0) ? "Work through the treatment plan." : null,
				(plan.openTasks() > 0) ? "/treatment-plan" : "/assessments/" + summary.id(),
				overdue ? "attention" : "good", 100);
	}

}
