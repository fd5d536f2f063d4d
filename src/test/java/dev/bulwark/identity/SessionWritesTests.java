package dev.bulwark.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.WebSession;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real session filter and the database: a page view within the lag leaves the
 * session row alone, one after it writes the time, and automatic logoff still ends an
 * idle session.
 */
@BulwarkIntegrationTest
class SessionWritesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aViewWithinTheLagWritesNothingAndOneAfterItWritesTheTime() throws Exception {
		TestMember pat = this.members.newPractice(Role.STAFF);
		WebSession browser = new WebSession(this.mvc).signIn(pat.email(), pat.password(), pat.currentCode());
		String id = sessionId(browser);
		String page = browser.get("/").getResponse().getContentAsString();
		// 15 minutes less the 30 s the stored time may trail.
		assertThat(page).contains("data-idle-seconds=\"870\"");
		long stored = lastAccess(id);

		assertThat(browser.get("/")).hasStatusOk();
		assertThat(browser.get("/account")).hasStatusOk();
		assertThat(lastAccess(id)).isEqualTo(stored);

		// As if the last write were 31 seconds ago: the next view writes the time.
		backdate(id, 31_000);
		long before = System.currentTimeMillis();
		assertThat(browser.get("/")).hasStatusOk();
		assertThat(lastAccess(id)).isGreaterThanOrEqualTo(before);
	}

	@Test
	void anIdleSessionStillEnds() {
		TestMember pat = this.members.newPractice(Role.STAFF);
		WebSession browser = new WebSession(this.mvc).signIn(pat.email(), pat.password(), pat.currentCode());
		String id = sessionId(browser);
		assertThat(browser.get("/")).hasStatusOk();
		backdate(id, 901_000);
		assertThat(browser.get("/").getResponse().getRedirectedUrl()).contains("/login");
		assertThat(this.jdbc.sql("select count(*) from spring_session where session_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
	}

	/** The session's id, as the cookie carries it (Base64). */
	private static String sessionId(WebSession browser) {
		return new String(Base64.getDecoder().decode(browser.sessionId()), StandardCharsets.UTF_8);
	}

	/**
	 * As if the session's last access had been written this many milliseconds earlier.
	 */
	private void backdate(String id, long millis) {
		this.jdbc.sql("""
				update spring_session set last_access_time = last_access_time - :ms,
				expiry_time = expiry_time - :ms where session_id = :id""").param("ms", millis).param("id", id).update();
	}

	private long lastAccess(String id) {
		return this.jdbc.sql("select last_access_time from spring_session where session_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

}
