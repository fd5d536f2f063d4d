package dev.bulwark.assessment;

import java.time.ZoneId;
import java.util.UUID;

import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;

/** Helpers for integration tests: acting as a test member through the facades. */
final class AssessmentFixtures {

	/**
	 * The zone test actors work in; not UTC, so that a date taken in the wrong zone
	 * shows.
	 */
	static final ZoneId ZONE = ZoneId.of("Pacific/Kiritimati");

	private AssessmentFixtures() {
	}

	static Actor actor(TestMember member) {
		return new Actor(member.userId(), member.email(), "Test " + member.role().label(), member.practiceId(),
				member.practiceName(), member.role(), false, ZONE);
	}

	static AssessmentSummary start(Assessments assessments, TestMember officer) {
		return assessments.start(actor(officer), new NewAssessmentForm(null, false));
	}

	static AnswerView answer(Assessments assessments, TestMember member, UUID id, String key, AnswerValue value) {
		return assessments.answer(actor(member), id, key, new AnswerForm(value,
				(value == AnswerValue.NOT_APPLICABLE) ? "Not relevant to us." : null, null, null, false));
	}

	/** Starts, submits and signs off an assessment with one weak answer. */
	static AssessmentSummary signedOff(Assessments assessments, TestMember officer) {
		AssessmentSummary started = start(assessments, officer);
		answer(assessments, officer, started.id(), "BAS-03", AnswerValue.NO);
		answer(assessments, officer, started.id(), "BAS-01", AnswerValue.YES);
		assessments.submit(actor(officer), started.id());
		return assessments.signOff(actor(officer), started.id(),
				new SignOffForm(actor(officer).displayName(), true, true));
	}

}
