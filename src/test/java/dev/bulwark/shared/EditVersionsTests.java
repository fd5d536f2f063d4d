package dev.bulwark.shared;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Optimistic locking: two people who opened the same record do not silently overwrite
 * each other, in the API (ETag / If-Match, 409) and on the edit pages (the version opened
 * travels in the form; the second save shows "Someone else changed this ..." and changes
 * nothing).
 */
@BulwarkIntegrationTest
class EditVersionsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theApiAnswersTheVersionAsETagAndRefusesAStaleIfMatchWith409() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		String id = created("/api/v1/assets", token, """
				{"name": "Reception PC", "kind": "WORKSTATION", "ephi": "STORES", "encryption": "NO"}""");
		MvcTestResult read = this.mvc.get().uri("/api/v1/assets/{id}", id).header("Authorization", token).exchange();
		assertThat(read).hasStatusOk().headers().hasValue("ETag", "\"0\"");

		// Two scripts read version 0; the first saves, the second is refused.
		assertThat(put("/api/v1/assets/" + id, token, "\"0\"", """
				{"name": "Reception PC 1", "kind": "WORKSTATION", "ephi": "STORES", "encryption": "YES"}"""))
			.hasStatusOk()
			.headers()
			.hasValue("ETag", "\"1\"");
		MvcTestResult stale = put("/api/v1/assets/" + id, token, "\"0\"", """
				{"name": "Reception PC 2", "kind": "WORKSTATION", "ephi": "STORES", "encryption": "NO"}""");
		assertThat(stale).hasStatus(HttpStatus.CONFLICT);
		assertThat(stale).bodyText().contains("Someone else changed this asset since you opened it");
		assertThat(this.mvc.get().uri("/api/v1/assets/{id}", id).header("Authorization", token)).bodyJson()
			.extractingPath("$.name")
			.isEqualTo("Reception PC 1");

		// Without If-Match a script still saves, and the version moves on.
		assertThat(put("/api/v1/assets/" + id, token, null, """
				{"name": "Reception PC 3", "kind": "WORKSTATION", "ephi": "STORES", "encryption": "YES"}"""))
			.hasStatusOk()
			.headers()
			.hasValue("ETag", "\"2\"");
		// An If-Match that is not a version is an input error, not a 500.
		assertThat(put("/api/v1/assets/" + id, token, "\"abc\"", """
				{"name": "Reception PC 4", "kind": "WORKSTATION", "ephi": "STORES", "encryption": "YES"}"""))
			.hasStatus(HttpStatus.BAD_REQUEST);

		String vendor = created("/api/v1/vendors", token, """
				{"name": "Acme Billing", "service": "Claims", "receivesPhi": true, "riskTier": "HIGH"}""");
		assertThat(put("/api/v1/vendors/" + vendor, token, "\"0\"", """
				{"name": "Acme Billing Inc", "receivesPhi": true, "riskTier": "HIGH"}""")).hasStatusOk();
		assertThat(put("/api/v1/vendors/" + vendor, token, "\"0\"", """
				{"name": "Acme Billing LLC", "receivesPhi": true, "riskTier": "HIGH"}"""))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Someone else changed this vendor since you opened it");
	}

	@Test
	void theSecondPersonToSaveAnEditPageIsToldToReloadAndChangesNothing() throws Exception {
		TestMember first = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember second = this.members.colleague(first, Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(first);
		String id = created("/api/v1/assets", token, """
				{"name": "Lab PC", "kind": "WORKSTATION", "ephi": "ACCESSES", "encryption": "YES"}""");

		// Both open the edit page at version 0.
		for (TestMember member : new TestMember[] { first, second }) {
			assertThat(this.mvc.get().uri("/inventory/assets/{id}/edit", id).with(member.signedIn())).hasStatusOk()
				.bodyText()
				.contains("name=\"editVersion\" value=\"0\"");
		}
		assertThat(this.mvc.post()
			.uri("/inventory/assets/{id}", id)
			.with(first.signedIn())
			.with(csrf())
			.param("editVersion", "0")
			.param("name", "Lab PC (first)")
			.param("kind", "WORKSTATION")
			.param("ephi", "ACCESSES")
			.param("encryption", "YES")).hasStatus3xxRedirection();
		MvcTestResult late = this.mvc.post()
			.uri("/inventory/assets/{id}", id)
			.with(second.signedIn())
			.with(csrf())
			.param("editVersion", "0")
			.param("name", "Lab PC (second)")
			.param("kind", "WORKSTATION")
			.param("ephi", "ACCESSES")
			.param("encryption", "NO")
			.exchange();
		assertThat(late).hasStatusOk().hasViewName("inventory/asset-form");
		assertThat(late).bodyText()
			.contains("Someone else changed this asset since you opened it. Reload to see their changes")
			// The form keeps the version opened, so saving again without reloading
			// conflicts again.
			.contains("name=\"editVersion\" value=\"0\"");
		assertThat(this.jdbc.sql("select name from inv_asset where practice_id = :p and id = :id")
			.param("p", first.practiceId())
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single()).isEqualTo("Lab PC (first)");
	}

	private String created(String uri, String token, String json) throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri(uri)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	private MvcTestResult put(String uri, String token, String ifMatch, String json) {
		var request = this.mvc.put()
			.uri(uri)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		if (ifMatch != null) {
			request = request.header("If-Match", ifMatch);
		}
		return request.exchange();
	}

}
