package dev.bulwark.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.bulwark.BrowserTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar journey in real Chromium: a task overdue shows on the dashboard and its
 * reminder arrives by e-mail (GreenMail); completing it with an evidence file opens the
 * next occurrence; the audit binder downloads and every checksum of its manifest matches.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "bulwark.test.context=calendar-browser", "spring.mail.host=127.0.0.1",
		"bulwark.mail.from=bulwark@clinic.example" })
@Import(TestMembers.class)
class CalendarJourneyBrowserTests extends BrowserTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	TestMembers members;

	@Autowired
	Tasks tasks;

	@Autowired
	Reminders reminders;

	@Test
	void anOverdueTaskIsShownAndMailedThenDoneWithEvidenceAndTheBinderChecksOut() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		LocalDate today = this.tasks.today(officer.practiceId());
		LocalDate due = today.minusDays(2);
		TaskSummary task = this.tasks.add(officer.actor(),
				new TaskForm("Test restoring the charting backup", null, due, null, Repeat.MONTHLY));

		// The practice's day begins: the overdue reminder goes out over SMTP.
		this.reminders.send(officer.practiceId(), today);
		List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages()).filter((m) -> {
			try {
				return m.getAllRecipients()[0].toString().equalsIgnoreCase(officer.email());
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).startsWith("Overdue: 1 task");
		assertThat(GreenMailUtil.getBody(mails.get(0))).contains("Overdue: Test restoring the charting backup");

		signIn(officer);
		open("/");
		waitForText("Overdue and coming up");
		assertThat(pageText()).contains("Overdue (1)").contains("Test restoring the charting backup");

		this.browser.findElement(By.linkText("Test restoring the charting backup")).click();
		waitForText("Mark as done");
		Path report = Files.createTempFile("restore-test-report", ".pdf");
		Files.write(report, pdf("Restore test: all files back in 14 minutes"));
		type("note", "Restored last night's backup to the spare PC");
		field("file").sendKeys(report.toAbsolutePath().toString());
		type("evidenceTitle", "Restore test report");
		press("Mark as done");
		LocalDate next = due.plusMonths(1);
		waitForText("Done. The next occurrence is due " + next + ".");
		assertThat(this.tasks.get(officer.actor(), task.id()).completedOn()).isEqualTo(today);

		open("/");
		waitForText("Overdue and coming up");
		assertThat(pageText()).doesNotContain("Overdue (1)");

		open("/binder");
		press("Prepare the audit binder");
		this.wait.withTimeout(java.time.Duration.ofSeconds(120))
			.until((driver) -> !driver.findElements(By.linkText("Download ZIP")).isEmpty());
		WebElement download = this.browser.findElement(By.linkText("Download ZIP"));
		byte[] zip = fetch(download.getDomAttribute("href"));

		Map<String, byte[]> files = unzip(zip);
		String manifestName = files.keySet()
			.stream()
			.filter((name) -> name.endsWith("manifest-sha256.txt"))
			.findFirst()
			.orElseThrow();
		String root = manifestName.substring(0, manifestName.length() - "manifest-sha256.txt".length());
		List<String> lines = new String(files.get(manifestName), StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).isNotEmpty();
		for (String line : lines) {
			String sha = line.substring(0, 64);
			String path = line.substring(66);
			assertThat(files).as(path).containsKey(root + path);
			assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(files.get(root + path))))
				.as("checksum of " + path)
				.isEqualTo(sha);
		}
		assertThat(lines).anyMatch((line) -> line.contains("calendar"));
	}

	private byte[] fetch(String href) throws IOException, InterruptedException {
		Cookie session = this.browser.manage().getCookieNamed("BULWARK_SESSION");
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href.startsWith("http") ? href : url(href)))
				.header("Cookie", "BULWARK_SESSION=" + session.getValue())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (!entry.isDirectory()) {
					files.put(entry.getName(), in.readAllBytes());
				}
			}
		}
		return files;
	}

	private static byte[] pdf(String text) {
		return ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% " + text + "\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	private void signIn(TestMember member) {
		open("/login");
		type("username", member.email());
		type("password", member.password());
		press("Continue");
		waitForPath("/mfa");
		type("code", member.currentCode());
		press("Sign in");
		waitForText(member.practiceName());
	}

}
