package dev.bulwark.workforce;

import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.bulwark.workforce.WorkforceFixtures.account;
import static dev.bulwark.workforce.WorkforceFixtures.actor;
import static dev.bulwark.workforce.WorkforceFixtures.fieldErrors;
import static dev.bulwark.workforce.WorkforceFixtures.person;
import static dev.bulwark.workforce.WorkforceFixtures.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Accounts in the inventory's systems, the systems people use, and the findings page. */
@BulwarkIntegrationTest
class SystemAccountPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	StaffService staff;

	@Autowired
	AccountService accounts;

	@Autowired
	Workforce workforce;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recordingAnAccountShowsItOnThePersonsPage() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID ehr = system(this.jdbc, officer.practiceId(), "Cloud EHR", true);
		StaffMember ana = this.staff.add(actor(officer), person("Ana Lopez", WorkforceType.EMPLOYEE));
		assertThat(this.mvc.get().uri("/staff/" + ana.id() + "/accounts/new").with(officer.signedIn())).hasStatusOk()
			.hasViewName("workforce/account-form")
			.model()
			.containsKeys("form", "person", "systems", "privileges");
		MvcTestResult result = this.mvc.post()
			.uri("/staff/" + ana.id() + "/accounts")
			.param("systemId", ehr.toString())
			.param("username", "alopez")
			.param("privilege", "ADMIN")
			.param("mfa", "true")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/staff/" + ana.id())
			.flash()
			.containsEntry("message", "The account \"alopez\" on Cloud EHR was recorded.");
		assertThat(this.mvc.get().uri("/staff/" + ana.id()).with(officer.signedIn())).bodyText()
			.contains("alopez")
			.contains("Administrator")
			.contains("Save systems used");
	}

	@Test
	void eachFieldOfAnAccountSaysWhatIsWrong() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		StaffMember ana = this.staff.add(actor(officer), person("Ana Lopez", WorkforceType.EMPLOYEE));
		MvcTestResult empty = this.mvc.post()
			.uri("/staff/" + ana.id() + "/accounts")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(empty).hasStatusOk().hasViewName("workforce/account-form");
		assertThat(fieldErrors(empty, "form")).containsEntry("systemId", "Choose the system.")
			.containsEntry("username", "Enter the user name of the account.")
			.containsEntry("privilege", "Choose what the account may do.");
		MvcTestResult unknown = this.mvc.post()
			.uri("/staff/" + ana.id() + "/accounts")
			.param("systemId", UUID.randomUUID().toString())
			.param("username", "ana")
			.param("privilege", "USER")
			.param("disabledOn", "2199-01-01")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(fieldErrors(unknown, "form"))
			.containsEntry("systemId", "That system does not exist in this practice's inventory.")
			.containsEntry("disabledOn", "An account cannot be disabled in the future; record it on the day.");
		assertThat(unknown).bodyText().contains("That system does not exist in this practice&#39;s inventory.");
		assertThat(this.workforce.accounts(officer.practiceId(), ana.id())).isEmpty();
	}

	@Test
	void aSharedLoginAndSomeoneWithoutTheirOwnAccountAreFindings() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		Actor actor = actor(officer);
		UUID ehr = system(this.jdbc, officer.practiceId(), "Cloud EHR", true);
		StaffMember ana = this.staff.add(actor, person("Ana Lopez", WorkforceType.EMPLOYEE));
		StaffMember ben = this.staff.add(actor, person("Ben Okafor", WorkforceType.VOLUNTEER));
		StaffMember cleo = this.staff.add(actor, person("Cleo Park", WorkforceType.TRAINEE));
		this.accounts.add(actor, ana.id(), account(ehr, "frontdesk", true));
		this.accounts.add(actor, ben.id(), account(ehr, "FRONTDESK", true));
		assertThat(this.mvc.post()
			.uri("/staff/" + cleo.id() + "/systems")
			.param("systemIds", ehr.toString())
			.with(csrf())
			.with(officer.signedIn())).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "The systems this person uses were saved.");
		this.members.showAuditorDetails(officer);
		assertThat(this.mvc.get().uri("/staff/findings").with(officer.signedIn())).hasStatusOk()
			.hasViewName("workforce/findings")
			.bodyText()
			.contains("Shared login")
			.contains("&quot;frontdesk&quot; on Cloud EHR, used by Ana Lopez and Ben Okafor")
			.contains("Cleo Park on Cloud EHR")
			.contains("164.312(a)(2)(i)");
		assertThat(this.mvc.get().uri("/staff/" + cleo.id()).with(officer.signedIn())).bodyText()
			.contains("Uses a system with patient information without an account of their own");
	}

	@Test
	void aSystemOfNoInventoryHereIsRefusedOnThePersonsPage() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		StaffMember ana = this.staff.add(actor(officer), person("Ana Lopez", WorkforceType.EMPLOYEE));
		MvcTestResult result = this.mvc.post()
			.uri("/staff/" + ana.id() + "/systems")
			.param("systemIds", UUID.randomUUID().toString())
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("workforce/person");
		assertThat(fieldErrors(result, "systemsForm")).containsEntry("systemIds",
				"That system does not exist in this practice's inventory.");
		assertThat(this.workforce.systemsUsed(officer.practiceId(), ana.id())).isEmpty();
	}

	@Test
	void techniciansRecordAccountsAndAuditorsOnlyRead() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID ehr = system(this.jdbc, officer.practiceId(), "Cloud EHR", true);
		StaffMember ana = this.staff.add(actor(officer), person("Ana Lopez", WorkforceType.EMPLOYEE));
		TestMember technician = this.members.colleague(officer, Role.MSP_TECHNICIAN);
		TestMember auditor = this.members.colleague(officer, Role.AUDITOR);
		assertThat(this.mvc.post()
			.uri("/staff/" + ana.id() + "/accounts")
			.param("systemId", ehr.toString())
			.param("username", "ana")
			.param("privilege", "USER")
			.with(csrf())
			.with(auditor.signedIn())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/staff/" + ana.id() + "/accounts")
			.param("systemId", ehr.toString())
			.param("username", "ana")
			.param("privilege", "USER")
			.with(csrf())
			.with(technician.signedIn())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/staff/findings").with(auditor.signedIn())).hasStatusOk();
		assertThat(this.workforce.accounts(officer.practiceId(), ana.id())).singleElement()
			.satisfies((a) -> assertThat(a.mfa()).isFalse());
	}

}
