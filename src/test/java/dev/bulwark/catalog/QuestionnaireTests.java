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

	private static final Pattern KEY = Pattern.compile("(BAS|POL|WF|DAT|PHY|BA|CON|TEC|OTH)-\\d{2}");

	/**
	 * Questions moved to another section keep their key so that answers carry over: key
	 * and the section whose prefix it has.
	 */
	private static final Map<String, String> MOVED = Map.of("PHY-17", "physical");

	/**
	 * Terms a practice manager cannot be expected to know. A question using one must give
	 * an example or an explanation in the same text.
	 */
	private static final List<String> JARGON = List.of("integrity control", "integrity check", "audit control",
			"audit log", "audit trail", "ePHI", "electronic protected health information", "addressable",
			"implementation specification", "multi-factor", "MFA", "VPN", "VLAN", "network segment", "WPA", "SPF",
			"DKIM", "DMARC", "endpoint", "anti-malware", "penetration test", "vulnerabilities", "break-glass",
			"clearinghouse", "criticality", "contingency plan", "memorandum of understanding", "network port",
			"firewall", "exclusion list", "device management", "immutable");

	/** What counts as an example or explanation next to a term. */
	private static final Pattern EXPLAINED = Pattern.compile("for example|such as|\\(.+\\)");

	/** Profile answers under which every question applies. */
	private static final Map<String, Object> EVERYTHING_APPLIES = Map.of("government_arrangements", true,
			"acts_as_business_associate", true);

	private final Catalog catalog = TestCatalog.get();

	@Test
	void sectionsComeInTheAgreedOrder() {
		assertThat(this.catalog.sections()).extracting(Section::key)
			.containsExactly("basics", "policies", "workforce", "data", "physical", "business_associates",
					"contingency", "technical", "other_rules");
	}

	@Test
	void totalQuestionCountIsBetween100And170() {
		assertThat(this.catalog.questions()).hasSizeBetween(100, 170);
	}

	@Test
	void everySectionHasItsPlannedShare() {
		Map<String, int[]> ranges = Map.of("basics", new int[] { 10, 14 }, "policies", new int[] { 10, 14 },
				"workforce", new int[] { 16, 24 }, "data", new int[] { 22, 34 }, "physical", new int[] { 14, 20 },
				"business_associates", new int[] { 8, 16 }, "contingency", new int[] { 12, 18 }, "technical",
				new int[] { 16, 26 }, "other_rules", new int[] { 1, 4 });
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
			for (Question question : section.questions()) {
				String prefix = CatalogValidator.SECTION_PREFIXES
					.get(MOVED.getOrDefault(question.key(), section.key()));
				assertThat(question.key()).matches(KEY).startsWith(prefix + "-");
				assertThat(question.section()).isEqualTo(section.key());
				assertThat(seen.add(question.key())).as("unique " + question.key()).isTrue();
			}
		}
	}

	@Test
	void paperRecordsAreAskedAboutUnderOtherHipaaRulesOnly() {
		Section other = this.catalog.section("other_rules").orElseThrow();
		assertThat(other.questions()).extracting(Question::key).containsExactly("PHY-17", "OTH-01");
		assertThat(other.description()).contains("Privacy Rule").contains("164.530(c)");
		for (Question question : other.questions()) {
			assertThat(question.citations()).as(question.key()).containsExactly("164.530(c)");
			assertThat(question.group()).isEqualTo(RuleGroup.OTHER_HIPAA_RULES);
		}
		assertThat(this.catalog.questions()).filteredOn((q) -> !q.section().equals("other_rules"))
			.allSatisfy((q) -> assertThat(q.text()).as(q.key()).doesNotContainIgnoringCase("paper records"));
		assertThat(this.catalog.questionsFor("164.530(c)")).extracting(Question::key)
			.containsExactlyInAnyOrder("PHY-17", "OTH-01", "DAT-16");
	}

	@Test
	void correctedCitations() {
		assertThat(this.catalog.question("PHY-05").orElseThrow().citations()).containsExactly("164.308(a)(7)(i)");
		assertThat(this.catalog.vulnerability("V-NO-ENVIRONMENTAL-PROTECTION").orElseThrow().citations())
			.containsExactly("164.308(a)(7)(i)");
		assertThat(this.catalog.vulnerability("V-NO-DEVICE-TRACKING").orElseThrow().citations())
			.containsExactly("164.310(d)(1)", "164.310(d)(2)(iii)");
		assertThat(this.catalog.question("BA-09").orElseThrow().citations()).containsExactly("164.308(b)(1)",
				"164.504(e)(2)(ii)(J)");
		assertThat(this.catalog.vulnerability("V-NO-BA-OVERSIGHT").orElseThrow().citations())
			.containsExactly("164.308(b)(1)", "164.314(a)(1)");
		assertThat(this.catalog.questionsFor("164.306(d)(3)")).extracting(Question::key).containsExactly("BAS-08");
		assertThat(this.catalog.questionsFor("164.314(a)(2)(iii)")).extracting(Question::key).containsExactly("BA-14");
	}

	@Test
	void questionTextsAskOneThingInPlainWords() {
		for (Question question : this.catalog.questions()) {
			String text = question.text();
			assertThat(text).as(question.key()).doesNotContain("and/or").doesNotContain("or/and");
			assertThat(text.chars().filter((c) -> c == '?').count()).as(question.key() + " question marks")
				.isEqualTo(1);
			for (String term : JARGON) {
				if (Pattern.compile("\\b" + Pattern.quote(term) + "\\b", Pattern.CASE_INSENSITIVE)
					.matcher(text)
					.find()) {
					assertThat(EXPLAINED.matcher(text).find())
						.as(question.key() + " uses '" + term + "' without an example or explanation: " + text)
						.isTrue();
				}
			}
		}
	}

	@Test
	void theJargonCheckCatchesAnUnexplainedTerm() {
		String unexplained = "Are integrity controls in place?";
		String explained = "Are integrity controls, such as checks that a file arrived unaltered, in place?";
		assertThat(Pattern.compile("\\bintegrity control", Pattern.CASE_INSENSITIVE).matcher(unexplained).find())
			.isTrue();
		assertThat(EXPLAINED.matcher(unexplained).find()).isFalse();
		assertThat(EXPLAINED.matcher(explained).find()).isTrue();
	}

	@Test
	void questionsCuredBySignOffAskAboutTheTimeBeforeThisAssessment() {
		List<Question> cured = this.catalog.questions().stream().filter(Question::curedBySignOff).toList();
		assertThat(cured).extracting(Question::key).containsExactly("BAS-03", "BAS-04", "BAS-06");
		for (Question question : cured) {
			assertThat(question.text()).as(question.key()).startsWith("Before this assessment,");
			assertThat(question.vulnerabilities()).as(question.key())
				.isSubsetOf("V-NO-RISK-ANALYSIS", "V-NO-RISK-MANAGEMENT");
			assertThat(question.proposed()).isFalse();
		}
		assertThat(this.catalog.questionsRaising("V-NO-RISK-MANAGEMENT")).allMatch(Question::curedBySignOff);
	}

	@Test
	void wordingNeverStatesMoreThanTheRule() {
		Pattern fixedReviewBar = Pattern.compile("(?i)at least twice a year|twice-yearly");
		for (Question question : this.catalog.questions()) {
			String all = question.text() + " " + question.why() + " " + question.good();
			assertThat(all).as(question.key()).doesNotContainPattern(fixedReviewBar);
		}
		for (Requirement requirement : this.catalog.requirements()) {
			assertThat(requirement.guidance()).as(requirement.citation())
				.doesNotContainPattern(fixedReviewBar)
				.doesNotContain("Auditors check MFA");
		}
		assertThat(this.catalog.requirement("164.312(d)").orElseThrow().guidance())
			.contains("names no particular method");
		assertThat(this.catalog.question("TEC-10").orElseThrow().why()).contains("proposed rule would require it");
		assertThat(this.catalog.question("DAT-14").orElseThrow().text()).contains("other providers")
			.doesNotContain("patient's request");
		assertThat(this.catalog.question("DAT-30").orElseThrow().text()).contains("patients")
			.contains("asked for ordinary e-mail");
		assertThat(this.catalog.question("POL-09").orElseThrow().why())
			.contains("never needed to sanction anyone can still answer yes");
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
		Map<String, Object> profile = EVERYTHING_APPLIES;
		long baseline = this.catalog.questions().stream().filter((q) -> q.askedOf(profile, false)).count();
		long nprmReady = this.catalog.questions().stream().filter((q) -> q.askedOf(profile, true)).count();
		long proposed = this.catalog.questions().stream().filter(Question::proposed).count();
		assertThat(nprmReady).isEqualTo(this.catalog.questions().size());
		assertThat(baseline).isEqualTo(nprmReady - proposed);
	}

}
