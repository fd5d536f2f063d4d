package dev.bulwark.web;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages and API errors never show exception text, stack traces or internals. */
@BulwarkIntegrationTest
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class ErrorPagesTests {

	static final String SECRET = "SECRET-INTERNAL-DETAIL patient Jane Doe";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Test
	void anUnexpectedPageErrorShowsAReferenceButNoExceptionText() {
		TestMember staff = this.members.newPractice(Role.STAFF);
		var result = this.mvc.get().uri("/test/boom").with(staff.signedIn()).exchange();
		assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
			.bodyText()
			.contains("Something went wrong")
			.contains("reference")
			.doesNotContain("SECRET")
			.doesNotContain("IllegalStateException")
			.doesNotContain("at dev.bulwark");
	}

	@Test
	void anUnexpectedApiErrorIsAProblemWithoutExceptionText() {
		TestMember staff = this.members.newPractice(Role.STAFF);
		var result = this.mvc.get()
			.uri("/api/v1/test/boom")
			.header("Authorization", "Bearer " + this.members.apiToken(staff))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(result.getResponse().getContentType()).contains("problem+json");
		assertThat(result).bodyText().contains("Reference").doesNotContain("SECRET").doesNotContain("Exception");
	}

	@Test
	void unknownPagesGetAFriendlyNotFoundPage() {
		TestMember staff = this.members.newPractice(Role.STAFF);
		var result = this.mvc.get().uri("/no/such/page").with(staff.signedIn()).accept("text/html").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).bodyText().doesNotContain("Exception");
	}

	@Test
	void aMistypedRecordAddressIsNotFoundAndLogsNoError(org.springframework.boot.test.system.CapturedOutput output) {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		var result = this.mvc.get()
			.uri("/assessments/undefined/profile")
			.with(officer.signedIn())
			.accept("text/html")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Not found")
			.doesNotContain("Something went wrong")
			.doesNotContain("null");
		assertThat(output.getAll()).doesNotContain("Page error");
	}

	@Test
	void aRefusedMethodPageNamesNoNullVersion() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		var result = this.mvc.delete().uri("/assessments").with(officer.signedIn()).accept("text/html").exchange();
		assertThat(result).bodyText().doesNotContain("Bulwark null");
	}

	@TestConfiguration
	static class FailingEndpoints {

		@Bean
		FailingPage failingPage() {
			return new FailingPage();
		}

		@Bean
		FailingApi failingApi() {
			return new FailingApi();
		}

	}

	@Controller
	static class FailingPage {

		@GetMapping("/test/boom")
		@Permitted(Permission.PRACTICE_MEMBER)
		String boom() {
			throw new IllegalStateException(SECRET);
		}

	}

	@RestController
	static class FailingApi {

		@GetMapping("/api/v1/test/boom")
		@Permitted(Permission.PRACTICE_MEMBER)
		String boom() {
			throw new IllegalStateException(SECRET);
		}

	}

}
