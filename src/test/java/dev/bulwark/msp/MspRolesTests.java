package dev.bulwark.msp;

import java.util.List;
import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.audit.AuditTrail;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
 * The MSP administrator grants an MSP role to an existing account, changes it and removes
 * it, on the people page and in the API; each change is audited and takes effect at the
 * person's next request (session and API token alike); the last MSP administrator keeps
 * the role; only MSP administrators may.
 */
@BulwarkIntegrationTest
class MspRolesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	TestMember admin;

	TestMember officer;

	@BeforeEach
	void anAdministratorAndAnOfficerOfAnotherPractice() {
		this.admin = this.members.installationAdmin(this.members.newPractice(Role.SECURITY_OFFICER));
		this.officer = this.members.newPractice(Role.SECURITY_OFFICER);
	}

	@Test
	void grantingChangingAndRemovingARoleTakesEffectAtOnceAndIsAudited() throws Exception {
		String token = this.members.apiToken(this.officer);
		assertThat(status(this.mvc.get().uri("/portfolio").with(this.officer.signedIn()).exchange())).isEqualTo(403);
		assertThat(
				status(this.mvc.get().uri("/api/v1/portfolio").header("Authorization", "Bearer " + token).exchange()))
			.isEqualTo(403);

		// Granted by e-mail address, as typed (case and spaces do not matter).
		var granted = this.mvc.post()
			.uri("/msp/people/roles")
			.param("email", " " + this.officer.email().toUpperCase() + " ")
			.param("role", "TECHNICIAN")
			.with(this.admin.signedIn())
			.with(csrf())
			.exchange();
		assertThat(granted).hasRedirectedUrl("/msp/people");
		assertThat(granted).flash().containsEntry("message", "Test Security officer is now MSP technician.");
		// The same session and the token created before the grant see the portfolio now.
		assertThat(status(this.mvc.get().uri("/portfolio").with(this.officer.signedIn()).exchange())).isEqualTo(200);
		assertThat(
				status(this.mvc.get().uri("/api/v1/portfolio").header("Authorization", "Bearer " + token).exchange()))
			.isEqualTo(200);
		assertThat(status(this.mvc.get().uri("/msp/people").with(this.officer.signedIn()).exchange())).isEqualTo(403);
		assertThat(this.mvc.get()
			.uri("/msp/people")
			.with(this.admin.signedIn())
			.exchange()
			.getResponse()
			.getContentAsString()).contains(this.officer.email());

		assertThat(this.mvc.post()
			.uri("/msp/people/{id}/role", this.officer.userId())
			.param("role", "ADMINISTRATOR")
			.with(this.admin.signedIn())
			.with(csrf())
			.exchange()).hasRedirectedUrl("/msp/people");
		assertThat(status(this.mvc.get().uri("/msp/people").with(this.officer.signedIn()).exchange())).isEqualTo(200);

		// Assigned to the administrator's practice as a technician, then removed from the
		// MSP: the assignment ends, their own practice's membership stays.
		this.members.alsoIn(this.officer, this.admin, Role.MSP_TECHNICIAN);
		var removed = this.mvc.post()
			.uri("/msp/people/{id}/remove", this.officer.userId())
			.with(this.admin.signedIn())
			.with(csrf())
			.exchange();
		assertThat(removed).hasRedirectedUrl("/msp/people");
		assertThat(removed).flash()
			.containsEntry("message",
					"Test Security officer no longer holds an MSP role; their assignments to practices have ended.");
		assertThat(status(this.mvc.get().uri("/portfolio").with(this.officer.signedIn()).exchange())).isEqualTo(403);
		assertThat(
				status(this.mvc.get().uri("/api/v1/portfolio").header("Authorization", "Bearer " + token).exchange()))
			.isEqualTo(403);
		assertThat(active(this.admin.practiceId(), this.officer.userId())).isFalse();
		assertThat(active(this.officer.practiceId(), this.officer.userId())).isTrue();
		assertThat(status(this.mvc.get().uri("/").with(this.officer.signedIn()).exchange())).isEqualTo(200);

		assertThat(actions(this.officer.practiceId())).contains("msp.role-granted", "msp.role-changed",
				"msp.role-removed");
		assertThat(actions(AuditTrail.INSTALLATION)).contains("msp.role-granted", "msp.role-changed",
				"msp.role-removed");
		assertThat(actions(this.admin.practiceId())).contains("msp.role-removed", "msp.access-removed");
		assertThat(this.jdbc
			.sql("select summary from audit_entry where practice_id = :p and action = 'msp.role-changed' "
					+ "and object_id = :u")
			.param("p", this.officer.practiceId())
			.param("u", this.officer.userId().toString())
			.query(String.class)
			.single())
			.startsWith("Test Security officer <" + this.officer.email() + "> is now MSP administrator, "
					+ "no longer MSP technician (changed by ");
	}

	@Test
	void theLastAdministratorKeepsTheRoleWithAPlainMessage() throws Exception {
		// Other tests' administrators share this database: set them aside for the test.
		List<UUID> others = this.jdbc
			.sql("select id from app_user where installation_admin = true and active = true and id <> :me")
			.param("me", this.admin.userId())
			.query(UUID.class)
			.list();
		setAdministrators(others, false);
		try {
			var removed = this.mvc.post()
				.uri("/msp/people/{id}/remove", this.admin.userId())
				.with(this.admin.signedIn())
				.with(csrf())
				.exchange();
			assertThat(removed).hasStatusOk().hasViewName("msp/people");
			String message = "Test Security officer is the last MSP administrator. Make someone else an MSP "
					+ "administrator first: the installation needs one to create practices and grant roles.";
			assertThat(removed).model().containsEntry("rowProblem", message);
			assertThat(removed.getResponse().getContentAsString()).contains("id=\"role-problem\"");
			var demoted = this.mvc.post()
				.uri("/msp/people/{id}/role", this.admin.userId())
				.param("role", "TECHNICIAN")
				.with(this.admin.signedIn())
				.with(csrf())
				.exchange();
			assertThat(demoted).hasStatusOk().model().containsEntry("rowProblem", message);
			String token = this.members.apiToken(this.admin);
			var api = this.mvc.delete()
				.uri("/api/v1/msp/people/{id}", this.admin.userId())
				.header("Authorization", "Bearer " + token)
				.exchange();
			assertThat(api).hasStatus(HttpStatus.CONFLICT);
			var apiDemoted = this.mvc.put()
				.uri("/api/v1/msp/people/{id}", this.admin.userId())
				.header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\": \"TECHNICIAN\"}")
				.exchange();
			assertThat(apiDemoted).hasStatus(HttpStatus.CONFLICT);
			assertThat(isAdministrator(this.admin.userId())).isTrue();

			// With a second administrator, the first may step down.
			var granted = this.mvc.post()
				.uri("/api/v1/msp/people")
				.header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\": \"%s\", \"role\": \"ADMINISTRATOR\"}".formatted(this.officer.email()))
				.exchange();
			assertThat(granted).hasStatus(HttpStatus.CREATED);
			assertThat(granted).bodyJson().extractingPath("$.mspRole").isEqualTo("ADMINISTRATOR");
			var list = this.mvc.get().uri("/api/v1/msp/people").header("Authorization", "Bearer " + token).exchange();
			assertThat(list).hasStatusOk();
			assertThat(list.getResponse().getContentAsString()).contains(this.officer.email(), this.admin.email());
			var stepDown = this.mvc.put()
				.uri("/api/v1/msp/people/{id}", this.admin.userId())
				.header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\": \"TECHNICIAN\"}")
				.exchange();
			assertThat(stepDown).hasStatusOk();
			assertThat(stepDown).bodyJson().extractingPath("$.mspRole").isEqualTo("TECHNICIAN");
			assertThat(isAdministrator(this.admin.userId())).isFalse();
			// Now a technician: the same token may no longer manage roles.
			assertThat(this.mvc.delete()
				.uri("/api/v1/msp/people/{id}", this.officer.userId())
				.header("Authorization", "Bearer " + token)
				.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		}
		finally {
			setAdministrators(others, true);
			setAdministrators(List.of(this.officer.userId()), false);
		}
	}

	@Test
	void onlyMspAdministratorsMay() throws Exception {
		TestMember technician = this.members.colleague(this.admin, Role.MSP_TECHNICIAN);
		this.jdbc.sql("update app_user set msp_technician = true where id = :id")
			.param("id", technician.userId())
			.update();
		for (TestMember who : List.of(technician, this.officer)) {
			assertThat(status(this.mvc.post()
				.uri("/msp/people/roles")
				.param("email", this.officer.email())
				.param("role", "ADMINISTRATOR")
				.with(who.signedIn())
				.with(csrf())
				.exchange())).isEqualTo(403);
			assertThat(status(this.mvc.post()
				.uri("/msp/people/{id}/role", technician.userId())
				.param("role", "ADMINISTRATOR")
				.with(who.signedIn())
				.with(csrf())
				.exchange())).isEqualTo(403);
			assertThat(status(this.mvc.put()
				.uri("/api/v1/msp/people/{id}", technician.userId())
				.header("Authorization", "Bearer " + this.members.apiToken(who))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\": \"ADMINISTRATOR\"}")
				.exchange())).isEqualTo(403);
		}
		assertThat(isAdministrator(this.officer.userId())).isFalse();
		assertThat(isAdministrator(technician.userId())).isFalse();
		assertThat(this.jdbc.sql("select msp_technician from app_user where id = :id")
			.param("id", technician.userId())
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void badInputGetsAPlainMessageNextToItsField() throws Exception {
		var empty = grant("", null);
		assertThat(empty).hasStatusOk().hasViewName("msp/people");
		assertThat(fieldError(empty, "email")).isEqualTo("Enter the e-mail address of an existing account.");
		assertThat(fieldError(empty, "role")).isEqualTo("Choose the role to grant.");
		assertThat(empty.getResponse().getContentAsString()).contains("Choose the role to grant.");

		assertThat(fieldError(grant("nobody-" + UUID.randomUUID() + "@example.test", "TECHNICIAN"), "email"))
			.isEqualTo("No active account has that e-mail address. To add someone new, invite them as a technician.");
		assertThat(fieldError(grant(this.admin.email(), "TECHNICIAN"), "email"))
			.isEqualTo("Test Security officer is already MSP administrator: change their role in the list above.");
		var unreadable = grant(this.officer.email(), "KING");
		assertThat(unreadable).hasStatusOk();
		assertThat(fieldError(unreadable, "role")).isNotBlank();
		assertThat(isAdministrator(this.officer.userId())).isFalse();

		// An edited request: a role that is none, a person who holds no MSP role.
		assertThat(status(this.mvc.post()
			.uri("/msp/people/{id}/role", this.officer.userId())
			.param("role", "KING")
			.with(this.admin.signedIn())
			.with(csrf())
			.exchange())).isEqualTo(400);
		assertThat(status(this.mvc.post()
			.uri("/msp/people/{id}/role", this.officer.userId())
			.param("role", "TECHNICIAN")
			.with(this.admin.signedIn())
			.with(csrf())
			.exchange())).isEqualTo(404);
		assertThat(status(this.mvc.post()
			.uri("/msp/people/{id}/remove", UUID.randomUUID())
			.with(this.admin.signedIn())
			.with(csrf())
			.exchange())).isEqualTo(404);

		String token = this.members.apiToken(this.admin);
		var apiEmpty = this.mvc.post()
			.uri("/api/v1/msp/people")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange();
		assertThat(apiEmpty).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(apiEmpty).bodyJson()
			.extractingPath("$.errors.email")
			.isEqualTo("Enter the e-mail address of an existing account.");
		assertThat(this.mvc.put()
			.uri("/api/v1/msp/people/{id}", this.admin.userId())
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\": \"KING\"}")
			.exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.delete()
			.uri("/api/v1/msp/people/{id}", this.officer.userId())
			.header("Authorization", "Bearer " + token)
			.exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	private MvcTestResult grant(String email, String role) {
		var request = this.mvc.post().uri("/msp/people/roles").param("email", email);
		if (role != null) {
			request = request.param("role", role);
		}
		return request.with(this.admin.signedIn()).with(csrf()).exchange();
	}

	private static String fieldError(MvcTestResult result, String field) {
		BindingResult errors = (BindingResult) result.getMvcResult()
			.getModelAndView()
			.getModel()
			.get(BindingResult.MODEL_KEY_PREFIX + "grantForm");
		return errors.getFieldError(field).getDefaultMessage();
	}

	private static int status(MvcTestResult result) {
		return result.getResponse().getStatus();
	}

	private boolean active(UUID practiceId, UUID userId) {
		return this.jdbc.sql("select active from membership where practice_id = :p and user_id = :u")
			.param("p", practiceId)
			.param("u", userId)
			.query(Boolean.class)
			.single();
	}

	private boolean isAdministrator(UUID userId) {
		return this.jdbc.sql("select installation_admin from app_user where id = :id")
			.param("id", userId)
			.query(Boolean.class)
			.single();
	}

	private void setAdministrators(List<UUID> ids, boolean admin) {
		for (UUID id : ids) {
			this.jdbc.sql("update app_user set installation_admin = :a where id = :id")
				.param("a", admin)
				.param("id", id)
				.update();
		}
	}

	private List<String> actions(UUID practiceId) {
		return this.jdbc.sql("select action from audit_entry where practice_id = :p")
			.param("p", practiceId)
			.query(String.class)
			.list();
	}

}
