package dev.bulwark.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** A token's "last used" time is written at most once a minute, not on every call. */
@BulwarkIntegrationTest
class ApiTokenLastUsedTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	@Test
	void lastUsedIsKeptToTheMinute() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(officer);
		this.clock.setInstant(Instant.parse("2026-12-02T10:00:00Z"));

		call(token);
		Instant first = lastUsed(officer);
		assertThat(first).isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));

		this.clock.advance(Duration.ofSeconds(30));
		call(token);
		assertThat(lastUsed(officer)).as("within the minute: not written again").isEqualTo(first);

		this.clock.advance(Duration.ofSeconds(31));
		call(token);
		assertThat(lastUsed(officer)).isEqualTo(Instant.parse("2026-12-02T10:01:01Z"));
	}

	private void call(String token) {
		assertThat(this.mvc.get().uri("/api/v1/me").header("Authorization", token)).hasStatusOk();
	}

	private Instant lastUsed(TestMember member) {
		return this.jdbc.sql("select last_used_at from api_token where practice_id = :p and user_id = :u")
			.param("p", member.practiceId())
			.param("u", member.userId())
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

}
