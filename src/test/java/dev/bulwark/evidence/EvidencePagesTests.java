package dev.bulwark.evidence;

import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The evidence pages: views, field errors, flash messages, roles, downloads. */
@BulwarkIntegrationTest
class EvidencePagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	EvidenceStore store;

	@Autowired
	JdbcClient jdbc;

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	private EvidenceDetails stored(TestMember member, String title) {
		return this.store.storeFor(EvidenceApiTests.actor(member), null, EvidenceForm.titled(title),
				EvidenceContent.of("report.pdf", EvidenceFiles.pdf(title)));
	}

	@Test
	void everyPageRendersForTheSecurityOfficer() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		EvidenceDetails item = stored(officer, "Restore test March");
		assertThat(this.mvc.get().uri("/evidence").with(officer.signedIn())).hasStatusOk()
			.hasViewName("evidence/list")
			.bodyText()
			.contains("Restore test March");
		assertThat(this.mvc.get().uri("/evidence/new").with(officer.signedIn())).hasStatusOk()
			.hasViewName("evidence/form");
		assertThat(this.mvc.get().uri("/evidence/{id}", item.id()).with(officer.signedIn())).hasStatusOk()
			.hasViewName("evidence/show")
			.bodyText()
			.contains("Restore test March")
			.contains(item.current().sha256().substring(0, 12))
			.contains("This evidence is locked until")
			.contains(item.retainUntil().toString());
		assertThat(this.mvc.get().uri("/evidence/{id}/edit", item.id()).with(officer.signedIn())).hasStatusOk()
			.hasViewName("evidence/edit");
		assertThat(this.mvc.get().uri("/").with(officer.signedIn())).bodyText()
			.contains("Evidence")
			.contains("new evidence in 1 of the last 12 months");
		assertThat(this.mvc.get().uri("/evidence?q=march&ownerType=none").with(officer.signedIn())).bodyText()
			.contains("Restore test March");
		assertThat(this.mvc.get().uri("/evidence?q=nothing-like-it").with(officer.signedIn())).bodyText()
			.doesNotContain("Restore test March");
	}

	@Test
	void uploadingStoresTheFileAndSaysHowLongItIsKept() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		var result = this.mvc.post()
			.uri("/evidence")
			.multipart()
			.file(file("BAA Acme.pdf", EvidenceFiles.pdf("signed")))
			.param("title", "BAA with Acme")
			.param("description", "Signed by both parties")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatus3xxRedirection().flash().containsKey("message");
		assertThat((String) result.getMvcResult().getFlashMap().get("message"))
			.contains("\"BAA with Acme\" was stored encrypted")
			.contains("kept until");
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/evidence/");
		assertThat(this.mvc.get().uri(location).with(officer.signedIn())).bodyText()
			.contains("BAA Acme.pdf")
			.contains("Signed by both parties");
	}

	@Test
	void aFileOverTheLimitIsRefusedNextToTheField() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		byte[] tooLarge = new byte[(int) this.store.maxBytes() + 1];
		byte[] header = EvidenceFiles.pdf("big");
		System.arraycopy(header, 0, tooLarge, 0, header.length);
		var result = this.mvc.post()
			.uri("/evidence")
			.multipart()
			.file(file("scan.pdf", tooLarge))
			.param("title", "Big scan")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("evidence/form");
		assertThat(result).model()
			.extractingBindingResult("form")
			.hasFieldErrors("file")
			.satisfies((BindingResult errors) -> assertThat(errors.getFieldError("file").getDefaultMessage())
				.contains("the most Bulwark keeps is 25 MB"));
		assertThat(result).bodyText().contains("the most Bulwark keeps is 25 MB");
		assertThat(count(officer)).isZero();
	}

	@Test
	void aProgramRenamedPdfIsRefusedNextToTheField() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		var result = this.mvc.post()
			.uri("/evidence")
			.multipart()
			.file(file("invoice.pdf", EvidenceFiles.exe()))
			.param("title", "Invoice")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("evidence/form");
		assertThat(result).model().extractingBindingResult("form").hasFieldErrors("file");
		assertThat(result).bodyText().contains("named .pdf but its content is not a PDF document");
		assertThat(count(officer)).isZero();
	}

	@Test
	void noFileAndABadRecordAreReportedByField() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		var result = this.mvc.post()
			.uri("/evidence")
			.multipart()
			.param("title", "x".repeat(201))
			.param("ownerType", "spaceship")
			.param("ownerId", "1")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("evidence/form");
		assertThat(result).model().extractingBindingResult("form").hasFieldErrors("title");
		var again = this.mvc.post()
			.uri("/evidence")
			.multipart()
			.file(file("a.pdf", EvidenceFiles.pdf("a")))
			.param("ownerType", "spaceship")
			.param("ownerId", "1")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(again).model().extractingBindingResult("form").hasFieldErrors("ownerType");
		var none = this.mvc.post().uri("/evidence").multipart().with(csrf()).with(officer.signedIn()).exchange();
		assertThat(none).model().extractingBindingResult("form").hasFieldErrors("file");
		assertThat(count(officer)).isZero();
	}

	@Test
	void thePanelUploadsForARecordAndReturnsOnlyToThisSite() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		UUID asset = UUID.randomUUID();
		var result = this.mvc.post()
			.uri("/evidence")
			.multipart()
			.file(file("encryption.png", EvidenceFiles.png()))
			.param("ownerType", "asset")
			.param("ownerId", asset.toString())
			.param("returnTo", "/inventory/assets/" + asset)
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(result).hasRedirectedUrl("/inventory/assets/" + asset);
		EvidencePanel panel = this.store.panel(officer.practiceId(), EvidenceOwner.of("asset", asset),
				"/inventory/assets/" + asset);
		assertThat(panel.items()).extracting(EvidenceSummary::title).containsExactly("encryption");
		var offsite = this.mvc.post()
			.uri("/evidence")
			.multipart()
			.file(file("encryption.png", EvidenceFiles.png()))
			.param("ownerType", "asset")
			.param("ownerId", asset.toString())
			.param("returnTo", "//evil.example/phish")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(offsite.getResponse().getRedirectedUrl()).startsWith("/evidence/");
		assertThat(new EvidencePanel(panel.owner(), panel.items(), "https://evil.example", "/evidence", "/x",
				panel.uploadPermission(), panel.downloadPermission(), 1, "")
			.returnTo()).isNull();
	}

	@Test
	void downloadsAreAttachmentsThatBrowsersNeitherSniffNorRun() throws Exception {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		EvidenceDetails item = this.store.storeFor(EvidenceApiTests.actor(officer), null, EvidenceForm.titled("Notes"),
				EvidenceContent.of("Zürich notes.txt", EvidenceFiles.text("<b>x</b>")));
		var response = this.mvc.get()
			.uri("/evidence/{id}/download", item.id())
			.with(officer.signedIn())
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo("<b>x</b>");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"Z_rich notes.txt\"; filename*=UTF-8''Z%C3%BCrich%20notes.txt");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeaders("Content-Security-Policy")).containsExactly("sandbox; default-src 'none'");
		assertThat(response.getContentType()).startsWith("text/plain");
	}

	@Test
	void auditorsReadAndDownloadButCannotUploadAndStaffSeeNothing() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		TestMember auditor = this.members.colleague(officer, Role.AUDITOR);
		TestMember staff = this.members.colleague(officer, Role.STAFF);
		TestMember technician = this.members.colleague(officer, Role.MSP_TECHNICIAN);
		EvidenceDetails item = stored(officer, "Policy");
		assertThat(this.mvc.get().uri("/evidence/{id}", item.id()).with(auditor.signedIn())).hasStatusOk()
			.bodyText()
			.doesNotContain("Upload new version");
		assertThat(this.mvc.get().uri("/evidence/{id}/download", item.id()).with(auditor.signedIn())).hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/evidence")
			.multipart()
			.file(file("a.pdf", EvidenceFiles.pdf("a")))
			.with(csrf())
			.with(auditor.signedIn())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/evidence").with(staff.signedIn())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/evidence/{id}/download", item.id()).with(staff.signedIn()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/evidence/{id}/delete", item.id()).with(csrf()).with(technician.signedIn()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/evidence")
			.multipart()
			.file(file("a.pdf", EvidenceFiles.pdf("a")))
			.with(csrf())
			.with(technician.signedIn())).hasStatus3xxRedirection();
	}

	@Test
	void deletionIsRefusedBeforeTheRetentionDateAndAllowedAfter() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		EvidenceDetails item = stored(officer, "Old screenshot");
		var refused = this.mvc.post().uri("/evidence/{id}/delete", item.id()).with(csrf()).with(officer.signedIn());
		assertThat(refused).hasStatus(HttpStatus.CONFLICT).bodyText().contains("must be kept until");
		assertThat(count(officer)).isEqualTo(1);
		EvidenceApiTests.expireRetention(this.jdbc, officer, item.id());
		assertThat(this.mvc.get().uri("/evidence/{id}", item.id()).with(officer.signedIn())).bodyText()
			.contains("Delete evidence");
		assertThat(this.mvc.post().uri("/evidence/{id}/delete", item.id()).with(csrf()).with(officer.signedIn()))
			.hasRedirectedUrl("/evidence");
		assertThat(count(officer)).isZero();
	}

	@Test
	void versionsLinksAndDetailsAreChangedFromTheItemPage() {
		TestMember officer = this.members.newPractice(Role.SECURITY_OFFICER);
		EvidenceDetails item = stored(officer, "Risk analysis");
		assertThat(this.mvc.post()
			.uri("/evidence/{id}/versions", item.id())
			.multipart()
			.file(file("v2.pdf", EvidenceFiles.pdf("second")))
			.param("note", "Signed copy")
			.with(csrf())
			.with(officer.signedIn())).hasRedirectedUrl("/evidence/" + item.id())
			.flash()
			.containsEntry("message", "Version 2 was stored; earlier versions are kept. It is kept until "
					+ EvidenceItem.sixYearsFrom(item.createdOn()) + ".");
		var badVersion = this.mvc.post()
			.uri("/evidence/{id}/versions", item.id())
			.multipart()
			.file(file("v3.exe", EvidenceFiles.exe()))
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(badVersion).hasStatusOk().hasViewName("evidence/show");
		assertThat(badVersion).model().extractingBindingResult("versionForm").hasFieldErrors("file");
		UUID risk = UUID.randomUUID();
		assertThat(this.mvc.post()
			.uri("/evidence/{id}/links", item.id())
			.param("ownerType", "risk")
			.param("ownerId", risk.toString())
			.with(csrf())
			.with(officer.signedIn())).hasRedirectedUrl("/evidence/" + item.id());
		var badLink = this.mvc.post()
			.uri("/evidence/{id}/links", item.id())
			.param("ownerType", "risk")
			.param("ownerId", "not-a-uuid")
			.with(csrf())
			.with(officer.signedIn())
			.exchange();
		assertThat(badLink).model().extractingBindingResult("linkForm").hasFieldErrors("ownerId");
		assertThat(this.mvc.post()
			.uri("/evidence/{id}", item.id())
			.param("title", "")
			.with(csrf())
			.with(officer.signedIn())).model().extractingBindingResult("form").hasFieldErrors("title");
		assertThat(this.mvc.post()
			.uri("/evidence/{id}", item.id())
			.param("title", "Risk analysis 2025")
			.param("effectiveUntil", item.createdOn().plusYears(2).toString())
			.with(csrf())
			.with(officer.signedIn())).hasRedirectedUrl("/evidence/" + item.id());
		EvidenceDetails after = this.store.details(officer.practiceId(), item.id());
		assertThat(after.versions()).hasSize(2);
		assertThat(after.links()).extracting((link) -> link.owner().toString()).containsExactly("risk/" + risk);
		assertThat(after.title()).isEqualTo("Risk analysis 2025");
		assertThat(after.retainUntil()).isEqualTo(EvidenceItem.sixYearsFrom(item.createdOn().plusYears(2)));
		assertThat(this.mvc.get().uri("/evidence/{id}", item.id()).with(officer.signedIn())).bodyText()
			.contains("Risk " + risk)
			.contains("/risks/" + risk);
		assertThat(this.mvc.post()
			.uri("/evidence/{id}/links/delete", item.id())
			.param("ownerType", "risk")
			.param("ownerId", risk.toString())
			.with(csrf())
			.with(officer.signedIn())).hasRedirectedUrl("/evidence/" + item.id());
		assertThat(this.store.details(officer.practiceId(), item.id()).links()).isEmpty();
	}

	private long count(TestMember member) {
		return this.jdbc.sql("select count(*) from evd_evidence where practice_id = :p")
			.param("p", member.practiceId())
			.query(Long.class)
			.single();
	}

}
