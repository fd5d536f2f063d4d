package dev.bulwark.binder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The audit binder end to end through the API and the page: prepared in the background,
 * downloaded as a ZIP whose manifest checks out, audited, refused to other roles, kept a
 * day.
 */
@BulwarkIntegrationTest
class BinderApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Binders binders;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	/** Starts an export by API and waits until it is no longer being prepared. */
	static String prepared(MockMvcTester mvc, String token) throws Exception {
		MvcTestResult started = mvc.post().uri("/api/v1/binder").header("Authorization", token).exchange();
		assertThat(started).hasStatus(HttpStatus.ACCEPTED);
		String id = JsonPath.read(started.getResponse().getContentAsString(), "$.id");
		assertThat(started.getResponse().getHeader("Location")).isEqualTo("/api/v1/binder/" + id);
		assertThat((String) JsonPath.read(started.getResponse().getContentAsString(), "$.status")).isIn("PREPARING",
				"READY");
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			MvcTestResult status = mvc.get().uri("/api/v1/binder/{id}", id).header("Authorization", token).exchange();
			assertThat((String) JsonPath.read(status.getResponse().getContentAsString(), "$.status"))
				.isEqualTo("READY");
		});
		return id;
	}

	@Test
	void anOfficerPreparesAndDownloadsABinderWhoseManifestChecksOut() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		String id = prepared(this.mvc, token);

		MvcTestResult download = this.mvc.get()
			.uri("/api/v1/binder/{id}/download", id)
			.header("Authorization", token)
			.exchange();
		assertThat(download).hasStatusOk().hasContentType("application/zip");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;").contains(".zip");
		assertThat(download.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		byte[] zip = download.getResponse().getContentAsByteArray();
		String status = this.mvc.get()
			.uri("/api/v1/binder/{id}", id)
			.header("Authorization", token)
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(status, "$.sha256")).isEqualTo(BinderAssembler.sha256(zip));

		Map<String, byte[]> files = BinderAssemblerTests.unzip(zip);
		String root = files.keySet().iterator().next().split("/")[0];
		String manifest = new String(files.get(root + "/manifest-sha256.txt"), StandardCharsets.UTF_8);
		for (String line : manifest.lines().toList()) {
			String[] parts = line.split("  ", 2);
			assertThat(BinderAssembler.sha256(files.get(root + "/" + parts[1]))).as(parts[1]).isEqualTo(parts[0]);
		}
		assertThat(files).containsKeys(root + "/11-audit-trail/audit-trail.csv",
				root + "/11-audit-trail/verification.txt", root + "/index.html", root + "/index.pdf");
		assertThat(new String(files.get(root + "/index.pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(new String(files.get(root + "/11-audit-trail/verification.txt"), StandardCharsets.UTF_8))
			.contains("Result: Intact");
		assertThat(new String(files.get(root + "/index.html"), StandardCharsets.UTF_8)).contains(officer.practiceName())
			.contains("href=\"11-audit-trail/audit-trail.csv\"");
		assertThat(actions(officer)).contains("binder.export-started", "binder.exported", "binder.downloaded");
	}

	@Test
	void aBinderIsStoredSealedNotAsAZip() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String id = prepared(this.mvc, "Bearer " + this.members.apiToken(officer));
		byte[] sealed = this.jdbc.sql("select sealed from bnd_content where practice_id = :p and export_id = :id")
			.param("p", officer.practiceId())
			.param("id", UUID.fromString(id))
			.query(byte[].class)
			.single();
		// A ZIP starts with "PK"; the stored bytes must not.
		assertThat(sealed).isNotEmpty();
		assertThat(new String(sealed, 0, 2, StandardCharsets.ISO_8859_1)).isNotEqualTo("PK");
	}

	@Test
	void anAuditorMayExportButStaffMayNot() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember auditor = this.members.colleague(officer, Role.AUDITOR);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		prepared(this.mvc, "Bearer " + this.members.apiToken(auditor));
		assertThat(
				this.mvc.post().uri("/api/v1/binder").header("Authorization", "Bearer " + this.members.apiToken(staff)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/binder").with(staff.signedIn())).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void oneExportAtATimePerPractice() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		this.jdbc
			.sql("""
					insert into bnd_export (practice_id, id, status, requested_by, requested_by_name, requested_at, expires_at)
					values (:p, :id, 'PREPARING', :u, 'Someone', :now, :now)""")
			.param("p", officer.practiceId())
			.param("id", UUID.randomUUID())
			.param("u", officer.userId())
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update();
		MvcTestResult refused = this.mvc.post().uri("/api/v1/binder").header("Authorization", token).exchange();
		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(refused.getResponse().getContentAsString()).contains("already being prepared");

		// An export lost with its node stops blocking after a while.
		this.clock.advance(Binders.STALE.plusMinutes(1));
		prepared(this.mvc, token);
	}

	@Test
	void aBinderIsKeptADayThenDeletedOnTheDailyTick() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		String id = prepared(this.mvc, token);

		this.clock.advance(Duration.ofHours(25));
		assertThat(this.binders.expire(officer.practiceId())).isEqualTo(1);

		MvcTestResult status = this.mvc.get().uri("/api/v1/binder/{id}", id).header("Authorization", token).exchange();
		assertThat((String) JsonPath.read(status.getResponse().getContentAsString(), "$.status")).isEqualTo("EXPIRED");
		assertThat(this.jdbc.sql("select count(*) from bnd_content where practice_id = :p")
			.param("p", officer.practiceId())
			.query(Integer.class)
			.single()).isZero();
		MvcTestResult download = this.mvc.get()
			.uri("/api/v1/binder/{id}/download", id)
			.header("Authorization", token)
			.exchange();
		assertThat(download).hasStatus(HttpStatus.CONFLICT);
		assertThat(download.getResponse().getContentAsString()).contains("expired");
	}

	@Test
	void thePageStartsAnExportAndListsItWithItsDownload() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		assertThat(this.mvc.get().uri("/binder").with(officer.signedIn())).hasStatusOk()
			.hasViewName("binder/page")
			.bodyText()
			.contains("Prepare the audit binder")
			.contains("No binder has been prepared yet.");
		assertThat(this.mvc.post().uri("/binder").with(officer.signedIn()).with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/binder")
			.flash()
			.containsEntry("message",
					"The binder is being prepared. This page shows the download as soon as it is ready.");
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(this.mvc.get().uri("/binder/exports").with(officer.signedIn())).hasStatusOk()
						.bodyText()
						.contains("Download ZIP")
						.doesNotContain("hx-get"));
	}

	private List<String> actions(TestMember member) {
		return this.jdbc.sql("select action from audit_entry where practice_id = :p")
			.param("p", member.practiceId())
			.query(String.class)
			.list();
	}

}
