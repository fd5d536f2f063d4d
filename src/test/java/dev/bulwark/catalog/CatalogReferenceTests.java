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

	private final Catalog catalog = TestCatalog.get();

	private final List<ReferenceTables.Row> reference = ReferenceTables.rows();

	@Test
	void inRepositoryReferenceIsIdenticalToTheSharedOriginal() throws IOException {
		if (Files.exists(ReferenceTables.SHARED_REFERENCE)) {
			assertThat(Files.mismatch(ReferenceTables.REFERENCE, ReferenceTables.SHARED_REFERENCE))
				.as("src/test/resources/reference/hipaa-security-rule.md must be a copy of the shared reference")
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
		Set<String> known = this.reference.stream().map(ReferenceTables.Row::citation).collect(Collectors.toSet());
		Set<String> used = new HashSet<>();
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
			assertThat(byCitation.get(row.citation()).title()).as(row.citation()).isEqualTo(row.title());
		}
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
			.containsExactlyInAnyOrder("164.308(a)(4)(ii)(A)", "164.314(a)(2)(ii)", "164.314(b)(1)", "164.314(b)(2)");
	}

}
