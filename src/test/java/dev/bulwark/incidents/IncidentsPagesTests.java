package dev.bulwark.incidents;

import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The incident pages: views, field errors, flash messages, roles, audited reads. */
@BulwarkIntegrationTest
class IncidentsPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Incidents incidents;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffReportInAMinuteAndSeeOnlyTheirOwnReports() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		UUID othersReport = IncidentFixtures.reported(this.incidents, officer, "Officer's own report");
		assertThat(this.mvc.get().uri("/incidents/report").with(staff.signedIn())).hasStatusOk()
			.hasViewName("incidents/report");
		var result = this.mvc.post()
			.uri("/incidents/report")
			.param("what", "Laptop left on the train")
			.param("happenedOn", "2025-06-10")
			.param("happenedAtTime", "18:05")
			.param("noticedBy", "Sam Staff")
			.with(csrf())
			.with(staff.signedIn())
			.exchange();
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/incidents/mine");
		assertThat((String) result.getMvcResult().getFlashMap().get("message"))
			.isEqualTo("Thank you: your report was recorded and the security officer will follow it up.");
		assertThat(this.mvc.get().uri("/incidents/mine").with(staff.signedIn())).hasStatusOk()
			.hasViewName("incidents/mine")
			.bodyText()
			.contains("Laptop left on the train")
			.doesNotContain("Officer's own report");
		assertThat(this.mvc.get().uri("/incidents").with(staff.signedIn())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/incidents/{id}", othersReport).with(staff.signedIn()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aReportWithoutWhatHappenedComesBackWithTheMessageNextToTheField() {
		TestMember staff = this.members.newPractice(Role.STAFF);
		var result = this.mvc.post()
			.uri("/incidents/report")
			.param("happenedOn", "2199-01-01")
			.param("happenedAtTime", "25:00")
			.param("noticedBy", "Sam")
			.with(csrf())
			.with(staff.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("incidents/report");
		assertThat(result).model().extractingBindingResult("form").satisfies((BindingResult errors) -> {
			assertThat(errors.getFieldError("what").getDefaultMessage()).isEqualTo("Say in a few words what happened.");
			assertThat(errors.getFieldError("happenedAtTime").getDefaultMessage())
				.isEqualTo("Enter the time as hours and minutes, e.g. 14:30, or leave it empty.");
		});
		assertThat(result).bodyText().contains("Say in a few words what happened.");
		var future = this.mvc.post()
			.uri("/incidents/report")
			.param("what", "Something")
			.param("happenedOn", "2199-01-01")
			.param("noticedBy", "Sam")
			.with(csrf())
			.with(staff.signedIn())
			.exchange();
		assertThat(future).model()
			.extractingBindingResult("form")
			.satisfies((BindingResult errors) -> assertThat(errors.getFieldError("happenedOn").getDefaultMessage())
				.isEqualTo("The day cannot be in the future."));
	}

	@Test
	void theOfficerTriagesAssessesAndEveryReadIsAudited() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = IncidentFixtures.reported(this.incidents, officer, "Laptop stolen from the car");
		assertThat(this.mvc.get().uri("/incidents").with(officer.signedIn())).hasStatusOk()
			.hasViewName("incidents/list")
			.bodyText()
			.contains("Laptop stolen from the car");
		assertThat(this.mvc.get().uri("/incidents/{id}", id).with(officer.signedIn())).hasStatusOk()
			.hasViewName("incidents/show")
			.model()
			.containsKeys("incident", "triage", "entry", "systems", "evidencePanel");
		assertThat(IncidentFixtures.audited(this.jdbc, officer, "incident.viewed", id)).isEqualTo(1);
		var triage = this.mvc.post()
			.uri("/incidents/{id}/triage", id)
			.param("type", "LOST_OR_STOLEN_DEVICE")
			.param("status", "INVESTIGATING")
			.param("phiInvolved", "true")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(triage).hasStatus3xxRedirection();
		assertThat((String) triage.getMvcResult().getFlashMap().get("message")).isEqualTo("The triage was saved.");
		var containment = this.mvc.post()
			.uri("/incidents/{id}/timeline", id)
			.param("kind", "CONTAINMENT")
			.param("happenedOn", "2025-06-10")
			.param("happenedAtTime", "19:00")
			.param("description", "Remote lock sent")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(containment).hasStatusOk().hasViewName("incidents/show");
		assertThat(containment).model()
			.extractingBindingResult("entry")
			.satisfies((BindingResult errors) -> assertThat(errors.getFieldError("doneBy").getDefaultMessage())
				.isEqualTo("Say who took the step."));
		var secured = this.mvc.post()
			.uri("/incidents/{id}/assessment", id)
			.param("exceptionKind", "NONE")
			.param("secured", "true")
			.param("securedReasoning", "BitLocker full-disk encryption; recovery key held by IT only")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(secured).hasStatus3xxRedirection().hasRedirectedUrl("/incidents/" + id);
		assertThat((String) secured.getMvcResult().getFlashMap().get("message"))
			.isEqualTo("Assessment recorded: Not a breach of unsecured PHI: the information was secured.");
		assertThat(this.mvc.get().uri("/incidents/{id}/assessment", id).with(officer.signedIn())).hasStatusOk()
			.bodyText()
			.contains("Not a breach of unsecured PHI")
			.contains("Decided by " + officer.displayName());
		// The page and the assessment page. The page shown again with the timeline form's
		// error is the same read by the same person within minutes: recorded once.
		assertThat(IncidentFixtures.audited(this.jdbc, officer, "incident.viewed", id)).isEqualTo(2);
		assertThat(this.mvc.get().uri("/incidents/{id}/breach/letter", id).with(officer.signedIn()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aLowProbabilityWithoutEveryFactorIsRefusedFactorByFactor() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = IncidentFixtures.reported(this.incidents, officer, "Fax to the wrong clinic");
		var result = this.mvc.post()
			.uri("/incidents/{id}/assessment", id)
			.param("exceptionKind", "NONE")
			.param("factorNature", "Names and appointment times")
			.param("lowProbability", "true")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("incidents/assessment");
		assertThat(result).model().extractingBindingResult("form").satisfies((BindingResult errors) -> {
			assertThat(errors.hasFieldErrors("factorNature")).isFalse();
			assertThat(errors.getFieldError("factorRecipient").getDefaultMessage())
				.startsWith("Give the practice's reasoning for this factor");
			assertThat(errors.hasFieldErrors("factorAcquired")).isTrue();
			assertThat(errors.hasFieldErrors("factorMitigation")).isTrue();
		});
	}

	@Test
	void aBreachShowsItsDeadlinesLetterAndLog() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID id = IncidentFixtures.reported(this.incidents, officer, "Visit summaries to the wrong patients");
		this.mvc.post()
			.uri("/incidents/{id}/assessment", id)
			.param("exceptionKind", "NONE")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		var badStates = this.mvc.post()
			.uri("/incidents/{id}/breach", id)
			.param("discoveredOn", "2025-06-10")
			.param("affected", "12")
			.param("badContacts", "10")
			.param("states", "CA: 13")
			.param("breachType", "UNAUTHORIZED_ACCESS_DISCLOSURE")
			.param("location", "PAPER_FILMS")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(badStates).hasStatusOk().hasViewName("incidents/breach");
		assertThat(badStates).model()
			.extractingBindingResult("form")
			.satisfies((BindingResult errors) -> assertThat(errors.getFieldError("states").getDefaultMessage())
				.isEqualTo("The states add up to 13, more than the 12 people affected."));
		var saved = this.mvc.post()
			.uri("/incidents/{id}/breach", id)
			.param("discoveredOn", "2025-06-10")
			.param("affected", "12")
			.param("badContacts", "10")
			.param("states", "CA: 12")
			.param("phiTypes", "Names, visit dates and diagnoses")
			.param("breachType", "UNAUTHORIZED_ACCESS_DISCLOSURE")
			.param("location", "PAPER_FILMS")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(saved).hasStatus3xxRedirection();
		assertThat((String) saved.getMvcResult().getFlashMap().get("message"))
			.isEqualTo("The breach was saved: notify the individuals by 2025-08-09.");
		assertThat(this.mvc.get().uri("/incidents/{id}/breach", id).with(officer.signedIn())).hasStatusOk()
			.bodyText()
			.contains("2025-08-09")
			.contains("HHS, in the 2025 log (fewer than 500)")
			.contains("2026-03-01")
			.contains("10 or more people cannot be reached")
			.contains("check the law of every state involved with counsel");
		assertThat(this.mvc.get().uri("/incidents/{id}/breach/letter", id).with(officer.signedIn())).hasStatusOk()
			.bodyText()
			.contains("Names, visit dates and diagnoses")
			.contains("toll-free");
		var letter = this.mvc.post()
			.uri("/incidents/{id}/breach/letter", id)
			.param("letter", "Dear patient,\n\nWe are sorry.")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat((String) letter.getMvcResult().getFlashMap().get("message")).isEqualTo("The letter was saved.");
		assertThat(this.mvc.get().uri("/incidents/{id}/breach/letter.pdf", id).with(officer.signedIn())).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_PDF);
		assertThat(this.mvc.get().uri("/breaches?year=2025").with(officer.signedIn())).hasStatusOk()
			.hasViewName("incidents/breaches")
			.bodyText()
			.contains("Report these 1 breaches to HHS through its breach portal by 2026-03-01");
		assertThat(this.mvc.get().uri("/breaches/log.csv?year=2025").with(officer.signedIn())).hasStatusOk()
			.bodyText()
			.startsWith("Breach Start Date,Breach End Date,Discovery Date")
			.contains(",2025-06-10,12,Unauthorized Access/Disclosure,Paper/Films,");
		assertThat(this.mvc.get().uri("/breaches?year=2024").with(officer.signedIn())).bodyText()
			.contains("nothing to report to HHS for that year");
	}

	@Test
	void editedAddressesAnswer400() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		assertThat(this.mvc.get().uri("/incidents?page=-1").with(officer.signedIn())).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/incidents/mine?page=x").with(officer.signedIn()))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/breaches?year=1800").with(officer.signedIn()))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/incidents/not-an-id").with(officer.signedIn())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/incidents/{id}", UUID.randomUUID()).with(officer.signedIn()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void drillsAndTheResponsePlan() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		assertThat(this.mvc.get().uri("/drills").with(officer.signedIn())).hasStatusOk()
			.hasViewName("incidents/drills")
			.bodyText()
			.contains("No plan yet");
		var plan = this.mvc.post().uri("/drills/plan").with(csrf()).with(officer.signedIn()).exchange();
		assertThat(plan).hasStatus3xxRedirection();
		assertThat((String) plan.getMvcResult().getFlashMap().get("message"))
			.isEqualTo("The incident response plan was updated as draft version 1.");
		assertThat(this.mvc.get().uri(plan.getResponse().getRedirectedUrl()).with(officer.signedIn())).hasStatusOk()
			.bodyText()
			.contains("Incident response plan");
		var missing = this.mvc.post()
			.uri("/drills")
			.param("heldOn", "2025-05-20")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(missing).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.satisfies((BindingResult errors) -> assertThat(errors.getFieldError("scenario").getDefaultMessage())
				.isEqualTo("Describe the scenario."));
		var drill = this.mvc.post()
			.uri("/drills")
			.param("scenario", "Ransomware on the front desk PC")
			.param("heldOn", "2025-05-20")
			.param("participants", "Pat, Sam, IT support")
			.param("wentBadly", "No printed contact list")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat((String) drill.getMvcResult().getFlashMap().get("message"))
			.isEqualTo("The drill of 2025-05-20 was recorded.");
		assertThat(this.mvc.get().uri(drill.getResponse().getRedirectedUrl()).with(officer.signedIn())).hasStatusOk()
			.bodyText()
			.contains("No printed contact list");
	}

}
