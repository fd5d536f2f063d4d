package dev.bulwark.practice;

import java.time.Instant;
import java.time.ZoneId;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.audit.AuditEntry;
import dev.bulwark.audit.AuditFilter;
import dev.bulwark.audit.AuditTrail;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import dev.bulwark.shared.TimeZones;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Each practice's time zone: chosen on the settings page (audited), reported by the API,
 * and the zone of every date the pages show.
 */
@BulwarkIntegrationTest
class PracticeTimeZoneTests {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	/** 22:30 on 9 March in Chicago (daylight saving began that morning: UTC-5). */
	private static final Instant LATE_EVENING_IN_CHICAGO = Instant.parse("2025-03-10T03:30:00Z");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Practices practices;

	@Autowired
	AuditTrail audit;

	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void aNewPracticeIsInTheServersZoneAndTheSettingsPageShowsIt() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		assertThat(this.practices.zone(officer.practiceId())).isEqualTo(TimeZones.serverDefault());
		assertThat(this.mvc.get().uri("/practice/settings").with(officer.signedIn())).hasStatusOk()
			.hasViewName("practice/settings")
			.bodyText()
			.contains("<option value=\"" + TimeZones.serverDefault().getId() + "\" selected=\"selected\"")
			.contains("<option value=\"America/Chicago\">Central time (America/Chicago)</option>");
	}

	@Test
	void theSecurityOfficerChangesTheZoneAndTheChangeIsAudited() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		ZoneId before = this.practices.zone(officer.practiceId());

		assertThat(save(officer, officer.practiceName(), "America/Chicago")).hasRedirectedUrl("/practice/settings")
			.flash()
			.containsEntry("message", "Settings saved.");

		assertThat(this.practices.zone(officer.practiceId())).isEqualTo(CHICAGO);
		assertThat(this.audit.search(officer.practiceId(), AuditFilter.none(), 0))
			.filteredOn((entry) -> entry.action().equals("practice.settings-changed"))
			.singleElement()
			.extracting(AuditEntry::summary)
			.asString()
			.contains("time zone " + before.getId() + " -> America/Chicago");
		assertThat(this.mvc.get().uri("/practice/settings").with(officer.signedIn())).bodyText()
			.contains("<option value=\"America/Chicago\" selected=\"selected\"");
	}

	@Test
	void anUnknownZoneIsAnErrorNextToItsFieldAndNothingIsSaved() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		ZoneId before = this.practices.zone(officer.practiceId());

		MvcTestResult refused = save(officer, "Renamed " + officer.practiceName(), "Mars/Olympus");

		assertThat(refused).hasStatusOk()
			.hasViewName("practice/settings")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("timeZone");
		assertThat(refused).bodyText()
			.contains("id=\"timeZone-error\"")
			.contains("&quot;Mars/Olympus&quot; is not a time zone Bulwark knows");
		PracticeDetails unchanged = this.practices.get(officer.practiceId());
		assertThat(unchanged.zone()).isEqualTo(before);
		assertThat(unchanged.name()).isEqualTo(officer.practiceName());
		assertThat(save(officer, officer.practiceName(), "")).model()
			.extractingBindingResult("form")
			.hasFieldErrors("timeZone");
	}

	@Test
	void aNameTakenByAnotherPracticeIsAnErrorNextToTheName() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember other = this.members.newPractice(Role.SECURITY_OFFICER);

		MvcTestResult refused = save(officer, other.practiceName(), "America/Chicago");

		assertThat(refused).hasStatusOk().model().extractingBindingResult("form").hasFieldErrors("name");
		assertThat(refused).bodyText().contains("already exists");
		assertThat(this.practices.zone(officer.practiceId())).isNotEqualTo(CHICAGO);
	}

	@Test
	void theApiTellsTheCallerTheirPracticesZone() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		save(officer, officer.practiceName(), "America/Chicago");
		assertThat(this.mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + this.members.apiToken(officer)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.practice.timeZone")
			.isEqualTo("America/Chicago");
	}

	@Test
	void theAuditTrailShowsAndFiltersByThePracticesLocalTime() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		this.clock.setInstant(LATE_EVENING_IN_CHICAGO);
		save(officer, officer.practiceName(), "America/Chicago");
		this.clock.reset();

		// In UTC it happened on 10 March; in Chicago on the 9th, at 22:30.
		assertThat(this.mvc.get().uri("/audit?from=2025-03-09&to=2025-03-09").with(officer.signedIn())).hasStatusOk()
			.bodyText()
			.contains("When (America/Chicago)")
			.contains("2025-03-09 22:30:00")
			.contains("practice.settings-changed");
		assertThat(this.mvc.get().uri("/audit?from=2025-03-10&to=2025-03-10").with(officer.signedIn())).bodyText()
			.doesNotContain("practice.settings-changed");
	}

	@Test
	void theAccountPageShowsDatesInThePracticesZone() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		save(officer, officer.practiceName(), "America/Chicago");
		this.clock.setInstant(LATE_EVENING_IN_CHICAGO);
		// Valid for 30 days: until 03:30 UTC on 9 April, which is still 8 April in
		// Chicago.
		this.members.apiToken(officer);
		this.clock.reset();

		assertThat(this.mvc.get().uri("/account").with(officer.signedIn())).hasStatusOk()
			.bodyText()
			.contains("<td>2025-04-08</td>")
			.doesNotContain("2025-04-09");
	}

	private MvcTestResult save(TestMember officer, String name, String timeZone) {
		return this.mvc.post()
			.uri("/practice/settings")
			.with(officer.signedIn())
			.with(csrf())
			.param("name", name)
			.param("timeZone", timeZone)
			.param("idleTimeoutMinutes", "15")
			.param("riskMatrix", "3x3")
			.exchange();
	}

}
