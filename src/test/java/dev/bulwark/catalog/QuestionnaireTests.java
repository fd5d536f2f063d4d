package dev.bulwark.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questionnaire covers the whole rule, is well-formed and keeps proposed-rule
 * questions apart.
 */
class QuestionnaireTests {

	private static final Pattern KEY = Pattern.compile("(BAS|POL|WF|DAT|PHY|BA|CON|TEC)-\\d{2}");

	private final Catalog catalog = TestCatalog.get();

	@Test
	void sectionsComeInTheAgreedOrder() {
		assertThat(this.catalog.sections()).extracting(Section::key)
			.containsExactly("basics", "policies", "workforce", "data", "physical", "business_associates",
					"contingency", "technical");
	}

	@Test
	void totalQuestionCountIsBetween100And150() {
		assertThat(this.catalog.questions()).hasSizeBetween(100, 150);
	}

	@Test
	void everySectionHasItsPlannedShare() {
		Map<String, int[]> ranges = Map.of("basics", new int[] { 10, 14 }, "policies", new int[] { 10, 14 },
				"workforce", new int[] { 16, 22 }, "data", new int[] { 22, 30 }, "physical", new int[] { 14, 20 },
				"business_associates", new int[] { 8, 14 }, "contingency", new int[] { 12, 18 }, "technical",
				new int[] { 16, 24 });
		for (Section section : this.catalog.sections()) {
			int[] range = ranges.get(section.key());
			assertThat(section.questions()).as(section.key()).hasSizeBetween(range[0], range[1]);
		}
	}

	@Test
	void everyStandardAndSpecificationIsCitedByAQuestion() {
		Set<String> cited = this.catalog.questions()
			.stream()
			.flatMap((question) -> question.citations().stream())
			.collect(Collectors.toSet());
		assertThat(cited).containsAll(this.catalog.requirements().stream().map(Requirement::citation).toList());
		assertThat(cited).contains("164.308(a)(2)", "164.308(a)(8)", "164.310(b)", "164.310(c)", "164.312(b)",
				"164.312(d)", "164.316(a)", "164.316(b)(1)");
	}

	@Test
	void questionsForFindsTheQuestionsThatCiteARequirement() {
		assertThat(this.catalog.questionsFor("164.308(a)(2)")).extracting(Question::key)
			.containsExactly("POL-01", "POL-02");
		assertThat(this.catalog.questionsFor("164.999(z)")).isEmpty();
	}

	@Test
	void keysAreWellFormedUniqueAndMatchTheirSection() {
		Set<String> seen = new HashSet<>();
		for (Section section : this.catalog.sections()) {
			String prefix = CatalogValidator.SECTION_PREFIXES.get(section.key());
			for (Question question : section.questions()) {
				assertThat(question.key()).matches(KEY).startsWith(prefix + "-");
				assertThat(question.section()).isEqualTo(section.key());
				assertThat(seen.add(question.key())).as("unique " + question.key()).isTrue();
			}
		}
	}

	@Test
	void everyQuestionIsCompleteAndPhrasedAsAQuestion() {
		for (Question question : this.catalog.questions()) {
			assertThat(question.text()).as(question.key()).endsWith("?").doesNotContain("\n");
			assertThat(question.why()).as(question.key()).isNotBlank();
			assertThat(question.good()).as(question.key()).isNotBlank();
			assertThat(question.citations()).as(question.key()).isNotEmpty();
			assertThat(question.vulnerabilities()).as(question.key()).isNotEmpty();
			question.vulnerabilities()
				.forEach((key) -> assertThat(this.catalog.vulnerability(key)).as(question.key() + " -> " + key)
					.isPresent());
		}
	}

	@Test
	void whyAndGoodAreTwoOrThreeSentences() {
		for (Question question : this.catalog.questions()) {
			assertThat(Sentences.count(question.why())).as(question.key() + " why").isBetween(2, 3);
			assertThat(Sentences.count(question.good())).as(question.key() + " good").isBetween(2, 3);
			assertThat(Sentences.count(question.text())).as(question.key() + " text").isEqualTo(1);
		}
	}

	@Test
	void textsContainNoPlaceholders() {
		Pattern placeholder = Pattern.compile("(?i)\\b(TODO|TBD|FIXME|lorem ipsum)\\b");
		for (Question question : this.catalog.questions()) {
			assertThat(question.text() + question.why() + question.good()).as(question.key())
				.doesNotContainPattern(placeholder);
		}
	}

	@Test
	void nprmItemsHaveProposedQuestionsStatingTheFigure() {
		Map<String, String> nprmItems = Map.of("BAS-11", "12 months", // asset inventory
																		// and network map
				"BAS-12", "12 months", // compliance audit
				"TEC-21", "6 months", // vulnerability scanning
				"TEC-22", "12 months", // penetration testing
				"CON-13", "72 hours", // restore critical systems
				"BA-10", "12 months", // business associate verification
				"TEC-12", "every sign-in", // multi-factor authentication everywhere
				"WF-09", "one hour", // access ended at termination
				"DAT-04", "15 calendar days", // patch deadlines
				"DAT-22", "48 hours"); // backup age
		nprmItems.forEach((key, figure) -> {
			Question question = this.catalog.question(key).orElseThrow();
			assertThat(question.proposed()).as(key + " is proposed").isTrue();
			assertThat(question.text()).as(key).contains(figure);
		});
	}

	@Test
	void proposedQuestionsSayTheyComeFromTheProposedRule() {
		List<Question> proposed = this.catalog.questions().stream().filter(Question::proposed).toList();
		assertThat(proposed).hasSizeGreaterThanOrEqualTo(10);
		proposed.forEach((question) -> assertThat(question.why()).as(question.key()).contains("proposed rule"));
	}

	@Test
	void proposedRuleFiguresNeverAppearInBaselineQuestions() {
		Pattern nprmFigure = Pattern.compile(
				"72 hours|48 hours|one hour|within 1 hour|15 calendar days|every 6 months|at least every 12 months");
		this.catalog.questions()
			.stream()
			.filter((question) -> !question.proposed())
			.forEach((question) -> assertThat(question.text()).as(question.key()).doesNotContainPattern(nprmFigure));
	}

	@Test
	void nprmReadyModeAddsTheProposedQuestionsOnly() {
		Map<String, Object> profile = Map.of();
		long baseline = this.catalog.questions().stream().filter((q) -> q.askedOf(profile, false)).count();
		long nprmReady = this.catalog.questions().stream().filter((q) -> q.askedOf(profile, true)).count();
		long proposed = this.catalog.questions().stream().filter(Question::proposed).count();
		assertThat(nprmReady).isEqualTo(this.catalog.questions().size());
		assertThat(baseline).isEqualTo(nprmReady - proposed);
	}

}
