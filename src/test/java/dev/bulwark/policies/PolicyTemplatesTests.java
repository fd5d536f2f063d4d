package dev.bulwark.policies;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The policy templates under {@code catalog/policies/}: one for every policy and
 * procedure the Security Rule and the Breach Notification Rule call for, every citation
 * real (checked against the project's regulatory reference, the catalog's test data),
 * proposed-rule figures only inside labelled blocks, and the practice's details filled
 * in.
 */
class PolicyTemplatesTests {

	private static final Path REFERENCE = Path.of("src", "test", "resources", "reference");

	/** Security Rule provisions no small provider practice needs a policy for. */
	private static final Set<String> NOT_FOR_A_PROVIDER_PRACTICE = Set.of(
			// Isolating health care clearinghouse functions: the access policy says why
			// not.
			"164.308(a)(4)(ii)(A)",
			// Arrangements between government entities, and group health plans.
			"164.314(a)(2)(ii)", "164.314(b)(1)", "164.314(b)(2)");

	private static final TemplateText.Profile PROFILE = new TemplateText.Profile("Maple Dental", "Dana Reyes",
			ZoneId.of("America/Chicago"), false);

	private final List<PolicyTemplate> templates = new PolicyTemplates().all();

	@Test
	void thereIsATemplateForEveryPolicyTheRulesCallFor() {
		assertThat(this.templates).extracting(PolicyTemplate::key)
			.containsExactly("security-management", "sanctions", "activity-review", "security-responsibility",
					"workforce-security", "access-management", "awareness-training", "password-management",
					"incident-procedures", "contingency", "evaluation", "business-associates", "facility-access",
					"workstation-security", "device-media", "access-control", "audit-controls", "integrity",
					"authentication", "transmission-security", "documentation-retention", "breach-notification");
	}

	@Test
	void everyCitationIsInTheRegulatoryReference() throws IOException {
		Set<String> tables = new HashSet<>();
		for (String file : List.of("hipaa-security-rule.md", "general-and-other-rules.md")) {
			Files.readAllLines(REFERENCE.resolve(file))
				.stream()
				.filter((line) -> line.startsWith("| 164."))
				.map((line) -> line.substring(2, line.indexOf(" |", 2)).strip())
				.forEach(tables::add);
		}
		String programFacts = Files.readString(REFERENCE.resolve("program-facts.md"));
		Pattern breachRule = Pattern.compile("164\\.4(0[0-9]|1[0-4])(\\([a-z0-9]+\\))*");
		for (PolicyTemplate template : this.templates) {
			assertThat(template.citations()).as(template.key()).isNotEmpty().allSatisfy((citation) -> {
				if (breachRule.matcher(citation).matches()) {
					assertThat(programFacts).as(template.key() + " cites " + citation).contains(citation);
				}
				else {
					assertThat(tables).as(template.key() + " cites " + citation).contains(citation);
				}
			});
		}
	}

	@Test
	void everySecurityRuleStandardAndSpecificationIsImplementedByATemplate() throws IOException {
		Set<String> cited = this.templates.stream()
			.flatMap((template) -> template.citations().stream())
			.collect(Collectors.toSet());
		List<String> rule = Files.readAllLines(REFERENCE.resolve("hipaa-security-rule.md"))
			.stream()
			.filter((line) -> line.startsWith("| 164."))
			.map((line) -> line.substring(2, line.indexOf(" |", 2)).strip())
			.filter((citation) -> !NOT_FOR_A_PROVIDER_PRACTICE.contains(citation))
			.toList();
		assertThat(rule).hasSize(61);
		assertThat(cited).containsAll(rule);
		assertThat(cited).as("the Breach Notification Rule").contains("164.404(b)", "164.406", "164.408", "164.410");
	}

	@Test
	void proposedRuleFiguresAppearOnlyInLabelledBlocks() {
		Pattern figures = Pattern
			.compile("(?i)\\b(1 hour|24 hours|48 hours|72 hours|6 months|12 months|15 days|" + "proposed|NPRM)\\b");
		for (PolicyTemplate template : this.templates) {
			String outside = TemplateText.fill(template.body(), PROFILE);
			assertThat(figures.matcher(outside).find()).as(template.key() + " outside proposed blocks: " + outside)
				.isFalse();
			for (String block : TemplateText.proposedBlocks(template.body())) {
				assertThat(block.strip()).as(template.key()).startsWith("**Proposed rule (not yet law):**");
			}
		}
	}

	@Test
	void proposedBlocksShowOnlyInNprmReadyMode() {
		PolicyTemplate workforce = template("workforce-security");
		TemplateText.Profile nprm = new TemplateText.Profile("Maple Dental", "Dana Reyes", ZoneId.of("UTC"), true);
		assertThat(TemplateText.fill(workforce.body(), nprm)).contains("**Proposed rule (not yet law):**")
			.contains("no later than 1 hour")
			.doesNotContain("{{");
		assertThat(TemplateText.fill(workforce.body(), PROFILE)).doesNotContain("1 hour").doesNotContain("{{");
	}

	@Test
	void trainingSaysTheRuleSetsNoIntervalAndYearlyIsARecommendation() {
		String training = TemplateText.fill(template("awareness-training").body(), PROFILE);
		assertThat(training).contains("The Security Rule sets no training interval")
			.contains("yearly is Bulwark's recommendation")
			.contains("including managers");
	}

	@Test
	void templatesAreFilledInFromThePracticeProfile() {
		for (PolicyTemplate template : this.templates) {
			String text = TemplateText.fill(template.body(), PROFILE);
			assertThat(text).as(template.key()).doesNotContain("{{").contains("Maple Dental").contains("Dana Reyes");
			assertThat(Markdown.html(text)).as(template.key()).isNotEmpty();
		}
		assertThat(TemplateText.fill(template("breach-notification").body(), PROFILE)).contains("America/Chicago")
			.contains("no later than 60 calendar days after discovery");
	}

	@Test
	void templatesAreShortAndPlain() {
		for (PolicyTemplate template : this.templates) {
			int words = template.body().split("\\s+").length;
			assertThat(words).as(template.key() + " words").isBetween(120, 900);
			assertThat(template.body()).as(template.key()).contains("## Who does it");
		}
	}

	@Test
	void aBrokenTemplateIsRefusedWithItsProblems() {
		assertThatThrownBy(() -> PolicyTemplates.parse("x.md",
				"---\nkey: y\ntitle: T\norder: 1\ncitations: []\n"
						+ "summary: S\n---\nText {{unknown}}\n{{#proposed}}\n",
				tools.jackson.dataformat.yaml.YAMLMapper.builder().build()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("key must be the file's name, x")
			.hasMessageContaining("citations are missing")
			.hasMessageContaining("unknown placeholder {{unknown}}")
			.hasMessageContaining("a proposed-rule block is not closed");
	}

	private PolicyTemplate template(String key) {
		return this.templates.stream().filter((t) -> t.key().equals(key)).findFirst().orElseThrow();
	}

}
