package dev.bulwark.workforce;

import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.bulwark.workforce.WorkforceFixtures.actor;
import static dev.bulwark.workforce.WorkforceFixtures.fieldErrors;
import static dev.bulwark.workforce.WorkforceFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The roster pages: views and models, each field's exact message, flash messages, roles,
 * CSRF and edited addresses.
 */
@BulwarkIntegrationTest
class StaffPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	StaffService service;

	@Autowired
	Workforce workforce;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theRosterAndAPersonsPagesRender() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		StaffMember ana = this.service.add(actor(officer), person("Ana Lopez", WorkforceType.TRAINEE));
		assertThat(this.mvc.get().uri("/staff").with(officer.signedIn())).hasStatusOk()
			.hasViewName("workforce/staff")
			.model()
			.containsKeys("staff", "total", "pages");
		assertThat(this.mvc.get().uri("/staff").with(officer.signedIn())).bodyText()
			.contains("Ana Lopez")
			.contains("Trainee or student");
		assertThat(this.mvc.get().uri("/staff/" + ana.id()).with(officer.signedIn())).hasStatusOk()
			.hasViewName("workforce/person");
		assertThat(this.mvc.get().uri("/staff/new").with(officer.signedIn())).hasStatusOk()
			.hasViewName("workforce/staff-form")
			.model()
			.containsKeys("form", "workforceTypes", "supervisors", "users");
		assertThat(this.mvc.get().uri("/staff/" + ana.id() + "/edit").with(officer.signedIn())).hasStatusOk()
			.hasViewName("workforce/staff-form");
	}

	@Test
	void addingAPersonRedirectsToTheirPageWithAMessage() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		MvcTestResult result = this.mvc.post()
			.uri("/staff")
			.param("name", "Ben Okafor")
			.param("jobRole", "Volunteer greeter")
			.param("workforceType", "VOLUNTEER")
			.param("userId", staff.userId().toString())
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		StaffMember added = this.workforce.staff(officer.practiceId()).get(0);
		assertThat(result).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/staff/" + added.id())
			.flash()
			.containsEntry("message", "\"Ben Okafor\" was added to the roster.");
		assertThat(added.workforceType()).isEqualTo(WorkforceType.VOLUNTEER);
		assertThat(added.userId()).isEqualTo(staff.userId());
		assertThat(this.workforce.staffForUser(officer.practiceId(), staff.userId())).contains(added);
	}

	@Test
	void eachFieldSaysWhatIsWrong() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = this.mvc.post()
			.uri("/staff")
			.param("name", " ")
			.param("clearanceOn", "2025-01-01")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("workforce/staff-form");
		assertThat(fieldErrors(result, "form")).containsEntry("name", "Enter the person's name.")
			.containsEntry("workforceType", "Choose how this person belongs to the workforce.");
		assertThat(result).bodyText().contains("Enter the person&#39;s name.");
		MvcTestResult clearance = this.mvc.post()
			.uri("/staff")
			.param("name", "Cleo")
			.param("workforceType", "EMPLOYEE")
			.param("clearanceDone", "true")
			.param("supervisorId", UUID.randomUUID().toString())
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(fieldErrors(clearance, "form"))
			.containsEntry("clearanceOn", "Enter the date the clearance checks were completed.")
			.containsEntry("supervisorId", "That staff member does not exist in this practice.");
		assertThat(this.workforce.countStaff(officer.practiceId())).isZero();
	}

	@Test
	void aSupervisorOrUserOfNoPersonHereIsRefusedNextToTheField() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = this.mvc.post()
			.uri("/staff")
			.param("name", "Cleo")
			.param("workforceType", "EMPLOYEE")
			.param("supervisorId", UUID.randomUUID().toString())
			.param("userId", UUID.randomUUID().toString())
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(fieldErrors(result, "form"))
			.containsEntry("supervisorId", "That staff member does not exist in this practice.")
			.containsEntry("userId", "That Bulwark user is not a member of this practice.");
		assertThat(this.workforce.countStaff(officer.practiceId())).isZero();
	}

	@Test
	void oneMemberIsLinkedToOnePersonOnly() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		Actor actor = actor(officer);
		this.service.add(actor,
				new StaffForm("Dana", null, WorkforceType.EMPLOYEE, null, null, officer.userId(), false, null, null));
		MvcTestResult result = this.mvc.post()
			.uri("/staff")
			.param("name", "Dana again")
			.param("workforceType", "EMPLOYEE")
			.param("userId", officer.userId().toString())
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(fieldErrors(result, "form")).containsEntry("userId",
				"That Bulwark user is already linked to \"Dana\".");
	}

	@Test
	void editingSavesAndSaysSo() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		StaffMember ana = this.service.add(actor(officer), person("Ana Lopez", WorkforceType.EMPLOYEE));
		assertThat(this.mvc.post()
			.uri("/staff/" + ana.id())
			.param("name", "Ana López")
			.param("workforceType", "CONTRACTOR")
			.with(csrf())
			.with(officer.signedIn())).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "\"Ana López\" was saved.");
		assertThat(this.workforce.member(officer.practiceId(), ana.id()).workforceType())
			.isEqualTo(WorkforceType.CONTRACTOR);
	}

	@Test
	void onlyTheSecurityOfficerAndTheAuditorSeeTheRoster() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		assertThat(this.mvc.get().uri("/staff").with(this.members.colleague(officer, Role.AUDITOR).signedIn()))
			.hasStatusOk();
		for (Role role : new Role[] { Role.STAFF, Role.MSP_TECHNICIAN }) {
			assertThat(this.mvc.get().uri("/staff").with(this.members.colleague(officer, role).signedIn()))
				.as(role.name())
				.hasStatus(HttpStatus.FORBIDDEN);
		}
		TestMember auditor = this.members.colleague(officer, Role.AUDITOR);
		assertThat(this.mvc.post()
			.uri("/staff")
			.param("name", "X")
			.param("workforceType", "EMPLOYEE")
			.with(csrf())
			.with(auditor.signedIn())).hasStatus(HttpStatus.FORBIDDEN);
		// Without the CSRF token nothing is saved.
		assertThat(this.mvc.post()
			.uri("/staff")
			.param("name", "X")
			.param("workforceType", "EMPLOYEE")
			.with(officer.signedIn())).doesNotHaveFailed().hasStatus3xxRedirection();
		assertThat(this.workforce.countStaff(officer.practiceId())).isZero();
	}

	@Test
	void editedAddressesAreBadRequests() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		assertThat(this.mvc.get().uri("/staff?page=-1").with(officer.signedIn())).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/staff/not-an-id").with(officer.signedIn())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/staff/" + UUID.randomUUID()).with(officer.signedIn()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

}
