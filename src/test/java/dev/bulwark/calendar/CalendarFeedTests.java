package dev.bulwark.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.MutableClock;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.DueItemsReported.Basis;
import dev.bulwark.shared.DueItemsReported.DueItem;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The private iCalendar feed: created once, read without signing in and parsed back as
 * iCalendar, one's own tasks only for staff, an hour clock as an exact instant, only a
 * hash stored, replaced and revoked.
 */
@BulwarkIntegrationTest
class CalendarFeedTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Tasks tasks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aPersonsFeedParsesAsICalendarAndCanBeReplacedAndRevoked() throws Exception {
		this.clock.setInstant(Instant.parse("2025-10-30T15:00:00Z"));
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		this.tasks.add(officer.actor(),
				new TaskForm("Test the UPS", null, LocalDate.of(2025, 11, 30), null, Repeat.QUARTERLY));
		this.tasks.add(officer.actor(),
				new TaskForm("Shred the old charts", null, LocalDate.of(2025, 11, 3), staff.userId(), Repeat.NEVER));
		Instant dueAt = Instant.parse("2025-11-02T19:00:00Z");
		this.tasks.receive(new DueItemsReported(officer.practiceId(), "workforce",
				List.of(new DueItem("notify:1", "Tell the lab that access ended", LocalDate.of(2025, 11, 2), dueAt,
						Basis.PROPOSED, null, null, "/workforce/1", null))));

		String officerFeed = createFeed(officer);
		assertThat(officerFeed).contains("/calendar/feed/" + officer.practiceId() + "/");
		String secret = officerFeed.substring(officerFeed.lastIndexOf('/') + 1).replace(".ics", "");
		assertThat(this.jdbc.sql("select secret_hash from cal_feed where practice_id = :p and user_id = :u")
			.param("p", officer.practiceId())
			.param("u", officer.userId())
			.query(String.class)
			.single()).isEqualTo(CalendarFeed.hash(secret)).doesNotContain(secret);

		MvcTestResult read = this.mvc.get().uri(path(officerFeed)).exchange();
		assertThat(read).hasStatusOk();
		assertThat(read.getResponse().getContentType()).startsWith("text/calendar");
		ICalendar calendar = Biweekly.parse(read.getResponse().getContentAsString()).first();
		assertThat(calendar.getEvents()).extracting((e) -> e.getSummary().getValue())
			.contains("Test the UPS [Bulwark's recommendation]", "Shred the old charts [Bulwark's recommendation]")
			.noneMatch((title) -> title.startsWith("Tell the lab"));
		VEvent ups = calendar.getEvents()
			.stream()
			.filter((e) -> e.getSummary().getValue().startsWith("Test the UPS"))
			.findFirst()
			.orElseThrow();
		assertThat(ups.getDateStart().getValue().hasTime()).isFalse();
		assertThat(ups.getDateStart().getValue().getRawComponents().getDate()).isEqualTo(30);

		// In NPRM-ready mode the proposed rule's 24-hour clock appears at its exact
		// instant.
		this.jdbc.sql("update practice set nprm_mode = true where id = :p").param("p", officer.practiceId()).update();
		ICalendar nprm = Biweekly
			.parse(this.mvc.get().uri(path(officerFeed)).exchange().getResponse().getContentAsString())
			.first();
		VEvent notice = nprm.getEvents()
			.stream()
			.filter((e) -> e.getSummary().getValue().startsWith("Tell the lab"))
			.findFirst()
			.orElseThrow();
		assertThat(notice.getSummary().getValue()).endsWith("[Proposed rule (not yet law)]");
		assertThat(notice.getDateStart().getValue().toInstant()).isEqualTo(dueAt);

		String staffFeed = createFeed(staff);
		ICalendar own = Biweekly
			.parse(this.mvc.get().uri(path(staffFeed)).exchange().getResponse().getContentAsString())
			.first();
		assertThat(own.getEvents()).extracting((e) -> e.getSummary().getValue())
			.containsExactly("Shred the old charts [Bulwark's recommendation]");

		String replaced = createFeed(officer);
		assertThat(this.mvc.get().uri(path(officerFeed)).exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri(path(replaced)).exchange()).hasStatusOk();
		assertThat(this.mvc.post().uri("/tasks/reminders/feed/revoke").with(csrf()).with(officer.signedIn()).exchange())
			.hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri(path(replaced)).exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/calendar/feed/" + officer.practiceId() + "/not-a-secret.ics").exchange())
			.hasStatus(404);
		assertThat(this.mvc.get()
			.uri(path(staffFeed).replace(officer.practiceId().toString(), java.util.UUID.randomUUID().toString()))
			.exchange()).hasStatus(404);
	}

	private String createFeed(TestMember member) {
		MvcTestResult created = this.mvc.post()
			.uri("/tasks/reminders/feed")
			.with(csrf())
			.with(member.signedIn())
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		return (String) created.getMvcResult().getFlashMap().get("feedUrl");
	}

	private static String path(String url) {
		return url.substring(url.indexOf("/calendar/feed/"));
	}

}
