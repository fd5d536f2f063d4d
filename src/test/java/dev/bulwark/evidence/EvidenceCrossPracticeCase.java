package dev.bulwark.evidence;

import java.util.List;
import java.util.UUID;

import dev.bulwark.CrossPracticeCase;
import dev.bulwark.identity.TestMembers.TestMember;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Another practice's evidence: it cannot be listed, read, downloaded, versioned, edited,
 * linked, unlinked or deleted, whether its id is in the path, the query or the body.
 */
class EvidenceCrossPracticeCase implements CrossPracticeCase {

	private final EvidenceStore store;

	private final JdbcClient jdbc;

	EvidenceCrossPracticeCase(EvidenceStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	@Override
	public List<String> covers() {
		return List.of("/evidence/{id}", "/evidence/{id}/download", "/evidence/{id}/versions", "/evidence/{id}/edit",
				"/evidence/{id}/links", "/evidence/{id}/links/delete", "/evidence/{id}/delete", "/api/v1/evidence/{id}",
				"/api/v1/evidence/{id}/content", "/api/v1/evidence/{id}/versions", "/api/v1/evidence/{id}/links");
	}

	@Override
	public List<Attempt> attempts(TestMember victimOwner) {
		UUID practiceId = victimOwner.practiceId();
		UUID vendor = UUID.randomUUID();
		EvidenceOwner owner = EvidenceOwner.of("vendor", vendor);
		EvidenceDetails item = this.store.storeFor(EvidenceApiTests.actor(victimOwner), owner,
				EvidenceForm.titled("Victim BAA"), EvidenceContent.of("baa.pdf", EvidenceFiles.pdf("victim")));
		// Past its retention date, so only the practice boundary stands in the way of
		// deletion.
		EvidenceApiTests.expireRetention(this.jdbc, victimOwner, item.id());
		UUID id = item.id();
		Runnable unchanged = () -> {
			EvidenceDetails now = this.store.details(practiceId, id);
			assertThat(now.title()).isEqualTo("Victim BAA");
			assertThat(now.versions()).hasSize(1);
			assertThat(now.links()).extracting(EvidenceLink::owner).containsExactly(owner);
			assertThat(now.effectiveUntil()).isNull();
		};
		String link = "{\"ownerType\": \"vendor\", \"ownerId\": \"" + vendor + "\"}";
		return List.of(Attempt.of("read an item", get("/evidence/{id}", id), unchanged),
				Attempt.of("download an item", get("/evidence/{id}/download", id), unchanged),
				Attempt.of("download a version named in the query", get("/evidence/{id}/download?version=1", id),
						unchanged),
				Attempt.of("upload a version", post("/evidence/{id}/versions", id).param("note", "Stolen"), unchanged),
				Attempt.of("open the details form", get("/evidence/{id}/edit", id), unchanged),
				Attempt.of("change the details", post("/evidence/{id}", id).param("title", "Stolen"), unchanged),
				Attempt.of("attach to a record",
						post("/evidence/{id}/links", id).param("ownerType", "vendor")
							.param("ownerId", UUID.randomUUID().toString()),
						unchanged),
				Attempt.of("detach from its record",
						post("/evidence/{id}/links/delete", id).param("ownerType", "vendor")
							.param("ownerId", vendor.toString()),
						unchanged),
				Attempt.of("delete an item past its retention date", post("/evidence/{id}/delete", id), unchanged),
				Attempt.of("read an item by API", get("/api/v1/evidence/{id}", id), unchanged),
				Attempt.of("download by API", get("/api/v1/evidence/{id}/content?version=1", id), unchanged),
				Attempt.of("upload a version by API",
						post("/api/v1/evidence/{id}/versions", id).contentType(MediaType.MULTIPART_FORM_DATA)
							.param("note", "Stolen"),
						unchanged),
				Attempt.of("change the details by API",
						put("/api/v1/evidence/{id}", id).contentType(MediaType.APPLICATION_JSON)
							.content("{\"title\": \"Stolen\", \"effectiveUntil\": \"2030-01-01\"}"),
						unchanged),
				Attempt.of("attach by API with the victim's record in the body",
						post("/api/v1/evidence/{id}/links", id).contentType(MediaType.APPLICATION_JSON).content(link),
						unchanged),
				Attempt.of("detach by API with the victim's record in the query",
						delete("/api/v1/evidence/{id}/links?ownerType=vendor&ownerId={vendor}", id, vendor), unchanged),
				Attempt.of("delete by API", delete("/api/v1/evidence/{id}", id), unchanged));
	}

}
