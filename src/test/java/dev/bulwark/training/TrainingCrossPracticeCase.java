package dev.bulwark.training;

import java.util.List;
import java.util.UUID;

import dev.bulwark.CrossPracticeCase;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Training records of another practice: a member's quiz attempt and its certificate by
 * their addresses, and the other practice's people inside the attacker's own assignment
 * requests (JSON body: 400, like an unknown person; the page form shows the same message
 * next to the field, see {@code TrainingPageTests}). Module keys in addresses
 * ({@code /training/modules/{key}}) name catalog content every practice shares, not
 * records: an attempt posted there is the attacker's own, in the attacker's practice,
 * which the last check confirms.
 */
class TrainingCrossPracticeCase implements CrossPracticeCase {

	private final Training training;

	private final TestMembers members;

	private final JdbcClient jdbc;

	TrainingCrossPracticeCase(Training training, TestMembers members, JdbcClient jdbc) {
		this.training = training;
		this.members = members;
		this.jdbc = jdbc;
	}

	@Override
	public List<String> covers() {
		return List.of("/training/attempts/{id}", "/training/attempts/{id}/certificate",
				"/api/v1/training/records/{id}",
				// Catalog keys, not records (see the class comment).
				"/training/modules/{key}", "/training/modules/{key}/attempts", "/api/v1/training/modules/{key}",
				"/api/v1/training/modules/{key}/attempts", "/training/assignments", "/api/v1/training/assignments");
	}

	@Override
	public List<Attempt> attempts(TestMember victimOwner) {
		TestMember victimStaff = this.members.colleague(victimOwner, Role.STAFF);
		dev.bulwark.training.Attempt passed = TrainingFixtures.pass(this.training, victimStaff.actor(), "phishing");
		UUID practiceId = victimOwner.practiceId();
		UUID id = passed.id();
		Runnable unchanged = () -> {
			assertThat(this.training.attemptsOf(practiceId, victimStaff.userId())).extracting((a) -> a.id())
				.containsExactly(id);
			assertThat(this.training.assignmentsOf(practiceId, victimStaff.userId())).singleElement()
				.satisfies((a) -> assertThat(a.reason()).isEqualTo(Assignment.Reason.YEARLY));
			assertThat(this.jdbc
				.sql("select count(*) from trn_assignment where user_id = :user and practice_id <> :practice")
				.param("user", victimStaff.userId())
				.param("practice", practiceId)
				.query(Long.class)
				.single()).as("no assignment elsewhere names the victim's staff").isZero();
		};
		return List.of(Attempt.of("read an attempt", get("/training/attempts/{id}", id), unchanged),
				Attempt.of("download a certificate", get("/training/attempts/{id}/certificate", id), unchanged),
				Attempt.of("read a record by API", get("/api/v1/training/records/{id}", id), unchanged),
				Attempt.of("assign training to the victim's staff on the page",
						post("/training/assignments").param("userId", victimStaff.userId().toString()), unchanged),
				Attempt.of("assign training to the victim's staff by API",
						post("/api/v1/training/assignments").contentType(MediaType.APPLICATION_JSON)
							.content("{\"userId\": \"" + victimStaff.userId() + "\"}"),
						unchanged));
	}

}
