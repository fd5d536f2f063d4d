package dev.bulwark.identity;

import dev.bulwark.WebSession;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The absolute session limit ends even an active session. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestMembers.class)
@TestPropertySource(properties = { "bulwark.test.context=session-limits", "bulwark.session.absolute-timeout=3s" })
class SessionLimitTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Test
	void anActiveSessionEndsAtTheAbsoluteLimit() throws InterruptedException {
		TestMember pat = this.members.newPractice(Role.STAFF);
		WebSession browser = new WebSession(this.mvc).signIn(pat.email(), pat.password(), pat.currentCode());
		assertThat(browser.get("/")).hasStatusOk();
		Thread.sleep(1500);
		assertThat(browser.get("/")).hasStatusOk();
		Thread.sleep(2000);
		assertThat(browser.get("/")).hasRedirectedUrl("/login?expired");
		assertThat(browser.get("/").getResponse().getRedirectedUrl()).contains("/login");
	}

}
