package dev.bulwark.contingency;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contingency pages that list every system (the overview and the criticality
 * analysis) are paged like the API (issue 8): 100 systems per page, in restore order,
 * with a link to the next page; every system appears on exactly one page.
 */
@BulwarkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContingencyPagesArePagedTests {

	private static final Pattern OVERVIEW_ROW = Pattern.compile("data-system=\"(PC \\d{3})\"");

	private static final Pattern CRITICALITY_ROW = Pattern.compile("<td>(?:<span>)?(PC \\d{3})</");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	private TestMember officer;

	@BeforeAll
	void fillOnePractice() {
		this.officer = this.members.newPractice(Role.SECURITY_OFFICER);
		String token = "Bearer " + this.members.apiToken(this.officer);
		// 130 systems, the first 120 with ePHI: more than a page on both pages.
		StringBuilder csv = new StringBuilder("name,kind,ephi,encryption\n");
		for (int i = 0; i < 130; i++) {
			csv.append(String.format("PC %03d,workstation,%s,yes%n", i, (i < 120) ? "stores" : "none"));
		}
		assertThat(this.mvc.post()
			.uri("/api/v1/assets/import")
			.header(HttpHeaders.AUTHORIZATION, token)
			.contentType("text/csv")
			.content(csv.toString().getBytes(StandardCharsets.UTF_8))).hasStatusOk();
	}

	@Test
	void theOverviewShowsOneHundredSystemsAPageAndLinksToTheNext() {
		Set<String> first = rows("/contingency", OVERVIEW_ROW);
		Set<String> second = rows("/contingency?page=1", OVERVIEW_ROW);
		assertThat(first).hasSize(100);
		assertThat(second).hasSize(20).doesNotContainAnyElementsOf(first);
		assertThat(html("/contingency")).containsPattern("href=\"/contingency\\?page=1\"").contains("Page 1 of 2");
		assertThat(html("/contingency?page=1")).containsPattern("href=\"/contingency\\?page=0\"")
			.doesNotContain("href=\"/contingency?page=2\"");
	}

	@Test
	void theCriticalityAnalysisShowsOneHundredSystemsAPageAndLinksToTheNext() {
		Set<String> first = rows("/contingency/criticality", CRITICALITY_ROW);
		Set<String> second = rows("/contingency/criticality?page=1", CRITICALITY_ROW);
		assertThat(first).hasSize(100);
		assertThat(second).hasSize(30).doesNotContainAnyElementsOf(first);
		// The systems without ePHI come after the 120 with it.
		assertThat(second).contains("PC 129", "PC 100");
		assertThat(html("/contingency/criticality")).containsPattern("href=\"/contingency/criticality\\?page=1\"");
	}

	private Set<String> rows(String uri, Pattern row) {
		Set<String> names = new HashSet<>();
		Matcher m = row.matcher(html(uri));
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	private String html(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).with(this.officer.signedIn()).exchange();
		assertThat(result).as(uri).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
