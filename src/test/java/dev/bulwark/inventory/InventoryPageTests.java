package dev.bulwark.inventory;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.FormErrors;
import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.PlainWordsPages;
import dev.bulwark.WebSession;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.validation.BindingResult;

import static dev.bulwark.inventory.InventoryFixtures.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The inventory pages: the view and model each answer shows, the exact message next to
 * each field, flash messages after a change, roles, CSRF and edited addresses.
 */
@BulwarkIntegrationTest
class InventoryPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	AssetService assets;

	@Autowired
	NetworkService network;

	@Autowired
	Inventory inventory;

	@Autowired
	JdbcClient jdbc;

	private AssetDetails laptop(TestMember member) {
		return this.assets.add(actor(member),
				new AssetForm("Dr Lee laptop", AssetKind.LAPTOP, "Dr Lee", null, null, null, "Windows 11", null, null,
						null, null, EphiUse.STORES, Answer.NO, null, null, Answer.YES, PatchStatus.CURRENT, null,
						Answer.YES, null, null, null));
	}

	// Every page, every role

	@Test
	void everyPageRendersForTheSecurityOfficer() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		AssetDetails laptop = laptop(officer);
		NetworkSegmentDetails guest = this.network.addSegment(actor(officer),
				new NetworkSegmentForm("Guest Wi-Fi", SegmentKind.GUEST, Answer.NO, null));
		DataFlowDetails flow = this.network.addFlow(actor(officer), new DataFlowForm(PartyType.ASSET, laptop.id(), null,
				PartyType.VENDOR, null, "Acme Lab", "lab orders", FlowChannel.EMAIL, Answer.NO, null));
		Map<String, String> views = new LinkedHashMap<>();
		views.put("/inventory/assets", "inventory/assets");
		views.put("/inventory/assets/new", "inventory/asset-form");
		views.put("/inventory/assets/" + laptop.id(), "inventory/asset");
		views.put("/inventory/assets/" + laptop.id() + "/edit", "inventory/asset-form");
		views.put("/inventory/assets/" + laptop.id() + "/retire", "inventory/retire");
		views.put("/inventory/assets/import", "inventory/import");
		views.put("/inventory/flows", "inventory/flows");
		views.put("/inventory/flows/new", "inventory/flow-form");
		views.put("/inventory/flows/" + flow.id() + "/edit", "inventory/flow-form");
		views.put("/inventory/segments", "inventory/segments");
		views.put("/inventory/segments/new", "inventory/segment-form");
		views.put("/inventory/segments/" + guest.id() + "/edit", "inventory/segment-form");
		views.put("/inventory/findings", "inventory/findings");
		views.put("/inventory/findings?status=RESOLVED", "inventory/findings");
		views.put("/inventory/diagram", "inventory/diagram");
		views.forEach((page, view) -> assertThat(this.mvc.get().uri(page).with(officer.signedIn())).as(page)
			.hasStatusOk()
			.hasViewName(view));
		assertThat(this.mvc.get().uri("/inventory/assets/" + laptop.id()).with(officer.signedIn())).bodyText()
			.contains("Unencrypted patient data on Dr Lee laptop")
			.doesNotContain("164.312(a)(2)(iv)");
		assertThat(this.mvc.get().uri("/inventory/diagram").with(officer.signedIn())).bodyText()
			.contains("not encrypted")
			.contains("Acme Lab");
		assertThat(this.mvc.get().uri("/").with(officer.signedIn())).bodyText().contains("Systems inventory");
	}

	@Test
	void theDataFlowPagesAndTheDiagramSpeakPlainlyUntilTheAuditorViewIsOn() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		AssetDetails laptop = laptop(officer);
		DataFlowDetails flow = this.network.addFlow(actor(officer), new DataFlowForm(PartyType.ASSET, laptop.id(), null,
				PartyType.VENDOR, null, "Acme Lab", "lab orders", FlowChannel.EMAIL, Answer.NO, null));
		List<String> pages = List.of("/inventory/flows", "/inventory/flows/new",
				"/inventory/flows/" + flow.id() + "/edit", "/inventory/segments", "/inventory/diagram");
		for (String page : pages) {
			PlainWordsPages.assertPlain(html(officer, page));
		}
		assertThat(PlainWordsPages.readerText(html(officer, "/inventory/diagram"))).contains("Stored unencrypted")
			.contains("Acme Lab");
		assertThat(this.mvc.get().uri("/inventory/diagram.svg").with(officer.signedIn())).bodyText()
			.doesNotContain("ePHI")
			.contains("Data-flow diagram of patient data");

		this.members.showAuditorDetails(officer);
		PlainWordsPages.assertCites(html(officer, "/inventory/flows"), "164.312(e)(1)");
		assertThat(PlainWordsPages.readerText(html(officer, "/inventory/diagram"))).contains("ePHI not encrypted");
		assertThat(PlainWordsPages.readerText(html(officer, "/inventory/flows/new"))).contains("What ePHI travels");
	}

	private String html(TestMember member, String page) throws Exception {
		var result = this.mvc.get().uri(page).with(member.signedIn()).exchange();
		assertThat(result).as(page).hasStatusOk();
		return result.getResponse().getContentAsString();
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

	// Adding and changing assets

	@Test
	void anAddedAssetRedirectsToItsPageWithAMessage() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = this.mvc.post()
			.uri("/inventory/assets")
			.param("name", "  Reception PC  ")
			.param("kind", "WORKSTATION")
			.param("assignedTo", "   ")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "\"Reception PC\" was added to the inventory.");
		AssetSummary saved = this.inventory.assets(officer.practiceId(), AssetFilter.none(), 0).get(0);
		assertThat(result).redirectedUrl().isEqualTo("/inventory/assets/" + saved.id());
		assertThat(saved.name()).as("stripped by the web layer").isEqualTo("Reception PC");
		assertThat(saved.assignedTo()).as("blank becomes null").isNull();
	}

	@Test
	void aFormWithoutNameOrKindComesBackWithEachMessageNextToItsField() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = this.mvc.post()
			.uri("/inventory/assets")
			.param("name", " ")
			.param("kind", "")
			.param("macAddress", "nonsense")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk()
			.hasViewName("inventory/asset-form")
			.model()
			.containsKeys("form", "kindChoices", "segments", "answers", "statuses");
		assertThat(fieldErrors(result, "form")).containsOnly(
				Map.entry("name", "Enter a name, for example \"Front desk PC\"."),
				Map.entry("kind", "Choose what kind of asset this is."),
				Map.entry("macAddress", "Write the MAC address as six pairs of hex digits, e.g. 00:1A:2B:3C:4D:5E."));
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html)
			.contains("<p class=\"field-error\" id=\"name-error\">Enter a name, for example &quot;Front desk PC&quot;.")
			.contains("id=\"kind-error\">Choose what kind of asset this is.")
			.containsPattern("<input(?=[^>]*id=\"name\")(?=[^>]*aria-describedby=\"name-hint name-error\")[^>]*>");
		assertThat(this.inventory.countAssets(officer.practiceId(), AssetFilter.none())).isZero();
	}

	@Test
	void aNetworkOfAnotherPracticeIsAnUnknownNetwork() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember other = this.members.newPractice(Role.SECURITY_OFFICER);
		NetworkSegmentDetails foreign = this.network.addSegment(actor(other),
				new NetworkSegmentForm("Their clinical", SegmentKind.CLINICAL, Answer.YES, null));
		MvcTestResult result = this.mvc.post()
			.uri("/inventory/assets")
			.param("name", "Smuggled")
			.param("kind", "LAPTOP")
			.param("segmentId", foreign.id().toString())
			.param("status", "DISPOSED")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("inventory/asset-form");
		assertThat(fieldErrors(result, "form")).containsOnly(
				Map.entry("segmentId", "That network segment does not exist in this practice."),
				Map.entry("status", "To dispose of an asset, use \"Retire\" and record how its data was destroyed."));
		assertThat(result).bodyText()
			.contains("id=\"segmentId-error\">That network segment does not exist in this practice.")
			.doesNotContain("Their clinical");
		assertThat(this.inventory.countAssets(officer.practiceId(), AssetFilter.none())).isZero();
	}

	@Test
	void aDisposedAssetCannotBePutBackIntoUse() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		AssetDetails laptop = laptop(officer);
		this.assets.dispose(actor(officer), laptop.id(), new RetireForm(LocalDate.of(2025, 1, 2), "Shredded", "Pat"));
		MvcTestResult result = this.mvc.post()
			.uri("/inventory/assets/{id}", laptop.id())
			.param("name", "Dr Lee laptop")
			.param("kind", "LAPTOP")
			.param("status", "IN_USE")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("inventory/asset-form").model().containsKey("asset");
		assertThat(fieldErrors(result, "form")).containsOnly(Map.entry("status",
				"This asset was disposed of; it cannot be put back into use. Record a replacement as a new asset."));
		assertThat(this.inventory.asset(officer.practiceId(), laptop.id()).status()).isEqualTo(AssetStatus.DISPOSED);
	}

	@Test
	void aDateTypedAsDayMonthYearGetsThePlainMessageNotAJavaOne() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = this.mvc.post()
			.uri("/inventory/assets")
			.param("name", "Front PC")
			.param("kind", "WORKSTATION")
			.param("purchaseDate", "31/12/2025")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("inventory/asset-form");
		assertThat(result).model().extractingBindingResult("form").hasOnlyFieldErrors("purchaseDate");
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html)
			.contains("id=\"purchaseDate-error\">Enter a real date between 1900 and 2199 as year-month-day, "
					+ "for example 2026-03-31 (or pick it from the calendar).")
			.doesNotContain("Failed to convert")
			.doesNotContain("java.time")
			.contains("value=\"31/12/2025\"");
	}

	@Test
	void aPurchaseDateAfterThePracticesTodayIsAFieldError() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = this.mvc.post()
			.uri("/inventory/assets")
			.param("name", "Front PC")
			.param("kind", "WORKSTATION")
			.param("purchaseDate", LocalDate.now().plusDays(2).toString())
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("inventory/asset-form");
		assertThat(fieldErrors(result, "form"))
			.containsOnly(Map.entry("purchaseDate", "The purchase date cannot be in the future."));
	}

	// Retiring and re-use

	@Test
	void retiringTwiceShowsTheConflictAboveTheForm() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		AssetDetails laptop = laptop(officer);
		assertThat(retire(officer, laptop.id(), "2025-01-02")).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "\"Dr Lee laptop\" was retired and its disposal recorded.");
		MvcTestResult again = retire(officer, laptop.id(), "2025-01-03");
		assertThat(again).hasStatusOk().hasViewName("inventory/retire");
		BindingResult errors = bindingResult(again, "form");
		assertThat(errors.getGlobalErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getDefaultMessage())
				.isEqualTo("This asset was already disposed of on 2025-01-02."));
		assertThat(again).bodyText().contains("This asset was already disposed of on 2025-01-02.");
		assertThat(this.inventory.asset(officer.practiceId(), laptop.id()).disposedOn())
			.isEqualTo(LocalDate.of(2025, 1, 2));
	}

	@Test
	void aDisposalDateInTheFutureIsAFieldError() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		AssetDetails laptop = laptop(officer);
		MvcTestResult result = retire(officer, laptop.id(), LocalDate.now().plusDays(2).toString());
		assertThat(result).hasStatusOk().hasViewName("inventory/retire");
		assertThat(fieldErrors(result, "form"))
			.containsOnly(Map.entry("disposedOn", "The disposal date cannot be in the future."));
		assertThat(this.inventory.asset(officer.practiceId(), laptop.id()).active()).isTrue();
	}

	@Test
	void aReuseRecordWithMissingFieldsShowsTheAssetPageWithTheErrors() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		AssetDetails laptop = laptop(officer);
		MvcTestResult result = this.mvc.post()
			.uri("/inventory/assets/{id}/reuse", laptop.id())
			.param("reusedOn", "2025-01-01")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("inventory/asset").model().containsKeys("asset", "reuses");
		assertThat(fieldErrors(result, "reuse")).containsOnly(
				Map.entry("sanitizationMethod",
						"Say how the ePHI was removed, e.g. \"full wipe with the vendor's tool\"."),
				Map.entry("performedBy", "Enter who wiped it."));
		assertThat(this.inventory.reuses(officer.practiceId(), laptop.id())).isEmpty();
	}

	// Data flows and networks

	@Test
	void aFlowNeedsBothEnds() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = this.mvc.post()
			.uri("/inventory/flows")
			.param("fromType", "ASSET")
			.param("toType", "VENDOR")
			.param("channel", "EMAIL")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("inventory/flow-form").model().containsKey("assetChoices");
		assertThat(fieldErrors(result, "form")).containsOnly(
				Map.entry("fromAssetId", "Choose the system the data comes from."),
				Map.entry("toName", "Name who receives the data, e.g. the lab's name."));
	}

	@Test
	void aFlowFromAnotherPracticesSystemIsAnUnknownSystem() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		AssetDetails foreign = laptop(this.members.newPractice(Role.SECURITY_OFFICER));
		MvcTestResult result = this.mvc.post()
			.uri("/inventory/flows")
			.param("fromType", "ASSET")
			.param("fromAssetId", foreign.id().toString())
			.param("toType", "VENDOR")
			.param("toName", "Acme Lab")
			.param("channel", "EMAIL")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("inventory/flow-form");
		assertThat(fieldErrors(result, "form"))
			.containsOnly(Map.entry("fromAssetId", "That system does not exist in this practice."));
		assertThat(this.inventory.countDataFlows(officer.practiceId())).isZero();
	}

	@Test
	void aSecondNetworkWithTheSameNameIsAFieldError() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		this.network.addSegment(actor(officer), new NetworkSegmentForm("Guest Wi-Fi", SegmentKind.GUEST, null, null));
		MvcTestResult result = this.mvc.post()
			.uri("/inventory/segments")
			.param("name", " guest  wi-fi ")
			.param("kind", "GUEST")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("inventory/segment-form");
		assertThat(fieldErrors(result, "form"))
			.containsOnly(Map.entry("name", "Another network segment already has this name."));
	}

	// Import

	@Test
	void importShowsEachRejectionAndSavesNothing() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MockMultipartFile file = new MockMultipartFile("file", "inventory.csv", "text/csv", """
				name,kind,ephi,encryption
				Front PC,workstation,accesses,yes
				Mystery,toaster,no,no
				""".getBytes(StandardCharsets.UTF_8));
		MvcTestResult result = this.mvc.post()
			.uri("/inventory/assets/import")
			.multipart()
			.file(file)
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("inventory/import").model().containsKey("result");
		ImportResult imported = (ImportResult) result.getMvcResult().getModelAndView().getModel().get("result");
		assertThat(imported.saved()).isFalse();
		assertThat(imported.rejected()).singleElement()
			.satisfies((row) -> assertThat(row.line()).isEqualTo(3))
			.satisfies((row) -> assertThat(row.reason()).startsWith("kind: \"toaster\" is not a kind Bulwark knows"));
		assertThat(result).bodyText().contains("Nothing was imported");
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("data-line=\"3\"");
		assertThat(this.inventory.countAssets(officer.practiceId(), AssetFilter.none())).isZero();
	}

	@Test
	void aCleanImportGoesToTheListWithAMessage() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MockMultipartFile file = new MockMultipartFile("file", "inventory.csv", "text/csv",
				"name,kind,network_segment\nFront PC,workstation,Clinical\n".getBytes(StandardCharsets.UTF_8));
		assertThat(this.mvc.post()
			.uri("/inventory/assets/import")
			.multipart()
			.file(file)
			.with(csrf())
			.with(officer.signedIn())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/inventory/assets")
			.flash()
			.containsEntry("message", "Imported 1 asset and created 1 network named in the file.");
	}

	@Test
	void importWithoutAFileAsksForOne() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		MvcTestResult result = this.mvc.post()
			.uri("/inventory/assets/import")
			.multipart()
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("inventory/import");
		assertThat(fieldErrors(result, "form")).containsOnly(Map.entry("file", "Choose a CSV file to import."));
		assertThat(result).bodyText().contains("id=\"file-error\">Choose a CSV file to import.");
	}

	// The review

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
			.with(officer.signedIn())).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "The inventory was marked reviewed. The next review is due in 12 months.");
		assertThat(this.mvc.get().uri("/inventory/assets").with(officer.signedIn())).bodyText()
			.doesNotContain("never been reviewed")
			.contains("Last reviewed")
			.contains(officer.email());
	}

	@Test
	void reviewNotesThatAreTooLongComeBackOnTheList() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		laptop(officer);
		MvcTestResult result = this.mvc.post()
			.uri("/inventory/review")
			.param("notes", "x".repeat(1001))
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("inventory/assets").model().containsKeys("assets", "summary");
		assertThat(fieldErrors(result, "review"))
			.containsOnly(Map.entry("notes", "Keep the review notes under 1,000 characters."));
		assertThat(this.inventory.summary(officer.practiceId()).lastReview()).isNull();
	}

	@Test
	void datesAreShownInThePracticesTimeZone() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		this.jdbc.sql("update practice set time_zone = 'Pacific/Auckland' where id = :id")
			.param("id", officer.practiceId())
			.update();
		// 20:00 UTC on 1 March is already 2 March in Auckland.
		this.jdbc.sql("""
				insert into inv_review (practice_id, id, reviewed_at, reviewed_by_user_id, reviewed_by, notes)
				values (:p, :id, :at, null, 'Pat', null)""")
			.param("p", officer.practiceId())
			.param("id", UUID.randomUUID())
			.param("at", Timestamp.from(Instant.parse("2026-03-01T20:00:00Z")))
			.update();
		assertThat(this.mvc.get().uri("/inventory/assets").with(officer.signedIn())).bodyText()
			.contains("Last reviewed <span>2026-03-02</span>");
	}

	// Lists and edited addresses

	@Test
	void theFindingsPageShowsFiftyAtATime() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		StringBuilder csv = new StringBuilder("name,kind,ephi,encryption,backed_up,mfa\n");
		for (int i = 0; i < 30; i++) {
			csv.append("Cloud ").append(i).append(",cloud_service,stores,yes,no,no\n");
		}
		this.assets.importCsv(actor(officer), new StringReader(csv.toString()), false);
		int open = this.inventory.countFindings(officer.practiceId(), FindingStatus.OPEN);
		assertThat(open).as("MFA and backup for each, and the review").isEqualTo(61);
		MvcTestResult first = this.mvc.get().uri("/inventory/findings").with(officer.signedIn()).exchange();
		assertThat(first).hasStatusOk().model().containsEntry("page", 0).containsEntry("pages", 2);
		assertThat((java.util.List<?>) first.getMvcResult().getModelAndView().getModel().get("findings")).hasSize(50);
		assertThat(first).bodyText().contains("61 open findings").contains("Page 1 of 2");
		MvcTestResult second = this.mvc.get()
			.uri("/inventory/findings?status=OPEN&page=1")
			.with(officer.signedIn())
			.exchange();
		assertThat((java.util.List<?>) second.getMvcResult().getModelAndView().getModel().get("findings")).hasSize(11);
	}

	@Test
	void editedAddressesAnswer400WithAPlainMessage() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		laptop(officer);
		for (String address : new String[] { "/inventory/assets?page=21474837", "/inventory/assets?page=-1",
				"/inventory/assets?kind=TOASTER", "/inventory/assets?segment=nope",
				"/inventory/assets?segment=" + UUID.randomUUID(), "/inventory/findings?status=BOGUS",
				"/inventory/findings?page=-1", "/inventory/flows?page=21474837", "/inventory/segments?page=-1" }) {
			assertThat(this.mvc.get().uri(address).with(officer.signedIn())).as(address)
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasViewName("error")
				.bodyText()
				.doesNotContain("Exception");
		}
		assertThat(this.mvc.get().uri("/inventory/assets?page=21474837").with(officer.signedIn())).bodyText()
			.contains("The page number must be between 0 and 100,000.");
		assertThat(this.mvc.get().uri("/inventory/assets?kind=LAPTOP&q=lee").with(officer.signedIn())).hasStatusOk();
	}

	@Test
	void theFilterAnswersHtmxWithTheResultsOnly() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		laptop(officer);
		assertThat(this.mvc.get()
			.uri("/inventory/assets?kind=LAPTOP&q=lee")
			.header("HX-Request", "true")
			.with(officer.signedIn())).hasViewName("kept")
			.bodyText()
			.contains("id=\"asset-results\"")
			.contains("Dr Lee laptop")
			.doesNotContain("<html");
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

	private MvcTestResult retire(TestMember officer, UUID id, String date) {
		return this.mvc.post()
			.uri("/inventory/assets/{id}/retire", id)
			.param("disposedOn", date)
			.param("disposalMethod", "Drive shredded")
			.param("disposedBy", "Pat")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
	}

	private static BindingResult bindingResult(MvcTestResult result, String name) {
		return FormErrors.bindingResult(result, name);
	}

	/** Each field's message as the person reads it. */
	private static Map<String, String> fieldErrors(MvcTestResult result, String name) {
		return FormErrors.fieldErrors(result, name);
	}

}
