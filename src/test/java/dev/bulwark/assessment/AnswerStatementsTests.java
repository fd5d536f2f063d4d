package dev.bulwark.assessment;

import java.util.List;
import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.StatementCounter;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saving one questionnaire answer stays cheap: it is the most frequent write of an
 * assessment, so its SQL statements are counted and held to a budget.
 */
@BulwarkIntegrationTest
@Import(StatementCounter.class)
class AnswerStatementsTests {

	@Autowired
	TestMembers members;

	@Autowired
	Assessments assessments;

	@Test
	void savingOneAnswerRunsFewerThan15Statements() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		AssessmentFixtures.answer(this.assessments, officer, id, "BAS-01", AnswerValue.YES);

		StatementCounter.start();
		AssessmentFixtures.answer(this.assessments, officer, id, "BAS-03", AnswerValue.NO);
		List<String> statements = StatementCounter.stop();
		assertThat(statements).as(String.join("\n", statements)).hasSizeLessThan(15);

		StatementCounter.start();
		AssessmentFixtures.answer(this.assessments, officer, id, "BAS-03", AnswerValue.YES);
		statements = StatementCounter.stop();
		assertThat(statements).as(String.join("\n", statements)).hasSizeLessThan(15);
	}

}
