package dev.bulwark.assessment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.bulwark.BrowserTest;
import dev.bulwark.SharedBrowserContext;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice manager's afternoon in real Chromium: start an assessment, answer a short
 * profile and a few questions (saved in place with htmx), decide two addressable
 * specifications on the page of all decisions, see the proposed risk, accept it with a
 * justification, submit, sign off and download the PDF report.
 */
@SharedBrowserContext
class AssessmentJourneyBrowserTests extends BrowserTest {

	@Autowired
	TestMembers members;

	@Test
	void answerSeeAProposedRiskAcceptItSignOffAndDownloadTheReport() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		open("/login");
		type("username", officer.email());
		type("password", officer.password());
		press("Continue");
		waitForPath("/mfa");
		type("code", officer.currentCode());
		press("Sign in");
		waitForText(officer.practiceName());
		assertThat(pageText()).contains("No risk analysis yet");

		open("/assessments");
		press("Start the assessment");
		waitForText("Do you work completely alone?");
		String assessmentPath = this.browser.getCurrentUrl().substring(url("").length()).replace("/profile", "");
		type("values-workforce_size", "6");
		field("values-solo_practitioner-false").click();
		field("values-wireless_network-false").click();
		field("values-ehr_hosting-CLOUD").click();
		press("Save the profile");
		waitForText("Profile saved");

		open(assessmentPath + "/sections/basics");
		waitForText("Risk analysis basics");
		answer("BAS-01", "YES");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("q-BAS-01"), "Saved."));
		answer("BAS-03", "NO");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("q-BAS-03"),
				"Proposed risks for your register"));
		assertThat(field("q-BAS-03").getText()).contains("Risk analysis incomplete or out of date");
		assertThat(field("section-progress").getText()).contains("2 of");
		open(assessmentPath + "/sections/technical");
		// A choice is saved as it is picked: no button.
		field("TEC-05-DONT_KNOW").click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("q-TEC-05"), "Saved."));

		// Every addressable decision on one page: the boxes a choice needs appear with
		// it,
		// a missing reason is named next to its row and nothing is saved until it is
		// given.
		open(assessmentPath + "/decisions");
		waitForText("Save decisions");
		assertThat(this.browser.findElements(By.cssSelector(".decision-row"))).hasSizeGreaterThanOrEqualTo(20);
		assertThat(field("rows-0-reason").isDisplayed()).isFalse();
		assertThat(field("rows-0-alternative").isDisplayed()).isFalse();
		field("rows-0-outcome-NOT_REASONABLE").click();
		this.wait.until(ExpectedConditions.visibilityOf(field("rows-0-reason")));
		assertThat(field("rows-0-alternative").isDisplayed()).isFalse();
		field("rows-0-alternativeImplemented").click();
		this.wait.until(ExpectedConditions.visibilityOf(field("rows-0-alternative")));
		field("rows-0-alternativeImplemented").click();
		field("rows-1-outcome-ALTERNATIVE").click();
		this.wait.until(ExpectedConditions.visibilityOf(field("rows-1-alternative")));
		assertThat(field("rows-1-reason").isDisplayed()).isFalse();
		type("rows-1-alternative", "Screens lock after 5 minutes through the operating system.");
		press("Save decisions");
		waitForText("Nothing was saved: check the decisions marked below.");
		assertThat(field("rows-0-reason-error").getText())
			.isEqualTo("Explain why this is not reasonable and appropriate for your practice.");
		assertThat(field("rows-0-reason").isDisplayed()).isTrue();
		assertThat(field("rows-1-alternative").getAttribute("value"))
			.isEqualTo("Screens lock after 5 minutes through the operating system.");
		type("rows-0-reason", "A practice of six in one room; the cost outweighs the risk.");
		press("Save decisions");
		waitForText("decisions saved.");
		assertThat(field("rows-0-outcome-NOT_REASONABLE").isSelected()).isTrue();

		open("/risks?status=PROPOSED");
		waitForText("Risk analysis incomplete or out of date");
		this.browser.findElement(By.linkText("Risk analysis incomplete or out of date")).click();
		waitForText("Accept this risk");
		press("Accept the risk");
		waitForText("Write why the practice accepts this risk");
		assertThat(field("accept-justification").getAttribute("aria-describedby"))
			.contains("accept-justification-error");
		type("accept-justification",
				"This report is the risk analysis; the finding closes when it is signed off today.");
		press("Accept the risk");
		waitForText("Risk accepted");
		assertThat(pageText()).contains("Accepted").contains("This report is the risk analysis");

		open(assessmentPath + "/review");
		// The security officer signs a draft directly: no "submit for review" step.
		assertThat(pageText()).doesNotContain("Submit for review");
		// The signature is the signed-in account's own name.
		type("name", officer.displayName());
		field("attest").click();
		field("acknowledgeIncomplete").click();
		press("Sign off the assessment");
		waitForText("Signed off. The assessment is now frozen");
		assertThat(pageText())
			.contains("I, " + officer.displayName() + ", security official of " + officer.practiceName());

		String reportHref = this.browser.findElement(By.linkText("Download the report (PDF)")).getAttribute("href");
		Cookie session = this.browser.manage().getCookieNamed("BULWARK_SESSION");
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(reportHref))
				.header("Cookie", session.getName() + "=" + session.getValue())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

		open("/");
		waitForText("Signed off");
	}

	private void answer(String questionKey, String value) {
		field(questionKey + "-" + value).click();
	}

}
