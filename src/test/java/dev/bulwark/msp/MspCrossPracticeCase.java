package dev.bulwark.msp;

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
 * A practice's security officer who is no MSP person reaches none of the MSP's pages for
 * another practice (or their own): not its page, its people, its templates, its archive.
 * (MSP people who do not serve a practice are refused too: {@code MspAccessTests}.)
 */
class MspCrossPracticeCase implements CrossPracticeCase {

	private final JdbcClient jdbc;

	MspCrossPracticeCase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> covers() {
		return List.of("/msp/practices/{id}", "/msp/practices/{id}/assign", "/msp/practices/{id}/unassign",
				"/msp/practices/{id}/apply-template", "/msp/practices/{id}/invite-officer",
				"/msp/practices/{id}/archive", "/msp/practices/{id}/restore", "/msp/templates/{id}/delete",
				"/msp/templates", "/msp/practices", "/msp/people/invite", "/msp/people/{userId}/role",
				"/msp/people/{userId}/remove", "/api/v1/msp/people/{userId}", "/api/v1/practices");
	}

	@Override
	public List<Attempt> attempts(TestMember victimOwner) {
		UUID practice = victimOwner.practiceId();
		UUID template = UUID.randomUUID();
		this.jdbc.sql("""
				insert into msp_template (id, name, name_key, content, asset_count, flow_count, created_at, created_by)
				values (:id, :name, :name, '{"assets":[],"flows":[]}', 0, 0, current_timestamp, 'test')""")
			.param("id", template)
			.param("name", "cross " + template)
			.update();
		Runnable unchanged = () -> {
			assertThat(this.jdbc.sql("select count(*) from practice where id = :p and archived_at is null")
				.param("p", practice)
				.query(Integer.class)
				.single()).isOne();
			assertThat(this.jdbc.sql("select count(*) from membership where practice_id = :p and active = true")
				.param("p", practice)
				.query(Integer.class)
				.single()).isEqualTo(1);
			assertThat(this.jdbc.sql("select count(*) from msp_template_application where practice_id = :p")
				.param("p", practice)
				.query(Integer.class)
				.single()).isZero();
			assertThat(this.jdbc.sql("select count(*) from msp_template where id = :id")
				.param("id", template)
				.query(Integer.class)
				.single()).isOne();
			assertThat(this.jdbc.sql("select count(*) from invitation where practice_id = :p")
				.param("p", practice)
				.query(Integer.class)
				.single()).isZero();
			assertThat(this.jdbc
				.sql("select count(*) from app_user where id = :u and installation_admin = false "
						+ "and msp_technician = false")
				.param("u", victimOwner.userId())
				.query(Integer.class)
				.single()).isOne();
		};
		return List
			.of(Attempt.of("open another practice's MSP page", get("/msp/practices/{id}", practice), unchanged),
					Attempt.of("assign oneself",
							post("/msp/practices/{id}/assign", practice).param("userId",
									victimOwner.userId().toString()),
							unchanged),
					Attempt.of("end the officer's access",
							post("/msp/practices/{id}/unassign", practice).param("userId",
									victimOwner.userId().toString()),
							unchanged),
					Attempt.of("apply a template",
							post("/msp/practices/{id}/apply-template", practice).param("templateId",
									template.toString()),
							unchanged),
					Attempt.of("invite an officer",
							post("/msp/practices/{id}/invite-officer", practice).param("officerName", "Eve")
								.param("officerEmail", "eve@example.test"),
							unchanged),
					Attempt.of("archive it", post("/msp/practices/{id}/archive", practice), unchanged),
					Attempt.of("restore it", post("/msp/practices/{id}/restore", practice), unchanged),
					Attempt.of("delete a template", post("/msp/templates/{id}/delete", template), unchanged),
					Attempt.of("save a template from its inventory",
							post("/msp/templates").param("name", "stolen").param("practiceId", practice.toString()),
							unchanged),
					Attempt.of("create a practice with a template",
							post("/msp/practices").param("name", "X")
								.param("timeZone", "UTC")
								.param("officerName", "Eve")
								.param("officerEmail", "eve@example.test")
								.param("templateId", template.toString()),
							unchanged),
					Attempt.of("invite a technician into it",
							post("/msp/people/invite").param("name", "Eve")
								.param("email", "eve@example.test")
								.param("practiceId", practice.toString()),
							unchanged),
					Attempt.of("make its officer an MSP administrator",
							post("/msp/people/{userId}/role", victimOwner.userId()).param("role", "ADMINISTRATOR"),
							unchanged),
					Attempt.of(
							"remove its officer's MSP role", post("/msp/people/{userId}/remove", victimOwner.userId()),
							unchanged),
					Attempt.of("make its officer an MSP administrator by API",
							put("/api/v1/msp/people/{userId}", victimOwner.userId())
								.contentType(MediaType.APPLICATION_JSON)
								.content("{\"role\": \"ADMINISTRATOR\"}"),
							unchanged),
					Attempt.of("remove its officer's MSP role by API",
							delete("/api/v1/msp/people/{userId}", victimOwner.userId()), unchanged),
					Attempt.of("create a practice by API with a template",
							post("/api/v1/practices").contentType(MediaType.APPLICATION_JSON)
								.content(
										"""
												{"name": "X %s", "timeZone": "UTC", "officerName": "Eve", "officerEmail": "eve@example.test",
												 "templateId": "%s"}"""
											.formatted(template, template)),
							unchanged));
	}

}
