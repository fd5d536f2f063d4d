package dev.bulwark;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main list is paged, on its page and in the API (issue 8): with more rows than a
 * page holds, the API answers one page with the total in {@code X-Total-Count} and the
 * rest on {@code page=1}, and the page shows at most a page of rows with a link to the
 * next. One practice is filled once for all the lists.
 */
@BulwarkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListsArePagedTests {

	private static final Pattern UUID_LINK = Pattern.compile("href=\"(/[a-z/-]+/)([0-9a-f]{8}-[0-9a-f-]{27})\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	private TestMember officer;

	private String token;

	@BeforeAll
	void fillOnePractice() {
		this.officer = this.members.newPractice(Role.SECURITY_OFFICER);
		this.token = "Bearer " + this.members.apiToken(this.officer);
		// 130 assets, the first 60 storing ePHI unencrypted: more than a page of each.
		StringBuilder csv = new StringBuilder("name,kind,ephi,encryption\n");
		for (int i = 0; i < 130; i++) {
			csv.append(String.format("PC %03d,workstation,%s,%s%n", i, (i < 60) ? "stores" : "none",
					(i < 60) ? "no" : "yes"));
		}
		assertThat(this.mvc.post()
			.uri("/api/v1/assets/import")
			.header(HttpHeaders.AUTHORIZATION, this.token)
			.contentType("text/csv")
			.content(csv.toString().getBytes(StandardCharsets.UTF_8))).hasStatusOk();
		for (int i = 0; i < 105; i++) {
			create("/api/v1/risks", "{\"title\": \"Risk %03d\", \"likelihood\": \"LOW\", \"impact\": \"LOW\"}", i);
		}
		String due = LocalDate.now().plusDays(30).toString();
		for (int i = 0; i < 55; i++) {
			create("/api/v1/tasks", "{\"title\": \"Task %03d\", \"dueOn\": \"" + due + "\", \"repeats\": \"NEVER\"}",
					i);
			create("/api/v1/vendors", "{\"name\": \"Vendor %03d\", \"riskTier\": \"LOW\"}", i);
			create("/api/v1/incidents",
					"{\"what\": \"Incident %03d\", \"happenedOn\": \"2025-01-01\", \"noticedBy\": \"Front desk\"}", i);
			assertThat(this.mvc.post()
				.uri("/api/v1/training/records/outside")
				.multipart()
				.param("personName", "Trainee " + i)
				.param("course", "Privacy basics")
				.param("provider", "Community college")
				.param("completedOn", "2025-01-01")
				.param("hours", "1")
				.header(HttpHeaders.AUTHORIZATION, this.token)).hasStatus(HttpStatus.CREATED);
		}
		for (int i = 0; i < 105; i++) {
			create("/api/v1/staff", "{\"name\": \"Person %03d\", \"workforceType\": \"EMPLOYEE\"}", i);
		}
	}

	private void create(String uri, String json, int i) {
		assertThat(this.mvc.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, this.token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.formatted(i))).hasStatus(HttpStatus.CREATED);
	}

	@Test
	void theApiAnswersOnePageWithTheTotalAndTheRestOnTheNext() {
		apiPaged("/api/v1/assets", 100, 130);
		apiPaged("/api/v1/findings", 50, 60);
		apiPaged("/api/v1/risks", 100, 105);
		apiPaged("/api/v1/tasks", 50, 55);
		apiPaged("/api/v1/vendors", 50, 55);
		apiPaged("/api/v1/incidents", 50, 55);
		apiPaged("/api/v1/training/records/outside", 50, 55);
		apiPaged("/api/v1/staff", 100, 105);
		apiPaged("/api/v1/audit-entries", 50, 100);
	}

	@Test
	void pagesShowAtMostAPageOfRowsAndLinkToTheNext() {
		pagePaged("/inventory/assets", "/inventory/assets/", 100);
		pagePaged("/inventory/findings", null, 50);
		pagePaged("/risks", "/risks/", 100);
		pagePaged("/tasks", null, 50);
		pagePaged("/vendors", "/vendors/", 50);
		pagePaged("/incidents", "/incidents/", 50);
		pagePaged("/training/outside", null, 50);
		pagePaged("/staff", "/staff/", 100);
		pagePaged("/audit", null, 50);
	}

	/** At least {@code atLeast} rows exist; page 0 is full, page 1 holds the rest. */
	private void apiPaged(String uri, int size, int atLeast) {
		MvcTestResult first = this.mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, this.token).exchange();
		assertThat(first).as(uri).hasStatusOk();
		long total = Long.parseLong(first.getResponse().getHeader("X-Total-Count"));
		assertThat(total).as(uri + " total").isGreaterThanOrEqualTo(atLeast);
		assertThat(first).bodyJson().extractingPath("$").asArray().as(uri).hasSize(size);
		MvcTestResult second = this.mvc.get()
			.uri(uri + "?page=1")
			.header(HttpHeaders.AUTHORIZATION, this.token)
			.exchange();
		assertThat(second).bodyJson()
			.extractingPath("$")
			.asArray()
			.as(uri + "?page=1")
			.hasSize((int) Math.min(size, total - size));
	}

	/**
	 * The page links to page 1 and, where each row links to its record under
	 * {@code rowPrefix}, shows no more than a page of distinct records.
	 */
	private void pagePaged(String uri, String rowPrefix, int size) {
		MvcTestResult result = this.mvc.get().uri(uri).with(this.officer.signedIn()).exchange();
		assertThat(result).as(uri).hasStatusOk();
		String html = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(html).as(uri + " links to the next page").containsPattern("href=\"" + uri + "\\?[^\"]*page=1[\"&]");
		if (rowPrefix != null) {
			Set<String> rows = new HashSet<>();
			Matcher m = UUID_LINK.matcher(html);
			while (m.find()) {
				if (m.group(1).equals(rowPrefix)) {
					rows.add(m.group(2));
				}
			}
			assertThat(rows).as(uri + " rows").isNotEmpty().hasSizeLessThanOrEqualTo(size);
		}
		assertThat(this.mvc.get().uri(uri + "?page=1").with(this.officer.signedIn())).as(uri + "?page=1").hasStatusOk();
	}

}
