package dev.bulwark.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog's requirements and citations match the project's regulatory reference
 * exactly.
 */
class CatalogReferenceTests {

	/**
	 * Rows whose reference cell describes the specification instead of giving the rule's
	 * heading: the catalog uses the heading from the CFR text.
	 */
	private static final Map<String, String> HEADINGS_FROM_THE_RULE = Map.of("164.314(a)(2)(i)",
			"Business associate contracts");

	private final Catalog catalog = TestCatalog.get();

	private final List<ReferenceTables.Row> reference = ReferenceTables.rows();

	private final List<ReferenceTables.ProvisionRow> provisionReference = ReferenceTables.provisionRows();

	@Test
	void inRepositoryReferenceIsIdenticalToTheSharedOriginal() throws IOException {
		if (Files.exists(ReferenceTables.SHARED_REFERENCE)) {
			assertThat(Files.mismatch(ReferenceTables.REFERENCE, ReferenceTables.SHARED_REFERENCE))
				.as("src/test/resources/reference/hipaa-security-rule.md must be a copy of the shared reference")
				.isEqualTo(-1L);
		}
		if (Files.exists(ReferenceTables.SHARED_PROGRAM_FACTS)) {
			assertThat(Files.mismatch(ReferenceTables.PROGRAM_FACTS, ReferenceTables.SHARED_PROGRAM_FACTS))
				.as("src/test/resources/reference/program-facts.md must be a copy of the shared reference")
				.isEqualTo(-1L);
		}
	}

	@Test
	void referenceTablesParseIntoTheStatedCounts() {
		assertThat(this.reference).hasSize(65);
		assertThat(this.reference.stream().filter(ReferenceTables.Row::standard)).hasSize(22);
		List<ReferenceTables.Row> appendixA = this.reference.stream().filter(ReferenceTables.Row::inAppendixA).toList();
		assertThat(appendixA.stream().filter(ReferenceTables.Row::standard)).hasSize(18);
		assertThat(appendixA.stream().filter((row) -> !row.standard())).hasSize(36);
	}

	@Test
	void everyCitationUsedAnywhereIsInTheReference() {
		Set<String> known = this.reference.stream()
			.map(ReferenceTables.Row::citation)
			.collect(Collectors.toCollection(HashSet::new));
		this.provisionReference.forEach((row) -> known.add(row.citation()));
		Set<String> used = new HashSet<>();
		this.catalog.generalRules().forEach((provision) -> used.add(provision.citation()));
		this.catalog.otherRules().forEach((provision) -> used.add(provision.citation()));
		this.catalog.gapMappings().forEach((mapping) -> used.add(mapping.citation()));
		this.catalog.requirements().forEach((requirement) -> {
			used.add(requirement.citation());
			if (requirement.standard() != null) {
				used.add(requirement.standard());
			}
		});
		this.catalog.questions().forEach((question) -> used.addAll(question.citations()));
		this.catalog.vulnerabilities().forEach((vulnerability) -> used.addAll(vulnerability.citations()));
		this.catalog.obligations().forEach((obligation) -> used.addAll(obligation.citations()));
		assertThat(used).isNotEmpty();
		assertThat(known).containsAll(used);
	}

	@Test
	void requirementsHaveExactlyTheReferenceEntriesInReferenceOrder() {
		assertThat(this.catalog.requirements()).extracting(Requirement::citation)
			.containsExactlyElementsOf(this.reference.stream().map(ReferenceTables.Row::citation).toList());
	}

	@Test
	void titlesAreTheReferenceTitlesWithoutNotes() {
		Map<String, Requirement> byCitation = this.catalog.requirements()
			.stream()
			.collect(Collectors.toMap(Requirement::citation, Function.identity()));
		for (ReferenceTables.Row row : this.reference) {
			assertThat(byCitation.get(row.citation()).title()).as(row.citation())
				.isEqualTo(HEADINGS_FROM_THE_RULE.getOrDefault(row.citation(), row.title()));
		}
		assertThat(this.reference).extracting(ReferenceTables.Row::citation)
			.containsAll(HEADINGS_FROM_THE_RULE.keySet());
	}

	@Test
	void businessAssociateContractsSpecificationCarriesTheRulesHeading() {
		assertThat(this.catalog.requirement("164.314(a)(2)(i)").orElseThrow().title())
			.isEqualTo("Business associate contracts");
	}

	@Test
	void generalRulesAndOtherRulesAreExactlyTheReferenceProvisions() {
		List<Provision> provisions = new java.util.ArrayList<>(this.catalog.generalRules());
		provisions.addAll(this.catalog.otherRules());
		assertThat(provisions).extracting(Provision::citation)
			.containsExactlyElementsOf(
					this.provisionReference.stream().map(ReferenceTables.ProvisionRow::citation).toList());
		for (ReferenceTables.ProvisionRow row : this.provisionReference) {
			Provision provision = this.catalog.provision(row.citation()).orElseThrow();
			assertThat(provision.title()).as(row.citation()).isEqualTo(row.title());
			assertThat(provision.group()).as(row.citation()).isEqualTo(RuleGroup.valueOf(row.group()));
			assertThat(RuleGroup.of(row.citation())).as(row.citation()).isEqualTo(provision.group());
			assertThat(Sentences.count(provision.summary())).as(row.citation() + " summary").isEqualTo(1);
			assertThat(Sentences.count(provision.guidance())).as(row.citation() + " guidance").isBetween(3, 6);
		}
	}

	@Test
	void provisionsTakenFromTheReferenceAppearInIt() {
		String text = ReferenceTables.referenceText();
		assertThat(this.provisionReference).filteredOn((row) -> row.source().equals("reference"))
			.isNotEmpty()
			.allSatisfy((row) -> assertThat(text).as(row.citation()).contains(row.citation()));
		assertThat(this.provisionReference).extracting(ReferenceTables.ProvisionRow::source)
			.containsOnly("reference", "CFR");
		assertThat(text).as("the reference cites 164.306").contains("164.306(");
	}

	@Test
	void theGeneralRulesQuestionsNeedAreCitable() {
		assertThat(this.catalog.generalRules()).extracting(Provision::citation)
			.containsExactly("164.306(a)", "164.306(b)(2)", "164.306(d)(3)", "164.306(e)");
		assertThat(this.catalog.generalRules())
			.allMatch((provision) -> provision.group() == RuleGroup.GENERAL_RULES && provision.group().securityRule());
	}

	@Test
	void otherHipaaRulesAreNeverCountedAsSecurityRuleRequirements() {
		assertThat(this.catalog.otherRules()).extracting(Provision::citation).contains("164.530(c)");
		for (Provision provision : this.catalog.otherRules()) {
			assertThat(provision.group()).isEqualTo(RuleGroup.OTHER_HIPAA_RULES);
			assertThat(provision.group().securityRule()).isFalse();
			assertThat(provision.rule()).contains("Privacy Rule");
			assertThat(this.catalog.requirement(provision.citation())).as(provision.citation()).isEmpty();
		}
		assertThat(this.catalog.requirements()).hasSize(65);
		assertThat(this.catalog.addressableSpecifications()).noneMatch((r) -> r.citation().startsWith("164.5"));
	}

	@Test
	void kindsAndMarksFollowTheReference() {
		for (ReferenceTables.Row row : this.reference) {
			Requirement requirement = this.catalog.requirement(row.citation()).orElseThrow();
			if (row.standard()) {
				assertThat(requirement.kind()).as(row.citation()).isEqualTo(RequirementKind.STANDARD);
				assertThat(requirement.level()).as(row.citation()).isEqualTo(RequirementLevel.REQUIRED);
				assertThat(row.mark()).as(row.citation()).isIn("", "R");
			}
			else {
				assertThat(requirement.kind()).as(row.citation())
					.isEqualTo(RequirementKind.IMPLEMENTATION_SPECIFICATION);
				RequirementLevel expected = row.mark().equals("A") ? RequirementLevel.ADDRESSABLE
						: RequirementLevel.REQUIRED;
				assertThat(row.mark()).as(row.citation()).isIn("R", "A");
				assertThat(requirement.level()).as(row.citation()).isEqualTo(expected);
			}
		}
	}

	@Test
	void countsMatchTheRuleAndAppendixA() {
		List<Requirement> all = this.catalog.requirements();
		assertThat(all).filteredOn((r) -> r.kind() == RequirementKind.STANDARD).hasSize(22);
		assertThat(all).filteredOn((r) -> r.kind() == RequirementKind.IMPLEMENTATION_SPECIFICATION).hasSize(43);
		List<Requirement> appendixA = all.stream().filter(Requirement::inAppendixA).toList();
		List<Requirement> specifications = appendixA.stream()
			.filter((r) -> r.kind() == RequirementKind.IMPLEMENTATION_SPECIFICATION)
			.toList();
		assertThat(appendixA).filteredOn((r) -> r.kind() == RequirementKind.STANDARD).hasSize(18);
		assertThat(specifications).hasSize(36);
		assertThat(specifications).filteredOn((r) -> r.level() == RequirementLevel.REQUIRED).hasSize(14);
		assertThat(specifications).filteredOn((r) -> r.level() == RequirementLevel.ADDRESSABLE).hasSize(22);
		assertThat(this.catalog.addressableSpecifications()).hasSize(22);
	}

	@Test
	void specificationsBelongToTheNearestPrecedingStandardOfTheirSection() {
		String currentStandard = null;
		for (ReferenceTables.Row row : this.reference) {
			if (row.standard()) {
				currentStandard = row.citation();
				continue;
			}
			assertThat(this.catalog.requirement(row.citation()).orElseThrow().standard()).as(row.citation())
				.isEqualTo(currentStandard);
		}
	}

	@Test
	void safeguardFollowsTheCfrSection() {
		for (Requirement requirement : this.catalog.requirements()) {
			assertThat(requirement.citation()).startsWith(requirement.safeguard().section() + "(");
		}
	}

	@Test
	void standardsWithSpecificationsExplainWhereTheMarksAre() {
		Set<String> withSpecifications = this.catalog.requirements()
			.stream()
			.map(Requirement::standard)
			.filter((standard) -> standard != null)
			.collect(Collectors.toSet());
		assertThat(withSpecifications).hasSize(15);
		for (String standard : withSpecifications) {
			assertThat(this.catalog.requirement(standard).orElseThrow().requirementNote()).as(standard)
				.isNotBlank()
				.containsIgnoringCase("specification");
		}
	}

	@Test
	void everyRequirementHasGuidanceAndHicpMapping() {
		for (Requirement requirement : this.catalog.requirements()) {
			assertThat(Sentences.count(requirement.summary())).as(requirement.citation() + " summary").isEqualTo(1);
			assertThat(Sentences.count(requirement.guidance())).as(requirement.citation() + " guidance")
				.isBetween(3, 6);
			assertThat(requirement.hicp()).as(requirement.citation()).isNotEmpty().allMatch((n) -> n >= 1 && n <= 10);
		}
	}

	@Test
	void proposedNotesAreWordedAsProposalsNeverAsLaw() {
		List<Requirement> withProposal = this.catalog.requirements()
			.stream()
			.filter((r) -> r.proposed() != null)
			.toList();
		assertThat(withProposal).isNotEmpty();
		for (Requirement requirement : withProposal) {
			assertThat(requirement.proposed()).as(requirement.citation()).containsIgnoringCase("would");
		}
		assertThat(withProposal).filteredOn(Requirement::addressableSpecification)
			.hasSameSizeAs(this.catalog.addressableSpecifications());
	}

	@Test
	void onlyNarrowRequirementsCarryAnAppliesNote() {
		assertThat(this.catalog.requirements()).filteredOn((r) -> r.appliesNote() != null)
			.extracting(Requirement::citation)
			.containsExactlyInAnyOrder("164.308(a)(4)(ii)(A)", "164.314(a)(2)(ii)", "164.314(a)(2)(iii)",
					"164.314(b)(1)", "164.314(b)(2)");
	}

	@Test
	void businessAssociateSpecificationsAreAlternativesAsApplicable() {
		Requirement standard = this.catalog.requirement("164.314(a)(1)").orElseThrow();
		assertThat(standard.requirementNote()).contains("as applicable").contains("alternatives");
		assertThat(this.catalog.requirement("164.314(a)(2)(ii)").orElseThrow().appliesNote())
			.contains("required by law");
		assertThat(this.catalog.requirement("164.314(a)(2)(iii)").orElseThrow().appliesNote())
			.contains("itself a business associate");
		assertThat(this.catalog.requirement("164.314(a)(2)(i)").orElseThrow().guidance())
			.contains("need not sign with or check the subcontractors");
	}

}
