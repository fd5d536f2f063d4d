package dev.bulwark.evidence;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads through the real server (MockMvc skips multipart parsing). Over the limit, the
 * container refuses the file unread, and the page and the API still answer 413 with a
 * plain message, not 403 or a bare error; the limit is set low here to keep the test
 * light, and follows {@code bulwark.evidence.max-size} exactly as in production. The
 * evidence panel is used as another module's page uses it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bulwark.test.context=upload-limit", "bulwark.evidence.max-size=64KB",
				"spring.servlet.multipart.max-request-size=1MB" })
@Import({ TestMembers.class, EvidenceUploadLimitTests.RecordPage.class })
class EvidenceUploadLimitTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern UPLOAD_FORM = Pattern
		.compile("<form action=\"/evidence\" method=\"post\"\\s+enctype=\"multipart/form-data\"");

	@LocalServerPort
	int port;

	@Autowired
	TestMembers members;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void theApiAnswers413WithTheLimitForAFileOverIt() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = this.members.apiToken(officer);
		HttpResponse<String> tooLarge = send(
				multipart("/api/v1/evidence", pdf(100 * 1024), null).header("Authorization", "Bearer " + token));
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("The file is larger than this server accepts (64KB).")
			.contains("\"errors\"");
		HttpResponse<String> fits = send(
				multipart("/api/v1/evidence", pdf(60 * 1024), null).header("Authorization", "Bearer " + token));
		assertThat(fits.statusCode()).isEqualTo(201);
	}

	@Test
	void thePageAnswers413WithAPlainMessageAndNotForbidden() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		signIn(officer);
		String page = send(get("/evidence/new")).body();
		assertThat(UPLOAD_FORM.matcher(page).find()).isTrue();

		// The container refuses the body unread (the form's token with it), and says so.
		HttpResponse<String> tooLarge = send(
				multipart("/evidence", pdf(100 * 1024), csrf(page)).header("Accept", "text/html"));
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("That file is too large").contains("choose a smaller file");

		HttpResponse<String> fits = send(multipart("/evidence", pdf(60 * 1024), csrf(page)));
		assertThat(fits.statusCode()).isEqualTo(302);
		assertThat(fits.headers().firstValue("Location").orElse("")).contains("/evidence/");
	}

	@Test
	void thePanelOnARecordsPageUploadsForThatRecordAndComesBack() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		signIn(officer);
		java.util.UUID asset = java.util.UUID.randomUUID();
		String page = send(get("/test/record/" + asset)).body();
		assertThat(page).contains("No evidence attached yet.")
			.contains("name=\"ownerType\" value=\"asset\"")
			.contains("name=\"ownerId\" value=\"" + asset + "\"")
			.contains("name=\"returnTo\" value=\"/test/record/" + asset + "\"");
		assertThat(UPLOAD_FORM.matcher(page).find()).isTrue();
		String boundary = "panel-boundary";
		String fields = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf(page)
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"ownerType\"\r\n\r\nasset\r\n" + "--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"ownerId\"\r\n\r\n" + asset + "\r\n" + "--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"returnTo\"\r\n\r\n/test/record/" + asset
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"mfa.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(fields.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(EvidenceFiles.png());
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> uploaded = send(HttpRequest.newBuilder(uri("/evidence"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
		assertThat(uploaded.statusCode()).isEqualTo(302);
		assertThat(uploaded.headers().firstValue("Location").orElse("")).endsWith("/test/record/" + asset);
		String after = send(get("/test/record/" + asset)).body();
		Matcher download = Pattern.compile("href=\"(/evidence/[0-9a-f-]{36}/download)\">mfa</a>").matcher(after);
		assertThat(download.find()).as(after).isTrue();
		HttpResponse<byte[]> file = this.http.send(get(download.group(1)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).isEqualTo(EvidenceFiles.png());
	}

	/** Another module's record page with the evidence panel on it. */
	@Controller
	static class RecordPage {

		private final EvidenceStore store;

		RecordPage(EvidenceStore store) {
			this.store = store;
		}

		@GetMapping("/test/record/{id}")
		@Permitted(Permission.EVIDENCE_READ)
		String show(@PathVariable java.util.UUID id, Model model) {
			model.addAttribute("evidencePanel",
					this.store.panel(CurrentActor.practiceId(), EvidenceOwner.of("asset", id), "/test/record/" + id));
			return "evidence-test/host";
		}

	}

	private void signIn(TestMember member) throws Exception {
		String login = send(get("/login")).body();
		send(form("/login", "username=" + member.email() + "&password=" + member.password().replace(' ', '+')
				+ "&_csrf=" + csrf(login)));
		String mfa = send(get("/mfa")).body();
		HttpResponse<String> signedIn = send(form("/mfa/totp", "code=" + member.currentCode() + "&_csrf=" + csrf(mfa)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
	}

	private static byte[] pdf(int size) {
		byte[] content = Arrays.copyOf(EvidenceFiles.pdf("scan"), size);
		Arrays.fill(content, EvidenceFiles.pdf("scan").length, size, (byte) ' ');
		return content;
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF_FIELD.matcher(html);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET();
	}

	private HttpRequest.Builder form(String path, String body) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpRequest.Builder multipart(String path, byte[] file, String csrf) {
		String boundary = "bulwark-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (csrf != null) {
			body.writeBytes(
					("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
						.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nScan\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\""
				+ "\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
