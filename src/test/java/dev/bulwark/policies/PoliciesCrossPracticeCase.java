package dev.bulwark.policies;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.CrossPracticeCase;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Actor;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Policies of another practice: by their addresses (documents and versions), and the
 * other practice's people in query parameters. Ids of another practice's versions inside
 * the attacker's own requests (bodies, query parameters) are in
 * {@code PolicyApiTests.versionsAndPeopleOfAnotherPracticeAreUnknown}.
 */
class PoliciesCrossPracticeCase implements CrossPracticeCase {

	private final PolicyService service;

	private final Policies policies;

	private final JdbcClient jdbc;

	PoliciesCrossPracticeCase(PolicyService service, Policies policies, JdbcClient jdbc) {
		this.service = service;
		this.policies = policies;
		this.jdbc = jdbc;
	}

	@Override
	public List<String> covers() {
		return List.of("/policies/{id}", "/policies/{id}/versions", "/policies/{id}/reviews",
				"/policies/{id}/acknowledge", "/policies/{id}/retire", "/policies/{id}/compare", "/policies/{id}/pdf",
				"/policies/{id}/versions/{versionId}", "/policies/{id}/versions/{versionId}/edit",
				"/policies/{id}/versions/{versionId}/approve", "/policies/{id}/versions/{versionId}/publish",
				"/policies/{id}/versions/{versionId}/delete", "/api/v1/policies/{id}", "/api/v1/policies/{id}/compare",
				"/api/v1/policies/{id}/versions", "/api/v1/policies/{id}/versions/{versionId}",
				"/api/v1/policies/{id}/versions/{versionId}/approve",
				"/api/v1/policies/{id}/versions/{versionId}/publish", "/api/v1/policies/{id}/retire",
				"/api/v1/policies/{id}/reviews", "/api/v1/policies/{id}/acknowledge",
				"/api/v1/policies/{id}/acknowledgements", "/policies/acknowledgements",
				"/api/v1/policies/acknowledgements");
	}

	@Override
	public List<Attempt> attempts(TestMember victimOwner) {
		Actor victim = PolicyFixtures.actor(victimOwner);
		UUID practiceId = victimOwner.practiceId();
		LocalDate today = this.policies.today(victim);
		DocumentDetails published = PolicyFixtures.published(this.service, victim, "sanctions", today);
		UUID current = published.current().orElseThrow().id();
		DocumentDetails drafted = this.service.startVersion(victim, published.id(),
				new NewVersionForm("Victim draft", null));
		UUID draft = drafted.versions().get(0).id();
		UUID id = published.id();
		Runnable unchanged = () -> {
			DocumentDetails now = this.policies.document(practiceId, id);
			assertThat(now.retired()).isFalse();
			assertThat(now.versions()).extracting(VersionDetails::status)
				.containsExactly(VersionStatus.DRAFT, VersionStatus.CURRENT);
			assertThat(now.versions().get(0).content()).isEqualTo("Victim draft");
			assertThat(this.policies.reviews(practiceId, id)).isEmpty();
			assertThat(count("select count(*) from pol_acknowledgement where document_id = :id", id)).isZero();
		};
		String draftJson = "{\"title\": \"Stolen\", \"content\": \"Stolen\"}";
		String approval = "{\"approverName\": \"Mallory\", \"approvedOn\": \"" + today + "\"}";
		return List.of(Attempt.of("read a policy", get("/policies/{id}", id), unchanged),
				Attempt.of("start a version", post("/policies/{id}/versions", id), unchanged),
				Attempt.of("record a review", post("/policies/{id}/reviews", id).param("reviewedOn", today.toString()),
						unchanged),
				Attempt.of("acknowledge", post("/policies/{id}/acknowledge", id).param("versionId", current.toString()),
						unchanged),
				Attempt.of("retire", post("/policies/{id}/retire", id), unchanged),
				Attempt.of("compare versions",
						get("/policies/{id}/compare", id).param("from", current.toString())
							.param("to", draft.toString()),
						unchanged),
				Attempt.of("download the PDF", get("/policies/{id}/pdf", id), unchanged),
				Attempt.of("read a version", get("/policies/{id}/versions/{v}", id, draft), unchanged),
				Attempt.of("open the draft editor", get("/policies/{id}/versions/{v}/edit", id, draft), unchanged),
				Attempt.of("change the draft",
						post("/policies/{id}/versions/{v}", id, draft).param("title", "Stolen").param("content", "x"),
						unchanged),
				Attempt.of("approve the draft",
						post("/policies/{id}/versions/{v}/approve", id, draft).param("approverName", "Mallory")
							.param("approvedOn", today.toString()),
						unchanged),
				Attempt.of("publish", post("/policies/{id}/versions/{v}/publish", id, draft), unchanged),
				Attempt.of("discard the draft", post("/policies/{id}/versions/{v}/delete", id, draft), unchanged),
				Attempt.of("read by API", get("/api/v1/policies/{id}", id), unchanged),
				Attempt.of("compare by API",
						get("/api/v1/policies/{id}/compare", id).param("from", current.toString())
							.param("to", draft.toString()),
						unchanged),
				Attempt.of("start a version by API",
						post("/api/v1/policies/{id}/versions", id).contentType(MediaType.APPLICATION_JSON)
							.content("{}"),
						unchanged),
				Attempt.of("change the draft by API",
						put("/api/v1/policies/{id}/versions/{v}", id, draft).contentType(MediaType.APPLICATION_JSON)
							.content(draftJson),
						unchanged),
				Attempt.of("discard the draft by API", delete("/api/v1/policies/{id}/versions/{v}", id, draft),
						unchanged),
				Attempt.of("approve by API",
						post("/api/v1/policies/{id}/versions/{v}/approve", id, draft)
							.contentType(MediaType.APPLICATION_JSON)
							.content(approval),
						unchanged),
				Attempt.of("publish by API",
						post("/api/v1/policies/{id}/versions/{v}/publish", id, draft)
							.contentType(MediaType.APPLICATION_JSON)
							.content("{}"),
						unchanged),
				Attempt.of("retire by API", post("/api/v1/policies/{id}/retire", id), unchanged),
				Attempt.of("review by API",
						post("/api/v1/policies/{id}/reviews", id).contentType(MediaType.APPLICATION_JSON)
							.content("{\"reviewedOn\": \"" + today + "\"}"),
						unchanged),
				Attempt.of("acknowledge by API",
						post("/api/v1/policies/{id}/acknowledge", id).contentType(MediaType.APPLICATION_JSON)
							.content("{\"versionId\": \"" + current + "\"}"),
						unchanged),
				Attempt.of("read acknowledgements by API", get("/api/v1/policies/{id}/acknowledgements", id),
						unchanged),
				// The victim's people in query parameters
				Attempt.of("list a victim's acknowledgements on the page",
						get("/policies/acknowledgements").param("person", victimOwner.userId().toString()), unchanged),
				Attempt.of("list a victim's acknowledgements by API",
						get("/api/v1/policies/acknowledgements").param("person", victimOwner.userId().toString()),
						unchanged));
	}

	private long count(String sql, Object id) {
		return this.jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

}
