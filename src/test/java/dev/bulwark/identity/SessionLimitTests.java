package dev.bulwark.identity;

import java.time.Duration;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.WebSession;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The absolute session limit (12 hours by default) ends even an active session. The test
 * moves the application's clock instead of waiting.
 */
@BulwarkIntegrationTest
class SessionLimitTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	MutableClock clock;

	@Autowired
	SessionProperties sessions;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void anActiveSessionEndsAtTheAbsoluteLimit() {
		assertThat(this.sessions.absoluteTimeout()).isEqualTo(Duration.ofHours(12));
		TestMember pat = this.members.newPractice(Role.STAFF);
		WebSession browser = new WebSession(this.mvc).signIn(pat.email(), pat.password(), pat.currentCode());
		assertThat(browser.get("/")).hasStatusOk();
		this.clock.advance(Duration.ofHours(11).plusMinutes(50));
		assertThat(browser.get("/")).hasStatusOk();
		this.clock.advance(Duration.ofMinutes(11));
		assertThat(browser.get("/")).hasRedirectedUrl("/login?expired");
		assertThat(browser.get("/").getResponse().getRedirectedUrl()).contains("/login");
	}

}
