package dev.bulwark.assessment;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.GapsReported;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A first assessment end to end, through the facades and the stored data, read back from
 * the signed PDF: an inventory gap and an answer about the same weakness are one risk
 * with both sources; the sign-off is the signed-in account's; the questions about the
 * time before this assessment are remedied by signing it off; scope and rationale are
 * printed.
 */
@BulwarkIntegrationTest
class SignedReportTests {

	@Autowired
	TestMembers members;

	@Autowired
	Assessments assessments;

	@Autowired
	Risks risks;

	@Autowired
	GapRisks gapRisks;

	@Autowired
	List<dev.bulwark.shared.BinderSection> binderSections;

	@Test
	void aFirstAssessmentSignedOffReadsTrueInItsPdf() throws IOException {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		Actor actor = AssessmentFixtures.actor(officer);
		UUID id = AssessmentFixtures.start(this.assessments, officer).id();
		AssessmentFixtures.answer(this.assessments, officer, id, "BAS-03", AnswerValue.NO);
		AssessmentFixtures.answer(this.assessments, officer, id, "TEC-11", AnswerValue.YES);
		AssessmentFixtures.answer(this.assessments, officer, id, "TEC-10", AnswerValue.NO);
		this.gapRisks.reconcile(new GapsReported(officer.practiceId(), "inventory",
				List.of(new GapsReported.Gap("asset.no-mfa", null, "164.312(d)",
						"A system holding patient information signs people in with a password alone", "Microsoft 365",
						"/inventory/findings"))));

		List<RiskDetails> mfa = current(officer).stream()
			.filter((risk) -> "V-NO-MFA".equals(risk.vulnerabilityKey()))
			.toList();
		assertThat(mfa).as("one risk for the answer and the inventory finding").hasSize(1);
		RiskDetails merged = mfa.get(0);
		assertThat(merged.questionKeys()).contains("TEC-10");
		assertThat(merged.sourceKey()).isEqualTo("inventory:asset.no-mfa");
		assertThat(merged.assets()).isEqualTo("Microsoft 365");
		assertThat(merged.existingControls()).as("prefilled from the yes answers that bear on it")
			.contains("Answered yes: TEC-11");

		this.risks.update(actor, merged.id(),
				new RiskForm(merged.title(), List.of(), null, merged.vulnerability(), merged.assets(), null,
						merged.likelihood(), merged.impact(), Treatment.MITIGATE, null, null, RiskStatus.OPEN, null,
						null, null, "Every chart is in two cloud systems; one stolen password opens them."));
		this.assessments.saveScope(actor, id,
				new ScopeForm("Main office, 412 Elm Street, Springfield, IL 62704", LocalDate.of(2025, 12, 1),
						LocalDate.of(2026, 11, 30), null, "Sam Ortiz, Acme IT — managed service provider",
						"No security incidents in the period.", LocalDate.of(2027, 11, 1)));
		this.assessments.submit(actor, id);

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.assessments.signOff(actor, id, new SignOffForm("officer", true, true)))
			.satisfies((ex) -> assertThat(ex.errors()).containsKey("name"));
		AssessmentSummary signed = this.assessments.signOff(actor, id,
				new SignOffForm(actor.displayName().toUpperCase(java.util.Locale.ROOT), true, true));
		assertThat(signed.signedOffName()).as("the account's name, as the account has it")
			.isEqualTo(actor.displayName());

		List<RiskDetails> register = this.risks
			.unaudited(officer.practiceId(), new RiskFilter(id, null, null, null, true))
			.risks();
		assertThat(register).filteredOn((risk) -> "V-NO-RISK-ANALYSIS".equals(risk.vulnerabilityKey()))
			.singleElement()
			.satisfies(
					(risk) -> assertThat(risk.status()).as("remedied by this analysis").isEqualTo(RiskStatus.CLOSED));

		String text;
		try (PDDocument document = Loader.loadPDF(this.assessments.report(officer.practiceId(), id))) {
			text = ReportRendererTests.normalized(new PDFTextStripper().getText(document));
		}
		assertThat(text).contains("Remedied by this analysis")
			.contains("Sources: answer TEC-10; inventory finding (asset.no-mfa)")
			.contains("Why: Every chart is in two cloud systems")
			.contains("412 Elm Street")
			.contains("Sam Ortiz, Acme IT")
			.contains("managed service provider")
			.contains("No security incidents in the period.")
			.contains("Signed off by " + actor.displayName())
			.contains("Answered by");
		assertThat(text).containsOnlyOnce("Sources: answer TEC-10");

		dev.bulwark.shared.BinderSection analysis = this.binderSections.stream()
			.filter((section) -> section.folder().equals("01-risk-analysis"))
			.findFirst()
			.orElseThrow();
		List<dev.bulwark.shared.BinderSection.Document> documents = analysis.documents(officer.practiceId(), actor);
		assertThat(documents).extracting(dev.bulwark.shared.BinderSection.Document::fileName)
			.containsExactly("risk-analysis.pdf", "risk-register.csv", "treatment-plan.csv");
		try (PDDocument document = Loader.loadPDF(documents.get(0).content())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Security risk analysis")
				.doesNotContain("DRAFT");
		}
		assertThat(new String(documents.get(1).content(), java.nio.charset.StandardCharsets.UTF_8))
			.contains("inventory finding (asset.no-mfa)")
			.contains("Every chart is in two cloud systems");
		assertThat(new String(documents.get(2).content(), java.nio.charset.StandardCharsets.UTF_8))
			.startsWith("risk,level,task,owner,due,done")
			.contains("Not done");
		assertThat(this.binderSections.stream()
			.filter((section) -> section.folder().equals("02-inventory"))
			.findFirst()
			.orElseThrow()
			.documents(officer.practiceId(), actor)).as("no assets, nothing to bind").isEmpty();
	}

	private List<RiskDetails> current(TestMember officer) {
		return this.risks.unaudited(officer.practiceId(), RiskFilter.none())
			.risks()
			.stream()
			.filter(RiskDetails::current)
			.toList();
	}

}
