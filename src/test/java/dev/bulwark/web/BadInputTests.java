package dev.bulwark.web;

import java.nio.charset.StandardCharsets;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Bad input never answers 500 (issue 7, "Bad input never answers 500"): each case found
 * by the probe, through the one error mapping of the API ({@code ApiExceptionHandler})
 * and of the pages ({@code PageExceptionHandler}, {@code FormBindingAdvice}), on H2 and
 * PostgreSQL. Nothing is saved. (The first task of a risk, once a 500 on valid input, is
 * {@code AssessmentPagesTests.theFirstTaskOfARiskWithoutTasksIsAddedThroughThePage}.)
 */
@BulwarkIntegrationTest
class BadInputTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	// The API

	@Test
	void aJsonBodySentAsPlainTextIsRefusedWith415() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/assets")
			.header("Authorization", "Bearer " + this.members.apiToken(officer))
			.contentType(MediaType.TEXT_PLAIN)
			.content("{\"name\": \"Front desk PC\", \"kind\": \"WORKSTATION\"}")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Send the request body as JSON (Content-Type: application/json).");
		assertThat(assets(officer)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<asset><name>Front desk PC</name><kind>WORKSTATION</kind></asset>",
			"<?xml version=\"1.0\"?><!DOCTYPE asset [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
					+ "<asset><name>&secret;</name><kind>WORKSTATION</kind></asset>" })
	void anXmlBodyWithOrWithoutAnExternalEntityIsRefusedWith415(String xml) {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/assets")
			.header("Authorization", "Bearer " + this.members.apiToken(officer))
			.contentType(MediaType.APPLICATION_XML)
			.content(xml)
			.exchange();
		assertThat(result).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE).bodyText().doesNotContain("root:");
		assertThat(assets(officer)).isZero();
	}

	@Test
	void aNulCharacterInAJsonStringIsA400NamingTheField() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = postAsset(officer, "{\"name\": \"Front\\u0000desk\", \"kind\": \"WORKSTATION\"}");
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.name")
			.isEqualTo(EdgeValuesModule.NUL_MESSAGE);
		assertThat(assets(officer)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0001-01-01", "-999999999-01-01", "+999999999-12-31" })
	void aDateFarInThePastOrFutureIsA400NamingTheField(String date) {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = postAsset(officer,
				"{\"name\": \"Front desk PC\", \"kind\": \"WORKSTATION\", \"purchaseDate\": \"" + date + "\"}");
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.purchaseDate")
			.isNotNull();
		assertThat(assets(officer)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/assets?page=21474837", "/api/v1/audit-entries?page=21474837",
			"/api/v1/assets?page=-1", "/api/v1/audit-entries?page=-1", "/api/v1/assets?page=99999999999",
			"/api/v1/audit-entries?page=abc" })
	void aPageOutOfRangeIsA400OnTheApi(String address) {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = this.mvc.get()
			.uri(address)
			.header("Authorization", "Bearer " + this.members.apiToken(officer))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors.page").isNotNull();
	}

	@Test
	void aCsvImportWithANulCharacterRejectsThatRowAndSavesNothing() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = importCsv(officer,
				"name,kind\nFront PC,workstation\nBad\u0000PC,workstation\n".getBytes(StandardCharsets.UTF_8));
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rejected[0].line")
			.isEqualTo(3);
		assertThat(assets(officer)).isZero();
	}

	@Test
	void aCsvImportThatIsNeitherUtf8NorWindowsTextIsRefusedAndSavesNothing() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		// 0x81 is no character in UTF-8 nor in Windows-1252 (which Excel's plain CSV
		// uses).
		byte[] neither = "name,kind\nCaf\u0081 PC,workstation\n".getBytes(StandardCharsets.ISO_8859_1);
		MvcTestResult result = importCsv(officer, neither);
		assertThat(result.getResponse().getStatus()).isIn(400, 422);
		assertThat(result).bodyText().containsIgnoringCase("UTF-8");
		assertThat(assets(officer)).isZero();
	}

	// The pages

	@ParameterizedTest
	@ValueSource(strings = { "/risks?level=NOPE", "/risks?status=NOPE", "/inventory/assets?kind=TOASTER",
			"/inventory/assets?page=21474837", "/audit?page=21474837", "/inventory/assets?page=-1", "/audit?page=-1" })
	void anEditedAddressIsA400Page(String address) {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = this.mvc.get().uri(address).with(officer.signedIn()).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.hasViewName("error")
			.bodyText()
			.doesNotContain("Exception");
	}

	@Test
	void textWhereANumberBelongsIsAFieldErrorOnTheTokenForm() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = this.mvc.post()
			.uri("/account/tokens")
			.param("name", "Backup script")
			.param("days", "ninety")
			.with(officer.signedIn())
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("identity/account").bodyText().contains("Enter a whole number.");
		assertThat(bindingResult(result, "tokenForm").getFieldError("days")).isNotNull();
		assertThat(this.jdbc.sql("select count(*) from api_token where user_id = :u")
			.param("u", officer.userId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aNulCharacterInAFormFieldIsAFieldError() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = this.mvc.post()
			.uri("/inventory/assets")
			.param("name", "Front\u0000desk")
			.param("kind", "WORKSTATION")
			.with(officer.signedIn())
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("This text contains characters that cannot be stored (such as a NUL character).");
		assertThat(bindingResult(result, "form").getFieldError("name")).isNotNull();
		assertThat(assets(officer)).isZero();
	}

	private MvcTestResult postAsset(TestMember officer, String json) {
		return this.mvc.post()
			.uri("/api/v1/assets")
			.header("Authorization", "Bearer " + this.members.apiToken(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private MvcTestResult importCsv(TestMember officer, byte[] csv) {
		return this.mvc.post()
			.uri("/api/v1/assets/import")
			.header("Authorization", "Bearer " + this.members.apiToken(officer))
			.contentType("text/csv")
			.content(csv)
			.exchange();
	}

	private long assets(TestMember member) {
		return this.jdbc.sql("select count(*) from inv_asset where practice_id = :p")
			.param("p", member.practiceId())
			.query(Long.class)
			.single();
	}

	private static BindingResult bindingResult(MvcTestResult result, String name) {
		Object errors = result.getMvcResult().getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + name);
		assertThat(errors).as("the binding result of " + name).isInstanceOf(BindingResult.class);
		return (BindingResult) errors;
	}

}
