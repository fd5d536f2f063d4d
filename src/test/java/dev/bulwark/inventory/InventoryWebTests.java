package dev.bulwark.inventory;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.WebSession;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The inventory pages: roles, CSRF, field errors, per-row import errors, other practices'
 * ids.
 */
@BulwarkIntegrationTest
class InventoryWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	AssetService assets;

	@Autowired
	NetworkService network;

	private AssetDetails laptop(TestMember member) {
		return this.assets.create(member.practiceId(),
				new AssetForm("Dr Lee laptop", AssetKind.LAPTOP, "Dr Lee", null, null, null, "Windows 11", null, null,
						null, null, EphiUse.STORES, Answer.NO, null, null, Answer.YES, PatchStatus.CURRENT, null,
						Answer.YES, null, null, null));
	}

	@Test
	void everyPageRendersForTheSecurityOfficer() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		AssetDetails laptop = laptop(officer);
		NetworkSegmentDetails guest = this.network.createSegment(officer.practiceId(),
				new NetworkSegmentForm("Guest Wi-Fi", SegmentKind.GUEST, Answer.NO, null));
		DataFlowDetails flow = this.network.createFlow(officer.practiceId(),
				new DataFlowForm(PartyType.ASSET, laptop.id(), null, PartyType.VENDOR, null, "Acme Lab", "lab orders",
						FlowChannel.EMAIL, Answer.NO, null));
		for (String page : new String[] { "/inventory/assets", "/inventory/assets/new",
				"/inventory/assets/" + laptop.id(), "/inventory/assets/" + laptop.id() + "/edit",
				"/inventory/assets/" + laptop.id() + "/retire", "/inventory/assets/import", "/inventory/flows",
				"/inventory/flows/new", "/inventory/flows/" + flow.id() + "/edit", "/inventory/segments",
				"/inventory/segments/new", "/inventory/segments/" + guest.id() + "/edit", "/inventory/findings",
				"/inventory/findings?status=RESOLVED", "/inventory/diagram", "/" }) {
			assertThat(this.mvc.get().uri(page).with(officer.signedIn())).as(page).hasStatusOk();
		}
		assertThat(this.mvc.get().uri("/inventory/assets/" + laptop.id()).with(officer.signedIn())).bodyText()
			.contains("Unencrypted ePHI on Dr Lee laptop")
			.contains("164.312(a)(2)(iv)");
		assertThat(this.mvc.get().uri("/inventory/diagram").with(officer.signedIn())).bodyText()
			.contains("not encrypted")
			.contains("Acme Lab");
		assertThat(this.mvc.get().uri("/").with(officer.signedIn())).bodyText().contains("Systems inventory");
	}

	@Test
	void staffCannotOpenTheInventoryAndAuditorsCannotChangeIt() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		TestMember auditor = this.members.colleague(officer, Role.AUDITOR);
		TestMember technician = this.members.colleague(officer, Role.MSP_TECHNICIAN);
		assertThat(this.mvc.get().uri("/inventory/assets").with(staff.signedIn())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/inventory/assets").with(auditor.signedIn())).hasStatusOk();
		assertThat(this.mvc.get().uri("/inventory/assets/new").with(auditor.signedIn()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/inventory/assets")
			.param("name", "Sneaky")
			.param("kind", "LAPTOP")
			.with(csrf())
			.with(auditor.signedIn())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/inventory/review").with(csrf()).with(auditor.signedIn()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/inventory/assets")
			.param("name", "Tech laptop")
			.param("kind", "LAPTOP")
			.with(csrf())
			.with(technician.signedIn())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/inventory/assets").with(auditor.signedIn())).bodyText()
			.contains("Tech laptop")
			.doesNotContain("Sneaky");
	}

	@Test
	void formsWithoutACsrfTokenAreRejected() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		WebSession browser = new WebSession(this.mvc).signIn(officer.email(), officer.password(),
				officer.currentCode());
		assertThat(browser.get("/inventory/assets")).hasStatusOk();
		assertThat(browser.postWithoutCsrf("/inventory/assets", "name", "Forged", "kind", "LAPTOP"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(browser.postWithoutCsrf("/inventory/review")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(browser.get("/inventory/assets")).bodyText().doesNotContain("Forged");
		assertThat(browser.post("/inventory/assets", "name", "Real", "kind", "LAPTOP")).hasStatus(HttpStatus.FOUND);
		assertThat(browser.get("/inventory/assets")).bodyText().contains("Real");
	}

	@Test
	void fieldErrorsAppearNextToTheirFields() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		var result = this.mvc.post()
			.uri("/inventory/assets")
			.param("name", " ")
			.param("kind", "")
			.param("macAddress", "nonsense")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk();
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).containsPattern("<p class=\"field-error\" id=\"name-error\">Enter a name")
			.containsPattern("id=\"kind-error\">Choose what kind of asset this is.")
			.containsPattern("id=\"macAddress-error\">Write the MAC address")
			.containsPattern("<input[^>]*aria-describedby=\"name-hint name-error\"[^>]*id=\"name\"");
	}

	@Test
	void anotherPracticesNetworkCannotBeChosen() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember other = this.members.newPractice(Role.SECURITY_OFFICER);
		NetworkSegmentDetails foreign = this.network.createSegment(other.practiceId(),
				new NetworkSegmentForm("Their clinical", SegmentKind.CLINICAL, Answer.YES, null));
		var result = this.mvc.post()
			.uri("/inventory/assets")
			.param("name", "Smuggled")
			.param("kind", "LAPTOP")
			.param("segmentId", foreign.id().toString())
			.param("status", "DISPOSED")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("id=\"segmentId-error\">That network segment does not exist in this practice.")
			.contains("id=\"status-error\">To dispose of an asset, use");
		assertThat(this.mvc.get().uri("/inventory/assets").with(officer.signedIn())).bodyText()
			.doesNotContain("Smuggled");
	}

	@Test
	void flowFormsNeedBothEnds() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		var result = this.mvc.post()
			.uri("/inventory/flows")
			.param("fromType", "ASSET")
			.param("toType", "VENDOR")
			.param("channel", "EMAIL")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("Choose the system the data comes from.")
			.contains("Name who receives the data");
	}

	@Test
	void importShowsEachRejectionAndSavesNothing() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MockMultipartFile file = new MockMultipartFile("file", "inventory.csv", "text/csv", """
				name,kind,ephi,encryption
				Front PC,workstation,accesses,yes
				Mystery,toaster,no,no
				""".getBytes(StandardCharsets.UTF_8));
		var result = this.mvc.post()
			.uri("/inventory/assets/import")
			.multipart()
			.file(file)
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("Nothing was imported")
			.contains("kind: &quot;toaster&quot; is not a kind Bulwark knows");
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("data-line=\"3\"");
		assertThat(this.mvc.get().uri("/inventory/assets").with(officer.signedIn())).bodyText()
			.doesNotContain("Front PC");
	}

	@Test
	void anotherPracticesAssetLooksMissing() {
		TestMember victim = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember other = this.members.newPractice(Role.SECURITY_OFFICER);
		AssetDetails laptop = laptop(victim);
		assertThat(this.mvc.get().uri("/inventory/assets/" + laptop.id()).with(other.signedIn()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/inventory/assets/" + UUID.randomUUID()).with(other.signedIn()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/inventory/assets").with(other.signedIn())).bodyText()
			.doesNotContain("Dr Lee laptop");
	}

	@Test
	void unreadableFiltersAreIgnored() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		laptop(officer);
		assertThat(this.mvc.get().uri("/inventory/assets?kind=TOASTER&segment=nope").with(officer.signedIn()))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/inventory/findings?status=BOGUS").with(officer.signedIn())).hasStatusOk();
		assertThat(this.mvc.get()
			.uri("/inventory/assets?kind=LAPTOP&q=lee")
			.header("HX-Request", "true")
			.with(officer.signedIn())).bodyText().contains("id=\"asset-results\"").doesNotContain("<html");
	}

	@Test
	void markingTheInventoryReviewedRecordsWhoAndWhen() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		laptop(officer);
		assertThat(this.mvc.get().uri("/inventory/assets").with(officer.signedIn())).bodyText()
			.contains("The inventory has never been reviewed.");
		assertThat(this.mvc.post()
			.uri("/inventory/review")
			.param("notes", "Walked the office")
			.with(csrf())
			.with(officer.signedIn())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/inventory/assets").with(officer.signedIn())).bodyText()
			.doesNotContain("never been reviewed")
			.contains("Last reviewed")
			.contains(officer.email());
	}

}
