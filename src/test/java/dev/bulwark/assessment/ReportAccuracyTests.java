package dev.bulwark.assessment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.bulwark.catalog.Catalog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed report of a realistic five-person dental office, read back from the PDF the
 * way an investigator reads it: accurate (no self-contradictions, one basis for the
 * counts) and thorough (the whole inventory, scope, people, dates).
 */
class ReportAccuracyTests {

	private static final Catalog CATALOG = new Catalog();

	private static ReportModel model;

	private static List<String> pages;

	private static List<PDPage> layout;

	private static String text;

	/** In content order: each table cell's text stays together. */
	private static String cells;

	@BeforeAll
	static void render() throws IOException {
		model = ReportFixtures.fullAssessment(CATALOG, true);
		byte[] pdf = new ReportRenderer().render(model);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			pages = new ArrayList<>();
			layout = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(document));
				layout.add(document.getPage(page - 1));
			}
		}
		text = ReportRendererTests.normalized(String.join("\n", pages));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			cells = ReportRendererTests.normalized(new PDFTextStripper().getText(document));
		}
	}

	private static String section(String from, String to) {
		return section(text, from, to);
	}

	private static String section(String text, String from, String to) {
		int start = text.indexOf(from);
		int end = text.indexOf(to, start + 1);
		assertThat(start).as(from).isNotNegative();
		assertThat(end).as(to).isGreaterThan(start);
		return text.substring(start, end);
	}

	@Test
	void highestRisksListEveryCriticalAndHighRisk() {
		String summary = section("3. Summary", "4. Findings by safeguard");
		List<RiskDetails> highest = model.register()
			.stream()
			.filter(RiskDetails::current)
			.filter((r) -> r.level() == RiskLevel.CRITICAL || r.level() == RiskLevel.HIGH)
			.toList();
		assertThat(highest).as("the fixture has more than five of a level").hasSizeGreaterThan(5);
		for (RiskDetails risk : highest) {
			assertThat(summary).contains(risk.level().label() + ": " + risk.title());
		}
		assertThat(summary).doesNotContain("Low: ");
	}

	@Test
	void summaryCountsHaveOneStatedBasis() {
		AssessmentScores scores = model.scores();
		assertThat(scores.yes() + scores.partly() + scores.no() + scores.dontKnow() + scores.notApplicable()
				+ (scores.asked() - scores.answered()))
			.isEqualTo(scores.asked());
		assertThat(scores.ruledOut()).isPositive();
		String summary = section("3. Summary", "Risk heat map");
		assertThat(summary).contains("Every count below is of the " + scores.asked() + " questions asked of this "
				+ "practice: yes, partly, no, don't know, not applicable and unanswered add up to " + scores.asked())
			.contains("Not applicable (answered so) " + scores.notApplicable())
			.contains(scores.ruledOut() + " questions the practice profile rules out are not asked");
	}

	@Test
	void pluralsAreRight() {
		assertThat(text).doesNotContain(" 1 areas ").doesNotContain(" 1 questions ").doesNotContain(" 1 risks ");
		assertThat(text).containsPattern("\\b1 area (of success|for review)|\\b\\d+ areas (of success|for review)");
	}

	@Test
	void datesNeverWrapInsideTheValue() {
		Pattern broken = Pattern.compile("\\d{4}-\\d{2}-?\\s*\\n\\s*-?\\d{2}\\b|\\d{4}-\\s*\\n\\s*\\d{2}-\\d{2}");
		for (int i = 0; i < pages.size(); i++) {
			Matcher matcher = broken.matcher(pages.get(i));
			assertThat(matcher.find()).as("page %d: %s", i + 1, matcher.find(0) ? matcher.group() : "").isFalse();
		}
	}

	@Test
	void theDoneColumnSaysDoneOrNot() {
		String plan = section("7. Treatment plan", "8. Sign-off");
		assertThat(plan).contains("Not done")
			.containsPattern("Done 20\\d\\d-\\d\\d-\\d\\d")
			.containsPattern("\\d+ of \\d+ done");
	}

	@Test
	void noNearEmptyPages() {
		for (int i = 0; i < pages.size() - 1; i++) {
			if (pages.get(i).contains("Data-flow diagram")) {
				// A full page of drawing, whose labels are vector text.
				continue;
			}
			long lines = pages.get(i).lines().filter((line) -> !line.isBlank()).count();
			if (pages.get(i + 1).contains("Data-flow diagram")) {
				// The end of the inventory chapter before the diagram's own page: may be
				// half a page, never a stray line or two.
				assertThat(lines).as("lines on page %d of %d:%n%s", i + 1, pages.size(), pages.get(i))
					.isGreaterThanOrEqualTo(5);
				continue;
			}
			assertThat(lines).as("lines on page %d of %d:%n%s", i + 1, pages.size(), pages.get(i))
				.isGreaterThanOrEqualTo(10);
		}
	}

	@Test
	void theDiagramHasALandscapePageOfItsOwnWithReadableText() {
		int diagram = -1;
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).contains("Data-flow diagram")) {
				diagram = i;
			}
		}
		assertThat(diagram).isPositive();
		PDPage page = layout.get(diagram);
		assertThat(page.getMediaBox().getWidth()).as("landscape").isGreaterThan(page.getMediaBox().getHeight());
		String onPage = ReportRendererTests.normalized(pages.get(diagram));
		assertThat(onPage).doesNotContain("3. Summary").doesNotContain("Every system and device");
		Matcher size = Pattern.compile("Smallest text as printed: (\\d+\\.\\d) pt\\.").matcher(onPage);
		assertThat(size.find()).isTrue();
		assertThat(Double.parseDouble(size.group(1))).isGreaterThanOrEqualTo(8.0);
	}

	@Test
	void theInventoryIsSummarisedPerKindAndListedInFullInTheAppendix() {
		String body = section(cells, "Systems and devices by kind", "Data-flow diagram");
		for (ReportModel.KindLine kind : model.inventory().kinds()) {
			assertThat(body).contains(kind.kind());
		}
		assertThat(model.inventory().kinds().stream().mapToInt(ReportModel.KindLine::count).sum())
			.isEqualTo(model.inventory().assetLines().size());
		assertThat(body).as("no asset lines in the body").doesNotContain("Server closet");
		String inventory = section(cells, "Appendix: the inventory", "Appendix: every question");
		for (ReportModel.AssetLine asset : model.inventory().assetLines()) {
			assertThat(inventory).contains(asset.name());
		}
		assertThat(inventory).contains("FortiGate firewall; Network device; No ePHI; Server closet")
			.contains("Office phone (iPhone)")
			.contains("Every data flow of patient information")
			.contains("Synology NAS Backblaze B2 Nightly backup");
	}

	@Test
	void scopeParticipantsAndDatesArePrinted() {
		String scope = section("Scope and participants", "Risk matrix");
		assertThat(scope).contains("412 Elm Street, Suite 3, Springfield, IL 62704")
			.contains("Period covered 2025-11-21 to 2026-11-20")
			.contains("Started 2026-10-01, submitted for review 2026-10-02, signed off 2026-11-20")
			.contains("Privacy Rule (45 CFR 164.530(c)), not the Security Rule")
			.contains("The landlord's building alarm system")
			.contains("managed service provider")
			.contains("Sam Ortiz, Acme IT IT provider (managed service provider)")
			.contains("Dana Price")
			.contains("No security incidents were recorded in the period")
			.contains("Next review 2027-11-01")
			.contains("Risk assessment 2025 Signed off 2025-10-01 2025-11-20 by Morgan Lee");
		assertThat(text).containsPattern("Data collection .*and with the practice's technology asset inventory and "
				+ "data-flow map \\(13 systems and devices, 6 data flows");
	}

	@Test
	void businessAssociatesComeFromTheAnswers() {
		String part = section("Business associates", "Risk matrix");
		for (AnswerView answer : model.businessAssociateAnswers()) {
			assertThat(part).contains(answer.questionKey());
		}
		assertThat(model.businessAssociateAnswers()).isNotEmpty();
	}

	@Test
	void everyAnswerSaysWhoAnsweredItAndWhen() {
		String appendix = text.substring(text.indexOf("Appendix: every question and its answer"));
		long answered = model.answersByKey().values().stream().filter((a) -> a.answer() != null).count();
		Matcher matcher = Pattern.compile("Answered by Morgan Lee on 2026-10-0\\d").matcher(appendix);
		int found = 0;
		while (matcher.find()) {
			found++;
		}
		assertThat(found).isEqualTo((int) answered);
	}

	@Test
	void decisionsAreDatedPlannedOnesNameTheirTaskAndContradictionsAreWarned() {
		String decisions = section(cells, "5. Addressable implementation specifications", "6. Risk register");
		assertThat(decisions).contains("Decided by Morgan Lee on 2026-11-20")
			.contains("Not yet in place — planned in the treatment plan")
			.containsPattern("Task: .+ \\(due 2027-\\d\\d-\\d\\d\\)");
		assertThat(model.contradictedDecisions()).isNotEmpty();
		DecisionView contradicted = model.contradictedDecisions().get(0);
		assertThat(decisions).contains("contradict")
			.contains("Warning: Recorded as implemented, but " + contradicted.questionKeys()
				.stream()
				.filter((k) -> model.answersByKey().get(k).weak())
				.findFirst()
				.orElseThrow());
	}

	@Test
	void eachRiskPrintsItsWeaknessSourcesAndRatingRationale() {
		String register = section(cells, "6. Risk register", "7. Treatment plan");
		RiskDetails risk = model.register().get(0);
		assertThat(register).contains(ReportRendererTests.normalized(risk.vulnerability()).substring(0, 40))
			.contains("Sources: answer")
			.contains("Why: Default rating for this weakness");
	}

	@Test
	void theSignOffPageListsOpenItemsAndWhatTheAnalysisRemedied() {
		String signOff = section("8. Sign-off", "Appendix: every question and its answer");
		assertThat(signOff).contains("Signed off with open items")
			.contains("1 addressable specification not decided")
			.contains(model.undecided().get(0).citation())
			.contains("still only proposed")
			.contains(model.proposedOnly().get(0).title())
			.contains("Remedied by this analysis")
			.contains("No current, complete risk analysis before this assessment")
			.contains("the name above is that account's name");
	}

}
