package dev.bulwark.msp;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.CliTestSupport;
import dev.bulwark.WebSession;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.inventory.Inventory;
import dev.bulwark.inventory.InventoryTemplate;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The MSP administrator creates practices (page, API, command line), applies templates
 * and archives a practice; an archived practice refuses every change with a plain
 * message.
 */
@BulwarkIntegrationTest
class MspPracticesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Inventory inventory;

	@Autowired
	MspTemplates templates;

	@Autowired
	ConfigurableApplicationContext context;

	TestMember admin;

	@BeforeEach
	void anMspAdministrator() {
		this.admin = this.members.installationAdmin(this.members.newPractice(Role.SECURITY_OFFICER));
	}

	private String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theApiCreatesAPracticeTheAdministratorServesAndInvitesItsOfficer() throws Exception {
		String name = unique("Api Dental");
		var created = this.mvc.post()
			.uri("/api/v1/practices")
			.header("Authorization", "Bearer " + this.members.apiToken(this.admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "%s", "timeZone": "America/Chicago", "officerName": "Olive Officer",
					 "officerEmail": "olive@api.example"}""".formatted(name))
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created).bodyJson().extractingPath("$.timeZone").isEqualTo("America/Chicago");
		assertThat(created).bodyJson().extractingPath("$.invitationLink").asString().contains("/invite/");
		UUID id = UUID.fromString(
				com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id").toString());
		assertThat(this.jdbc.sql("select role from membership where practice_id = :p and user_id = :u")
			.param("p", id)
			.param("u", this.admin.userId())
			.query(String.class)
			.single()).isEqualTo("MSP_TECHNICIAN");
		assertThat(this.jdbc.sql("select role from invitation where practice_id = :p and email = 'olive@api.example'")
			.param("p", id)
			.query(String.class)
			.single()).isEqualTo("SECURITY_OFFICER");
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where practice_id = :p and action in "
					+ "('practice.created', 'msp.access-granted', 'user.invited')")
			.param("p", id)
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void theApiAnswersBadInputFieldByField() throws Exception {
		var result = this.mvc.post()
			.uri("/api/v1/practices")
			.header("Authorization", "Bearer " + this.members.apiToken(this.admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"name": "%s", "timeZone": "Mars/Olympus", "officerName": "Olive", "officerEmail": "olive@x.example"}"""
						.formatted(unique("Bad zone")))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors.timeZone").asString().isNotBlank();
		var empty = this.mvc.post()
			.uri("/api/v1/practices")
			.header("Authorization", "Bearer " + this.members.apiToken(this.admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange();
		assertThat(empty).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(empty).bodyJson().extractingPath("$.errors.name").isEqualTo("Enter the practice's name.");
		assertThat(empty).bodyJson()
			.extractingPath("$.errors.officerEmail")
			.isEqualTo("Enter the security officer's e-mail address.");
	}

	@Test
	void thePageCreatesAPracticeWithATemplateAndRecordsWhatWasApplied() throws Exception {
		TemplateSummary template = templateFromAdminsPractice();
		String name = unique("Page Dental");
		var result = this.mvc.post()
			.uri("/msp/practices")
			.param("name", name)
			.param("timeZone", "America/New_York")
			.param("officerName", "Pat Page")
			.param("officerEmail", "pat@page.example")
			.param("templateId", template.id().toString())
			.with(this.admin.signedIn())
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		assertThat(result).flash().containsKey("inviteLink");
		UUID id = this.jdbc.sql("select id from practice where name = :n").param("n", name).query(UUID.class).single();
		assertThat(this.jdbc.sql("select count(*) from inv_asset where practice_id = :p")
			.param("p", id)
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(this.templates.applications(id)).singleElement()
			.satisfies((a) -> assertThat(a.templateName()).isEqualTo(template.name()));
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where practice_id = :p and action = 'msp.template-applied'")
			.param("p", id)
			.query(Integer.class)
			.single()).isOne();
		String page = this.mvc.get()
			.uri("/msp/practices/{id}", id)
			.with(this.admin.signedIn())
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(template.name()).contains("2 assets, 1 data flows added");
	}

	@Test
	void theMspPagesRenderForTheAdministrator() throws Exception {
		templateFromAdminsPractice();
		for (String page : List.of("/portfolio", "/msp/practices/new", "/msp/people", "/msp/templates",
				"/practice/templates", "/msp/practices/" + this.admin.practiceId())) {
			var result = this.mvc.get().uri(page).with(this.admin.signedIn()).exchange();
			assertThat(result).as(page).hasStatusOk();
		}
		assertThat(this.mvc.get()
			.uri("/portfolio?sort=NOSUCH")
			.with(this.admin.signedIn())
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(400);
	}

	@Test
	void thePageShowsEachFieldsMessage() throws Exception {
		var result = this.mvc.post()
			.uri("/msp/practices")
			.param("name", "")
			.param("timeZone", "Nowhere/Else")
			.param("officerName", "Pat")
			.param("officerEmail", "not an address")
			.with(this.admin.signedIn())
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("msp/new-practice");
		BindingResult errors = (BindingResult) result.getMvcResult()
			.getModelAndView()
			.getModel()
			.get(BindingResult.MODEL_KEY_PREFIX + "form");
		assertThat(errors.getFieldError("name").getDefaultMessage()).isEqualTo("Enter the practice's name.");
	}

	@Test
	void anArchivedPracticeRefusesEveryChangeWithAPlainMessageAndIsKept() throws Exception {
		var created = this.mvc.post()
			.uri("/msp/practices")
			.param("name", unique("Archive Dental"))
			.param("timeZone", "UTC")
			.param("officerName", "Ann Archive")
			.param("officerEmail", "ann@archive.example")
			.with(this.admin.signedIn())
			.with(csrf())
			.exchange();
		String location = created.getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		WebSession session = new WebSession(this.mvc).signIn(this.admin.email(), this.admin.password(),
				this.admin.currentCode());
		session.post("/practices/switch", "practiceId", id.toString());
		assertThat(session.post("/msp/practices/" + id + "/archive")).hasStatus3xxRedirection();

		var refused = session.post("/inventory/assets", "name", "New PC", "kind", "WORKSTATION");
		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(refused.getResponse().getContentAsString()).contains("This practice is archived");
		assertThat(session.get("/inventory/assets")).hasStatusOk();
		assertThat(session.get("/").getResponse().getContentAsString()).contains("Archived: read-only");
		assertThat(this.jdbc.sql("select count(*) from practice where id = :p and archived_at is not null")
			.param("p", id)
			.query(Integer.class)
			.single()).isOne();

		var api = this.mvc.post()
			.uri("/api/v1/assets")
			.header("Authorization", "Bearer " + this.jdbcToken(id))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Api PC\", \"kind\": \"WORKSTATION\"}")
			.exchange();
		assertThat(api).hasStatus(HttpStatus.CONFLICT);
		assertThat(api.getResponse().getContentAsString()).contains("This practice is archived");

		assertThat(session.post("/msp/practices/" + id + "/restore")).hasStatus3xxRedirection();
		assertThat(session.post("/inventory/assets", "name", "New PC", "kind", "WORKSTATION"))
			.hasStatus3xxRedirection();
	}

	@Test
	void theCommandLineCreatesAPracticeAndPrintsTheInvitationLink() throws Exception {
		TemplateSummary template = templateFromAdminsPractice();
		String name = unique("Cli Dental");
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine cli = CliTestSupport.commandLine(this.context);
		cli.setOut(new PrintWriter(out, true));
		cli.setErr(new PrintWriter(err, true));
		int exit = cli.execute("practice", "create", "--name", name, "--time-zone", "America/Denver", "--officer-name",
				"Carl Cli", "--officer-email", "carl@cli.example", "--template", template.name(), "--as",
				this.admin.email());
		assertThat(exit).as(err.toString()).isZero();
		assertThat(out.toString()).contains("\"" + name + "\" created").contains("/invite/").contains("applied");
		assertThat(cli.execute("practice", "create", "--name", name, "--time-zone", "Nowhere/Else", "--officer-name",
				"Carl", "--officer-email", "carl@cli.example", "--as", this.admin.email()))
			.isEqualTo(2);
		assertThat(err.toString()).contains("--time-zone").contains("--name: A practice named");
	}

	private String jdbcToken(UUID practiceId) {
		return this.members.apiToken(new TestMember(this.admin.userId(), this.admin.email(), this.admin.totpSecret(),
				practiceId, "archived", Role.MSP_TECHNICIAN));
	}

	private TemplateSummary templateFromAdminsPractice() {
		this.inventory.apply(this.admin.actor(),
				new InventoryTemplate(
						List.of(new InventoryTemplate.TemplateAsset("Front desk PC", "WORKSTATION", "Reception", null,
								null, "Windows 11", "ACCESSES", "YES", "BitLocker", null, null, "YES", null),
								new InventoryTemplate.TemplateAsset("Practice EHR", "CLOUD_SERVICE", "cloud", null,
										null, null, "STORES", "YES", null, "YES", "YES", null, null)),
						List.of(new InventoryTemplate.TemplateFlow("ASSET", "Front desk PC", null, "ASSET",
								"Practice EHR", null, "appointments", "PORTAL", "YES", null))));
		return this.templates.save(this.admin.actor().withMspRole(dev.bulwark.shared.MspRole.ADMINISTRATOR),
				new TemplateForm(unique("Dental standard"), "Two systems", this.admin.practiceId()));
	}

}
