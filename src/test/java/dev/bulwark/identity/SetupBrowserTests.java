package dev.bulwark.identity;

import java.time.ZoneId;
import java.util.Map;

import dev.bulwark.BrowserTest;
import dev.bulwark.practice.Practices;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * First-run set-up in Chromium, in a browser that believes it is in Chicago: the page's
 * static script (the Content-Security-Policy allows no inline script) preselects the
 * browser's time zone, and the practice is created in it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "bulwark.test.context=setup-browser")
class SetupBrowserTests extends BrowserTest {

	@Autowired
	Practices practices;

	@Test
	void setUpPreselectsTheBrowsersTimeZoneAndCreatesThePracticeInIt() {
		this.browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "America/Chicago"));
		open("/setup");
		Select zone = new Select(field("timeZone"));
		this.wait.until((driver) -> "America/Chicago".equals(zone.getFirstSelectedOption().getAttribute("value")));

		type("practiceName", "Prairie Family Dental");
		type("name", "Robin Vega");
		type("email", "robin@prairie.example");
		type("password", TestMembers.PASSWORD);
		type("confirmPassword", TestMembers.PASSWORD);
		press("Create practice");
		waitForPath("/mfa/enrol");

		assertThat(this.practices.findByName("Prairie Family Dental").orElseThrow().zone())
			.isEqualTo(ZoneId.of("America/Chicago"));
	}

}
