package dev.bulwark.vendors;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Overseeing a business associate: the yearly safeguards verification (proposed rule) and
 * the material-breach record, on the pages and in the API.
 */
@BulwarkIntegrationTest
class VendorOversightPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Vendors vendors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	@Test
	void aVerificationWithTheVendorsCertificationIsScoredAndFallsDueAYearLaterAsProposed() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		VendorDetails vendor = this.vendors.add(VendorFixtures.actor(officer), VendorFixtures.cloudEhr("Acme EHR"));
		assertThat(this.mvc.get().uri("/vendors/{id}", vendor.id()).with(officer.signedIn())).bodyText()
			.contains("Written verification of safeguards (proposed rule)")
			.contains("Proposed rule (not yet law)")
			.contains("Not verified yet.");
		assertThat(this.mvc.get().uri("/vendors/{id}/verifications/new", vendor.id()).with(officer.signedIn()))
			.hasStatusOk()
			.hasViewName("vendors/verification-form")
			.bodyText()
			.contains("Proposed rule (not yet law)")
			.contains("a password (a second factor")
			.doesNotContain("(164.312(d))");

		// Unanswered questions and no certification: nothing saved, messages next to the
		// fields
		MvcTestResult refused = this.mvc.post()
			.uri("/vendors/{id}/verifications", vendor.id())
			.multipart()
			.param("verifiedOn", today().toString())
			.param("completedBy", "VENDOR")
			.param("answers[second-factor]", "YES")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(refused).hasStatusOk().hasViewName("vendors/verification-form");
		BindingResult errors = (BindingResult) refused.getMvcResult()
			.getModelAndView()
			.getModel()
			.get(BindingResult.MODEL_KEY_PREFIX + "form");
		assertThat(errors.getFieldError("answers[own-accounts]").getDefaultMessage())
			.isEqualTo("Answer this question.");
		assertThat(errors.getFieldError("file").getDefaultMessage())
			.isEqualTo("Attach the vendor's written certification.");
		assertThat(errors.getFieldError("answers[second-factor]")).isNull();
		assertThat(refused).bodyText().contains("Answer this question.");
		assertThat(this.vendors.verifications(officer.practiceId(), vendor.id())).isEmpty();

		LocalDate on = today().minusDays(10);
		var request = this.mvc.post()
			.uri("/vendors/{id}/verifications", vendor.id())
			.multipart()
			.file(new MockMultipartFile("file", "Acme certification.pdf", "application/pdf",
					VendorFixtures.pdf("certified")))
			.param("verifiedOn", on.toString())
			.param("completedBy", "VENDOR");
		for (Map.Entry<String, String> answer : VendorFixtures.answers().entrySet()) {
			request = request.param("answers[" + answer.getKey() + "]", answer.getValue());
		}
		int questions = VendorFixtures.answers().size();
		int score = Math.round(100f * (2 * questions - 1) / (2f * questions));
		assertThat(request.with(csrf()).with(officer.signedIn()).exchange()).hasStatus3xxRedirection()
			.flash()
			.containsEntry("message", "The verification was recorded with a score of " + score
					+ "%; the next one is due by " + on.plusYears(1) + " (proposed rule).");
		VerificationDetails stored = this.vendors.verifications(officer.practiceId(), vendor.id()).get(0);
		assertThat(stored.documents()).singleElement()
			.satisfies((d) -> assertThat(d.fileName()).isEqualTo("Acme certification.pdf"));
		assertThat(this.mvc.get()
			.uri("/vendors/{id}/verifications/{v}", vendor.id(), stored.id())
			.with(officer.signedIn())).hasStatusOk()
			.bodyText()
			.contains(score + "%")
			.contains("Acme certification.pdf")
			.contains(on.plusYears(1) + " (proposed rule)");

		// A proposed-rule due item only once the practice opts in to the proposed rule
		assertThat(this.vendors.dueItems(officer.practiceId()))
			.noneMatch((item) -> item.key().startsWith("ba-verification:"));
		this.jdbc.sql("update practice set nprm_mode = true where id = :id").param("id", officer.practiceId()).update();
		assertThat(this.vendors.dueItems(officer.practiceId()))
			.filteredOn((item) -> item.key().equals("ba-verification:" + vendor.id()))
			.singleElement()
			.satisfies((item) -> {
				assertThat(item.dueOn()).isEqualTo(on.plusYears(1));
				assertThat(item.basis()).isEqualTo(DueItemsReported.Basis.PROPOSED);
				assertThat(item.title()).contains("proposed rule");
			});
	}

	@Test
	void aMaterialBreachIsAFindingUntilItIsCuredOrTheAgreementTerminated() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		VendorDetails vendor = this.vendors.add(VendorFixtures.actor(officer), VendorFixtures.cloudEhr("Leaky EHR"));
		assertThat(this.mvc.get().uri("/vendors/{id}/breaches/new", vendor.id()).with(officer.signedIn())).hasStatusOk()
			.hasViewName("vendors/breach-form")
			.bodyText()
			.contains("end the agreement where it can")
			.doesNotContain("164.504(e)(1)(ii)");
		assertThat(this.mvc.post()
			.uri("/vendors/{id}/breaches", vendor.id())
			.param("learnedOn", today().minusDays(5).toString())
			.param("pattern", "Exports sent unencrypted by e-mail, again and again")
			.param("steps", "Letter of 1 June asking to stop within 14 days")
			.param("outcome", "CURING")
			.with(csrf())
			.with(officer.signedIn())).hasStatus3xxRedirection()
			.flash()
			.containsEntry("message", "The material breach was recorded: Steps to cure or end it are under way.");
		assertThat(this.vendors.openGaps(officer.practiceId()))
			.anySatisfy((gap) -> assertThat(gap.key()).isEqualTo(VendorGaps.MATERIAL_BREACH));
		MaterialBreachDetails breach = this.vendors.breaches(officer.practiceId(), vendor.id()).get(0);

		// Terminated without a date: the message next to the field
		MvcTestResult refused = this.mvc.post()
			.uri("/vendors/{id}/breaches/{b}", vendor.id(), breach.id())
			.param("learnedOn", breach.learnedOn().toString())
			.param("pattern", breach.pattern())
			.param("steps", breach.steps() + "; agreement terminated")
			.param("outcome", "TERMINATED")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(refused).hasStatusOk().hasViewName("vendors/breach-form");
		assertThat(refused).bodyText().contains("Give the date it was cured or the agreement ended.");

		String token = "Bearer " + this.members.apiToken(officer);
		assertThat(this.mvc.put()
			.uri("/api/v1/vendors/{id}/material-breaches/{b}", vendor.id(), breach.id())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"learnedOn\": \"%s\", \"pattern\": \"p\", \"steps\": \"s; terminated\", \"outcome\": \"TERMINATED\", \"outcomeOn\": \"%s\"}"
						.formatted(breach.learnedOn(), today()))
			.header("Authorization", token)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.outcome")
			.isEqualTo("TERMINATED");
		assertThat(this.vendors.openGaps(officer.practiceId()))
			.noneSatisfy((gap) -> assertThat(gap.key()).isEqualTo(VendorGaps.MATERIAL_BREACH));
		assertThat(this.jdbc.sql("""
				select count(*) from audit_entry where practice_id = :p and action in
				('vendor.material-breach-recorded', 'vendor.material-breach-updated')""")
			.param("p", officer.practiceId())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theApiRecordsAVerificationAndAnswersRefusedInputWithErrorsByField() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		VendorDetails vendor = this.vendors.add(VendorFixtures.actor(officer), VendorFixtures.cloudEhr("Api EHR"));
		String token = "Bearer " + this.members.apiToken(officer);
		var request = this.mvc.post()
			.uri("/api/v1/vendors/{id}/verifications", vendor.id())
			.multipart()
			.file(new MockMultipartFile("file", "cert.pdf", "application/pdf", VendorFixtures.pdf("certified")))
			.param("verifiedOn", today().toString())
			.param("completedBy", "PRACTICE");
		for (Map.Entry<String, String> answer : VendorFixtures.answers().entrySet()) {
			request = request.param("answers[" + answer.getKey() + "]", "NO");
		}
		assertThat(request.header("Authorization", token)).hasStatus(201)
			.bodyJson()
			.extractingPath("$.score")
			.isEqualTo(0);
		assertThat(this.mvc.get().uri("/api/v1/vendors/{id}/verifications", vendor.id()).header("Authorization", token))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(1);
		assertThat(this.mvc.post()
			.uri("/api/v1/vendors/{id}/material-breaches", vendor.id())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"learnedOn\": \"%s\", \"pattern\": \"p\", \"steps\": \"s\", \"outcome\": \"CURED\"}"
				.formatted(today()))
			.header("Authorization", token)).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors.outcomeOn")
			.isEqualTo("Give the date it was cured or the agreement ended.");
	}

}
