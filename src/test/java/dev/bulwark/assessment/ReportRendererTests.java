package dev.bulwark.assessment;

import java.io.IOException;
import java.util.List;

import dev.bulwark.catalog.Catalog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report of a complete assessment, rendered and read back with PDFBox.
 */
class ReportRendererTests {

	private static final Catalog CATALOG = new Catalog();

	private final ReportRenderer renderer = new ReportRenderer();

	@Test
	void aSignedOffReportContainsEverySectionAndIsReadableText() throws IOException {
		ReportModel model = ReportFixtures.fullAssessment(CATALOG, true);
		byte[] pdf = this.renderer.render(model);
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = normalized(stripper.getText(document));
			// Table cells wrap; in content order each cell's text stays together.
			String cells = normalized(new PDFTextStripper().getText(document));
			assertThat(document.getNumberOfPages()).isBetween(20, 120);
			assertThat(document.getDocumentInformation().getTitle()).contains("Risk assessment 2026");
			assertThat(text).contains(ReportFixtures.PRACTICE)
				.contains("Security risk analysis")
				.contains("1. Scope and method")
				.contains("2. Practice profile")
				.contains("3. Summary")
				.contains("Risk heat map")
				.contains("Likelihood \\ Impact")
				.contains("High Moderate High Critical")
				.contains("4. Findings by safeguard")
				.contains("Technical safeguards (164.312)")
				.contains("5. Addressable implementation specifications")
				.contains("6. Risk register")
				.contains("7. Treatment plan")
				.contains("8. Sign-off")
				.contains("Appendix: every question and its answer")
				.contains("Bulwark catalog " + CATALOG.version().version())
				.contains("I, Morgan Lee, security official of " + ReportFixtures.PRACTICE + ", attest")
				.doesNotContain("DRAFT");
			assertThat(cells).contains("Scope of the analysis")
				.contains("Data collection")
				.contains("Identify and document potential threats and vulnerabilities")
				.contains("Assess current security measures")
				.contains("Determine the likelihood of threat occurrence")
				.contains("Determine the potential impact of threat occurrence")
				.contains("Determine the level of risk")
				.contains("Finalize documentation")
				.contains("Periodic review and updates")
				.contains("Proposed-rule (NPRM-ready) mode")
				.contains("Risk matrix 3 x 3");
			for (var question : List.of(CATALOG.questions().get(0), CATALOG.questions().get(60),
					CATALOG.questions().get(CATALOG.questions().size() - 1))) {
				assertThat(text).contains(normalized(question.text()).substring(0, 60));
			}
			for (RiskDetails risk : model.register().subList(0, 3)) {
				assertThat(text).contains(risk.title());
			}
			assertThat(text).contains("Page 1 of " + document.getNumberOfPages());
			for (var page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					var font = page.getResources().getFont(name);
					assertThat(font.getName()).as("font on a page").contains("DejaVuSans");
					assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
				}
			}
		}
	}

	@Test
	void aDraftReportSaysSoOnEveryPage() throws IOException {
		byte[] pdf = this.renderer.render(ReportFixtures.fullAssessment(CATALOG, false));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				assertThat(stripper.getText(document)).as("page %d", page).contains("DRAFT — not signed off");
			}
		}
	}

	/**
	 * PDF text extraction breaks lines where the layout did; compare with single spaces.
	 */
	static String normalized(String text) {
		return text.replaceAll("\\s+", " ");
	}

}
