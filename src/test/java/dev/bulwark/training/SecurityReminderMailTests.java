package dev.bulwark.training;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.bulwark.FormErrors;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Security reminders over a real SMTP conversation (GreenMail): the officer schedules one
 * on the page, the practice's day begins, each person of the audience gets the e-mail
 * once (a repeated tick sends nothing), and the sending is recorded with the names; bad
 * input by field, stopping, and the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestMembers.class)
@TestPropertySource(properties = { "bulwark.test.context=training-mail", "spring.mail.host=127.0.0.1",
		"bulwark.mail.from=bulwark@clinic.example" })
class SecurityReminderMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	// A free port rather than GreenMail's fixed 3025, so test runs can share a machine.
	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Training training;

	@Autowired
	SecurityReminders reminders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aScheduledReminderIsEmailedOnItsDayExactlyOnceAndRecordedWithWhoGotIt() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		TestMember auditor = this.members.colleague(officer, Role.AUDITOR);
		LocalDate today = this.training.today(officer.actor());
		LocalDate tomorrow = today.plusDays(1);
		assertThat(this.mvc.post()
			.uri("/training/reminders")
			.param("subject", "Tax season phishing")
			.param("message", "Fake tax notices arrive this month. Report any you get.")
			.param("audience", "WORKFORCE")
			.param("recurrence", "QUARTERLY")
			.param("firstOn", tomorrow.toString())
			.with(csrf())
			.with(officer.signedIn())).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "The reminder \"Tax season phishing\" is scheduled for " + tomorrow + ".");

		this.reminders.dayBegan(officer.practiceId(), today);
		assertThat(received(officer, staff, auditor)).isEmpty();
		this.reminders.dayBegan(officer.practiceId(), tomorrow);
		smtp.waitForIncomingEmail(5000, 2);
		// The tick comes again the same day (another node, a retry): nothing more is
		// sent.
		this.reminders.dayBegan(officer.practiceId(), tomorrow);
		List<MimeMessage> mails = received(officer, staff, auditor);
		assertThat(mails).hasSize(2);
		assertThat(mails).extracting((m) -> m.getRecipients(Message.RecipientType.TO)[0].toString().toLowerCase())
			.containsExactlyInAnyOrder(officer.email().toLowerCase(), staff.email().toLowerCase());
		MimeMessage mail = mails.get(0);
		assertThat(mail.getSubject()).isEqualTo("Security reminder: Tax season phishing");
		assertThat(GreenMailUtil.getBody(mail)).contains("Fake tax notices arrive this month. Report any you get.")
			.contains(officer.practiceName());

		assertThat(this.reminders.sendings(officer.practiceId(), 0)).singleElement().satisfies((sending) -> {
			assertThat(sending.dueOn()).isEqualTo(tomorrow);
			assertThat(sending.recipients()).extracting(ReminderSending.Recipient::personName)
				.containsExactlyInAnyOrder(officer.displayName(), staff.displayName());
			assertThat(sending.delivered()).isEqualTo(2);
		});
		assertThat(this.reminders.reminders(officer.practiceId())).singleElement()
			.satisfies((r) -> assertThat(r.nextOn()).isEqualTo(tomorrow.plusMonths(3)));
		assertThat(this.jdbc
			.sql("select summary from audit_entry where practice_id = :p and action = 'training.reminder-sent'")
			.param("p", officer.practiceId())
			.query(String.class)
			.list())
			.containsExactly("Security reminder \"Tax season phishing\" of " + tomorrow
					+ " sent to 2 people (2 accepted by the mail server)");
		assertThat(this.mvc.get().uri("/training/reminders").with(auditor.signedIn())).hasViewName("training/reminders")
			.bodyText()
			.contains("Tax season phishing")
			.contains(staff.displayName())
			.contains("2 of 2")
			.contains("Every three months")
			.contains("164.308(a)(5)(ii)(A)")
			.doesNotContain("Schedule a reminder");
	}

	@Test
	void badInputIsShownByFieldAndAStoppedReminderIsNotSent() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		LocalDate today = this.training.today(officer.actor());
		MvcTestResult bad = this.mvc.post()
			.uri("/training/reminders")
			.param("message", "x".repeat(2001))
			.param("audience", "STAFF")
			.param("recurrence", "ONCE")
			.param("firstOn", today.toString())
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(bad).hasStatusOk().hasViewName("training/reminders");
		assertThat(FormErrors.fieldErrors(bad, "form")).containsOnly(
				Map.entry("subject", "Give the reminder a subject."),
				Map.entry("message", "Keep the reminder under 2,000 characters: short reminders get read."));
		MvcTestResult onToday = this.mvc.post()
			.uri("/training/reminders")
			.param("subject", "s")
			.param("message", "m")
			.param("audience", "STAFF")
			.param("recurrence", "ONCE")
			.param("firstOn", today.toString())
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(FormErrors.fieldErrors(onToday, "form")).containsOnly(Map.entry("firstOn",
				"Choose tomorrow or a later date: today's reminders went out when the day began."));
		assertThat(this.mvc.post()
			.uri("/training/reminders")
			.param("subject", "s")
			.param("audience", "EVERYBODY")
			.with(csrf())
			.with(officer.signedIn())).hasStatusOk();

		String token = "Bearer " + this.members.apiToken(officer);
		assertThat(this.mvc.post()
			.uri("/api/v1/training/reminders")
			.header(HttpHeaders.AUTHORIZATION, token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"subject\": \"Lock your screen\", \"message\": \"Windows key + L.\", \"audience\": \"STAFF\", "
					+ "\"recurrence\": \"MONTHLY\", \"firstOn\": \"" + today.plusDays(2) + "\"}"))
			.hasStatus(HttpStatus.CREATED);
		assertThat(this.mvc.post()
			.uri("/api/v1/training/reminders")
			.header(HttpHeaders.AUTHORIZATION, token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"subject\": \"s\", \"message\": \"m\", \"audience\": \"STAFF\", \"recurrence\": \"ONCE\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors.firstOn")
			.isEqualTo("Give the first day it is sent.");
		String id = this.reminders.reminders(officer.practiceId()).get(0).id().toString();
		assertThat(this.mvc.post()
			.uri("/api/v1/training/reminders/" + id + "/stop")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.members.apiToken(staff)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/training/reminders/" + id + "/stop").with(csrf()).with(officer.signedIn()))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "The reminder \"Lock your screen\" was stopped; what was sent stays recorded.");
		assertThat(this.mvc.post()
			.uri("/api/v1/training/reminders/" + id + "/stop")
			.header(HttpHeaders.AUTHORIZATION, token)).hasStatus(HttpStatus.CONFLICT);
		this.reminders.dayBegan(officer.practiceId(), today.plusDays(2));
		assertThat(received(officer, staff)).isEmpty();
		assertThat(this.mvc.get().uri("/api/v1/training/reminders/sent").header(HttpHeaders.AUTHORIZATION, token))
			.hasStatusOk()
			.hasHeader("X-Total-Count", "0");
	}

	/**
	 * The day's listener failed after the e-mails went out (its transaction rolled back):
	 * the event is republished, possibly on another node, and nobody gets the reminder
	 * twice; the schedule still moves on.
	 */
	@Test
	void aDayRetriedAfterAFailureDoesNotEmailThePeopleAgain() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		LocalDate tomorrow = this.training.today(officer.actor()).plusDays(1);
		this.reminders.schedule(officer.actor(), new ReminderForm("Lock your screen", "Windows key + L.",
				SecurityReminder.Audience.WORKFORCE, SecurityReminder.Recurrence.MONTHLY, tomorrow));
		new TransactionTemplate(this.transactions).executeWithoutResult((failed) -> {
			this.reminders.dayBegan(officer.practiceId(), tomorrow);
			failed.setRollbackOnly();
		});
		smtp.waitForIncomingEmail(5000, 2);
		assertThat(received(officer, staff)).hasSize(2);
		assertThat(this.reminders.reminders(officer.practiceId())).singleElement()
			.satisfies((r) -> assertThat(r.nextOn()).isEqualTo(tomorrow));

		this.reminders.dayBegan(officer.practiceId(), tomorrow);
		assertThat(received(officer, staff)).hasSize(2);
		assertThat(this.reminders.sendings(officer.practiceId(), 0)).singleElement()
			.satisfies((sending) -> assertThat(sending.delivered()).isEqualTo(2));
		assertThat(this.reminders.reminders(officer.practiceId())).singleElement()
			.satisfies((r) -> assertThat(r.nextOn()).isEqualTo(tomorrow.plusMonths(1)));
	}

	private static List<MimeMessage> received(TestMember... people) {
		List<String> addresses = Arrays.stream(people).map((p) -> p.email().toLowerCase()).toList();
		return Arrays.stream(smtp.getReceivedMessages()).filter((m) -> {
			try {
				return addresses.contains(m.getRecipients(Message.RecipientType.TO)[0].toString().toLowerCase());
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
