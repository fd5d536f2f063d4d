package dev.bulwark.vendors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's regulatory content: every citation is one of the project's reference, and
 * the proposed rule's term is labelled and never required.
 */
class VendorCatalogTests {

	private final VendorCatalog catalog = new VendorCatalog();

	private static String reference() throws IOException {
		Path folder = Path.of("src", "test", "resources", "reference");
		return Files.readString(folder.resolve("hipaa-security-rule.md"))
				+ Files.readString(folder.resolve("program-facts.md"))
				+ Files.readString(folder.resolve("general-and-other-rules.md"));
	}

	@Test
	void everyCitationIsOneOfTheReference() throws IOException {
		String reference = reference();
		assertThat(this.catalog.terms()).isNotEmpty()
			.allSatisfy((term) -> assertThat(reference).as(term.key()).contains(term.citation()));
	}

	@Test
	void theRuleInForceAsksForSafeguardsFlowDownAndIncidentReports() {
		assertThat(this.catalog.requiredTerms()).extracting(VendorCatalog.BaaTerm::key)
			.containsExactlyElementsOf(VendorFixtures.REQUIRED_TERMS);
		assertThat(this.catalog.requiredTerms()).allSatisfy(
				(term) -> assertThat(term.label()).doesNotContainIgnoringCase("proposed").doesNotContain("24 hours"));
	}

	@Test
	void theTwentyFourHourContingencyNoticeIsProposedAndShownOnlyInNprmReadyMode() {
		VendorCatalog.BaaTerm notice = this.catalog.term("contingency-notice").orElseThrow();
		assertThat(notice.proposed()).isTrue();
		assertThat(notice.label()).startsWith("Proposed rule (not yet law):").contains("24 hours");
		assertThat(this.catalog.terms(false)).doesNotContain(notice);
		assertThat(this.catalog.terms(true)).contains(notice);
	}

	@Test
	void everyVerificationQuestionCitesTheReferenceAndHasAStableKey() throws IOException {
		String reference = reference();
		assertThat(this.catalog.questions()).hasSizeGreaterThanOrEqualTo(5)
			.allSatisfy((q) -> assertThat(reference).as(q.key()).contains(q.citation()))
			.allSatisfy((q) -> assertThat(q.key()).matches("[a-z0-9-]+"));
		assertThat(this.catalog.questions()).extracting(VendorCatalog.Question::key).doesNotHaveDuplicates();
	}

}
