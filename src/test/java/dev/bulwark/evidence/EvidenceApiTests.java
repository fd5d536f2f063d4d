package dev.bulwark.evidence;

import java.security.MessageDigest;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The evidence API with personal tokens. */
@BulwarkIntegrationTest
class EvidenceApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	static Actor actor(TestMember member) {
		return new Actor(member.userId(), member.email(), "Test " + member.role().label(), member.practiceId(),
				member.practiceName(), member.role(), false, ZoneOffset.UTC);
	}

	/** Moves an item's retention date into the past, as if six years had gone by. */
	static void expireRetention(JdbcClient jdbc, TestMember member, UUID evidenceId) {
		jdbc.sql("update evd_evidence set retain_until = :past where practice_id = :p and id = :id")
			.param("past", Date.valueOf(LocalDate.of(2001, 1, 1)))
			.param("p", member.practiceId())
			.param("id", evidenceId)
			.update();
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	private String upload(String token, String name, byte[] content, String... params) throws Exception {
		var request = this.mvc.post()
			.uri("/api/v1/evidence")
			.multipart()
			.file(new MockMultipartFile("file", name, "application/pdf", content))
			.header("Authorization", token);
		for (int i = 0; i + 1 < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		var result = request.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	@Test
	void uploadsListsReadsAndDownloadsWithAMatchingChecksum() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		byte[] content = EvidenceFiles.pdf("Business associate agreement, signed 2025-01-15");
		UUID vendor = UUID.randomUUID();
		String id = upload(token, "baa.pdf", content, "title", "BAA Acme", "ownerType", "vendor", "ownerId",
				vendor.toString(), "effectiveUntil", "2040-01-14");

		var read = this.mvc.get().uri("/api/v1/evidence/{id}", id).header("Authorization", token).exchange();
		assertThat(read).hasStatusOk();
		assertThat(read).bodyJson().extractingPath("$.title").isEqualTo("BAA Acme");
		assertThat(read).bodyJson().extractingPath("$.retainUntil").isEqualTo("2046-01-14");
		assertThat(read).bodyJson().extractingPath("$.versions[0].sha256").isEqualTo(sha256(content));
		assertThat(read).bodyJson().extractingPath("$.versions[0].contentType").isEqualTo("application/pdf");
		assertThat(read).bodyJson().extractingPath("$.links[0].owner.type").isEqualTo("vendor");

		var list = this.mvc.get()
			.uri("/api/v1/evidence?ownerType=vendor&ownerId={vendor}", vendor)
			.header("Authorization", token)
			.exchange();
		assertThat(list).bodyJson().extractingPath("$.total").isEqualTo(1);
		assertThat(list).bodyJson().extractingPath("$.items[0].id").isEqualTo(id);
		assertThat(list).bodyJson().extractingPath("$.pageSize").isEqualTo(50);

		var download = this.mvc.get()
			.uri("/api/v1/evidence/{id}/content", id)
			.header("Authorization", token)
			.exchange()
			.getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		byte[] bytes = download.getContentAsByteArray();
		assertThat(bytes).isEqualTo(content);
		assertThat(sha256(bytes))
			.isEqualTo(JsonPath.read(read.getResponse().getContentAsString(), "$.versions[0].sha256"));
		assertThat(download.getHeader("Repr-Digest")).isEqualTo("sha-256=:"
				+ java.util.Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(content))
				+ ":");
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");

		assertThat(this.jdbc.sql("select count(*) from audit_entry where practice_id = :p and action = :a")
			.param("p", officer.practiceId())
			.param("a", "evidence.downloaded")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void newVersionsKeepTheEarlierOnesDownloadableByNumber() throws Exception {
		TestMember technician = this.members.newPractice(Role.MSP_TECHNICIAN);
		String token = "Bearer " + this.members.apiToken(technician);
		byte[] first = EvidenceFiles.pdf("first");
		byte[] second = EvidenceFiles.png();
		String id = upload(token, "scan.pdf", first);
		var added = this.mvc.post()
			.uri("/api/v1/evidence/{id}/versions", id)
			.multipart()
			.file(new MockMultipartFile("file", "scan.png", "image/png", second))
			.param("note", "Clearer scan")
			.header("Authorization", token)
			.exchange();
		assertThat(added).hasStatus(HttpStatus.CREATED);
		assertThat(added).bodyJson().extractingPath("$.currentVersion").isEqualTo(2);
		assertThat(added).bodyJson().extractingPath("$.versions[0].note").isEqualTo("Clearer scan");
		assertThat(this.mvc.get()
			.uri("/api/v1/evidence/{id}/content?version=1", id)
			.header("Authorization", token)
			.exchange()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(first);
		assertThat(this.mvc.get()
			.uri("/api/v1/evidence/{id}/content", id)
			.header("Authorization", token)
			.exchange()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(second);
		assertThat(this.mvc.get().uri("/api/v1/evidence/{id}/content?version=3", id).header("Authorization", token))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/api/v1/evidence/{id}/content?version=two", id).header("Authorization", token))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void deletionIsRefusedBeforeTheRetentionDateAndAuditedAfter() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		String id = upload(token, "old.pdf", EvidenceFiles.pdf("old"));
		var refused = this.mvc.delete().uri("/api/v1/evidence/{id}", id).header("Authorization", token).exchange();
		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("must be kept until");
		assertThat(this.mvc.get().uri("/api/v1/evidence/{id}", id).header("Authorization", token)).hasStatusOk();

		expireRetention(this.jdbc, officer, UUID.fromString(id));
		assertThat(this.mvc.delete().uri("/api/v1/evidence/{id}", id).header("Authorization", token))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri("/api/v1/evidence/{id}", id).header("Authorization", token))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.jdbc.sql("select count(*) from evd_content where practice_id = :p")
			.param("p", officer.practiceId())
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select summary from audit_entry where practice_id = :p and action = :a")
			.param("p", officer.practiceId())
			.param("a", "evidence.deleted")
			.query(String.class)
			.single()).contains("deleted with 1 version");
	}

	@Test
	void badUploadsAnswer400WithTheFieldAndTechniciansCannotDelete() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		var disguised = this.mvc.post()
			.uri("/api/v1/evidence")
			.multipart()
			.file(new MockMultipartFile("file", "invoice.pdf", "application/pdf", EvidenceFiles.exe()))
			.header("Authorization", token)
			.exchange();
		assertThat(disguised).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(disguised).bodyJson().extractingPath("$.errors.file").asString().contains("not a PDF document");
		var missing = this.mvc.post()
			.uri("/api/v1/evidence")
			.multipart()
			.param("title", "x")
			.header("Authorization", token);
		assertThat(missing).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors.file").isNotNull();
		var badDate = this.mvc.post()
			.uri("/api/v1/evidence")
			.multipart()
			.file(new MockMultipartFile("file", "a.pdf", "application/pdf", EvidenceFiles.pdf("a")))
			.param("effectiveUntil", "someday")
			.header("Authorization", token);
		assertThat(badDate).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.effectiveUntil")
			.isNotNull();
		var json = this.mvc.put()
			.uri("/api/v1/evidence/{id}", UUID.randomUUID())
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"x\"}");
		assertThat(json).hasStatus(HttpStatus.NOT_FOUND);
		TestMember technician = this.members.colleague(officer, Role.MSP_TECHNICIAN);
		assertThat(this.mvc.delete()
			.uri("/api/v1/evidence/{id}", UUID.randomUUID())
			.header("Authorization", "Bearer " + this.members.apiToken(technician))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void linksAreAddedAndRemovedByJsonAndQuery() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		String id = upload(token, "cert.pdf", EvidenceFiles.pdf("certificate"));
		UUID record = UUID.randomUUID();
		var linked = this.mvc.post()
			.uri("/api/v1/evidence/{id}/links", id)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"ownerType\": \"training-record\", \"ownerId\": \"" + record + "\"}");
		assertThat(linked).hasStatusOk().bodyJson().extractingPath("$.links[0].owner.id").isEqualTo(record.toString());
		var bad = this.mvc.post()
			.uri("/api/v1/evidence/{id}/links", id)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"ownerType\": \"planet\", \"ownerId\": \"x\"}");
		assertThat(bad).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors.ownerType").isNotNull();
		assertThat(this.mvc.delete()
			.uri("/api/v1/evidence/{id}/links?ownerType=training-record&ownerId={r}", id, record)
			.header("Authorization", token)).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri("/api/v1/evidence/{id}", id).header("Authorization", token)).bodyJson()
			.extractingPath("$.links")
			.asArray()
			.isEmpty();
	}

	@Test
	void anotherPracticesIdsInQueryParametersRevealNothing() throws Exception {
		TestMember victim = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember attacker = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID vendor = UUID.randomUUID();
		upload("Bearer " + this.members.apiToken(victim), "baa.pdf", EvidenceFiles.pdf("victim"), "ownerType", "vendor",
				"ownerId", vendor.toString());
		String attackerToken = "Bearer " + this.members.apiToken(attacker);
		var list = this.mvc.get()
			.uri("/api/v1/evidence?ownerType=vendor&ownerId={vendor}", vendor)
			.header("Authorization", attackerToken);
		assertThat(list).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(0);
		assertThat(this.mvc.get().uri("/evidence?ownerType=vendor&ownerId={vendor}", vendor).with(attacker.signedIn()))
			.hasStatusOk()
			.bodyText()
			.contains("0 items");
		// Naming the victim's record in an upload only attaches the file within the
		// uploader's own practice.
		upload(attackerToken, "planted.pdf", EvidenceFiles.pdf("planted"), "ownerType", "vendor", "ownerId",
				vendor.toString());
		assertThat(this.mvc.get()
			.uri("/api/v1/evidence?ownerType=vendor&ownerId={vendor}", vendor)
			.header("Authorization", "Bearer " + this.members.apiToken(victim))).bodyJson()
			.extractingPath("$.items[*].title")
			.asArray()
			.containsExactly("baa");
	}

}
