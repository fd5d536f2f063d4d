package dev.bulwark.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is in the database: ciphertext, never the file; and stored bytes that were changed
 * or moved are refused on the way out, with an audit entry, never handed out.
 */
@BulwarkIntegrationTest
class EvidenceAtRestTests {

	private static final String SECRET_LINE = "Patient list exported for the restore test: do not share";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	EvidenceStore store;

	@Autowired
	JdbcClient jdbc;

	private byte[] ciphertext(UUID practiceId, UUID evidenceId) {
		return this.jdbc.sql("select ciphertext from evd_content where practice_id = :p and evidence_id = :e")
			.param("p", practiceId)
			.param("e", evidenceId)
			.query((rs, n) -> rs.getBytes(1))
			.single();
	}

	@Test
	void theBytesAtRestAreNotThePlaintext() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		byte[] plaintext = (SECRET_LINE + "\n").repeat(200).getBytes(StandardCharsets.UTF_8);
		EvidenceDetails item = this.store.storeFor(EvidenceApiTests.actor(officer), null,
				EvidenceForm.titled("Restore test"), EvidenceContent.of("restore.txt", plaintext));
		byte[] stored = ciphertext(officer.practiceId(), item.id());
		assertThat(stored).hasSize(plaintext.length + EvidenceCipher.TAG_BYTES);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Patient").doesNotContain("restore");
		assertThat(Arrays.copyOf(stored, plaintext.length)).isNotEqualTo(plaintext);
		byte[] wrappedKey = this.jdbc.sql("select wrapped_key from evd_content where practice_id = :p")
			.param("p", officer.practiceId())
			.query((rs, n) -> rs.getBytes(1))
			.single();
		// Version byte, nonce, 32-byte key sealed with its tag: not a bare key.
		assertThat(wrappedKey).hasSize(1 + 12 + 32 + 16);
		assertThat(this.store.open(EvidenceApiTests.actor(officer), item.id(), null).sha256())
			.isEqualTo(item.current().sha256());
	}

	@Test
	void aTamperedRowAnswersAnErrorAndIsAuditedNeverWrongBytes() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		EvidenceDetails item = this.store.storeFor(EvidenceApiTests.actor(officer), null,
				EvidenceForm.titled("Screenshot"), EvidenceContent.of("screen.png", EvidenceFiles.png()));
		byte[] stored = ciphertext(officer.practiceId(), item.id());
		stored[3] ^= 0x20;
		this.jdbc.sql("update evd_content set ciphertext = :c where practice_id = :p and evidence_id = :e")
			.param("c", stored)
			.param("p", officer.practiceId())
			.param("e", item.id())
			.update();
		String token = "Bearer " + this.members.apiToken(officer);
		var api = this.mvc.get().uri("/api/v1/evidence/{id}/content", item.id()).header("Authorization", token);
		assertThat(api).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("failed its integrity check")
			.doesNotContain("Tag")
			.doesNotContain("AEAD");
		var page = this.mvc.get().uri("/evidence/{id}/download", item.id()).with(officer.signedIn()).exchange();
		assertThat(page.getResponse().getStatus()).isEqualTo(409);
		assertThat(page.getResponse().getHeader("Content-Disposition")).isNull();
		assertThat(this.jdbc.sql("select count(*) from audit_entry where practice_id = :p and action = :a")
			.param("p", officer.practiceId())
			.param("a", "evidence.integrity-failed")
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) from audit_entry where practice_id = :p and action = :a")
			.param("p", officer.practiceId())
			.param("a", "evidence.downloaded")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void contentCopiedFromAnotherItemDoesNotDecrypt() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		var actor = EvidenceApiTests.actor(officer);
		EvidenceDetails secret = this.store.storeFor(actor, null, EvidenceForm.titled("Secret"),
				EvidenceContent.of("secret.txt", "the secret".getBytes(StandardCharsets.UTF_8)));
		EvidenceDetails harmless = this.store.storeFor(actor, null, EvidenceForm.titled("Harmless"),
				EvidenceContent.of("harmless.txt", "nothing here".getBytes(StandardCharsets.UTF_8)));
		// Copy the secret's sealed key, nonce and ciphertext over the harmless item's
		// row.
		this.jdbc.sql("""
				update evd_content set
				  wrapped_key = (select wrapped_key from evd_content where practice_id = :p and evidence_id = :from),
				  nonce = (select nonce from evd_content where practice_id = :p and evidence_id = :from),
				  ciphertext = (select ciphertext from evd_content where practice_id = :p and evidence_id = :from)
				where practice_id = :p and evidence_id = :to""")
			.param("p", officer.practiceId())
			.param("from", secret.id())
			.param("to", harmless.id())
			.update();
		assertThat(this.mvc.get().uri("/evidence/{id}/download", harmless.id()).with(officer.signedIn()))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.doesNotContain("the secret");
	}

}
