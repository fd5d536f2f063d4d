package dev.bulwark.inventory;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.bulwark.inventory.InventoryFixtures.compliant;
import static dev.bulwark.inventory.InventoryFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

class FindingRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	private static final LocalDate RECENT_REVIEW = TODAY.minusDays(1);

	private static List<FindingRules.Derived> evaluate(AssetDetails... assets) {
		return FindingRules.evaluate(List.of(assets), List.of(), List.of(), RECENT_REVIEW, TODAY);
	}

	private static List<String> citations(List<FindingRules.Derived> findings) {
		return findings.stream().map(FindingRules.Derived::citation).toList();
	}

	@Test
	void compliantAssetsRaiseNothing() {
		List<FindingRules.Derived> findings = evaluate(compliant(AssetKind.LAPTOP, "Laptop"),
				compliant(AssetKind.SERVER, "Server"), compliant(AssetKind.CLOUD_SERVICE, "EHR"),
				compliant(AssetKind.MOBILE, "Phone"));
		assertThat(findings).isEmpty();
	}

	@Test
	void unencryptedLaptopWithEphiCitesEncryptionAndDeviceControls() {
		AssetDetails laptop = with(compliant(AssetKind.LAPTOP, "Dr Lee laptop"), EphiUse.STORES, Answer.NO, Answer.YES,
				Answer.YES, PatchStatus.CURRENT, Answer.YES);
		List<FindingRules.Derived> findings = evaluate(laptop);
		assertThat(citations(findings)).containsExactly("164.312(a)(2)(iv)", "164.310(d)(1)");
		assertThat(findings.get(0).title()).isEqualTo("Unencrypted ePHI on Dr Lee laptop");
		assertThat(findings.get(0).assetId()).isEqualTo(laptop.id());
		assertThat(findings.get(0).subjectKey()).isEqualTo("asset:" + laptop.id());
	}

	@Test
	void unknownEncryptionOnAServerIsAGapButNotADeviceMovementOne() {
		AssetDetails server = with(compliant(AssetKind.SERVER, "File server"), EphiUse.STORES, Answer.UNKNOWN,
				Answer.YES, Answer.YES, PatchStatus.CURRENT, Answer.YES);
		List<FindingRules.Derived> findings = evaluate(server);
		assertThat(citations(findings)).containsExactly("164.312(a)(2)(iv)");
		assertThat(findings.get(0).title()).startsWith("Encryption not confirmed");
	}

	@Test
	void backupTargetsAreNotAskedForABackupOfThemselvesButMustBeEncrypted() {
		AssetDetails nas = with(compliant(AssetKind.SERVER, "Backup NAS"), EphiUse.BACKUPS, Answer.YES, Answer.YES,
				Answer.UNKNOWN, PatchStatus.CURRENT, Answer.YES);
		AssetDetails cloud = with(compliant(AssetKind.CLOUD_SERVICE, "Cloud backup"), EphiUse.BACKUPS, Answer.YES,
				Answer.YES, Answer.NO, PatchStatus.CURRENT, Answer.YES);
		assertThat(evaluate(nas, cloud)).isEmpty();

		AssetDetails fileServer = with(compliant(AssetKind.SERVER, "File server"), EphiUse.STORES, Answer.YES,
				Answer.YES, Answer.UNKNOWN, PatchStatus.CURRENT, Answer.YES);
		assertThat(evaluate(fileServer)).extracting(FindingRules.Derived::title)
			.containsExactly("Backup not confirmed for File server");

		AssetDetails unencryptedNas = with(nas, EphiUse.BACKUPS, Answer.NO, Answer.YES, Answer.UNKNOWN,
				PatchStatus.CURRENT, Answer.YES);
		assertThat(evaluate(unencryptedNas)).extracting(FindingRules.Derived::title)
			.containsExactly("Unencrypted ePHI on Backup NAS");
	}

	@Test
	void deviceThatOnlyAccessesEphiNeedsNoDiskEncryptionFinding() {
		AssetDetails pc = with(compliant(AssetKind.WORKSTATION, "Front desk"), EphiUse.ACCESSES, Answer.NO,
				Answer.UNKNOWN, Answer.NO, PatchStatus.CURRENT, Answer.YES);
		assertThat(evaluate(pc)).isEmpty();
	}

	@Test
	void unencryptedLaptopThatOnlyAccessesEphiButKeepsDownloadsIsAFinding() {
		AssetDetails laptop = with(compliant(AssetKind.LAPTOP, "Operatory laptop"), EphiUse.FILES_SAVED, Answer.NO,
				Answer.YES, Answer.YES, PatchStatus.CURRENT, Answer.YES);
		List<FindingRules.Derived> findings = evaluate(laptop);
		assertThat(citations(findings)).containsExactly("164.310(d)(1)");
		assertThat(findings.get(0).ruleKey()).isEqualTo(FindingRules.PORTABLE_UNENCRYPTED);
		assertThat(findings.get(0).title())
			.isEqualTo("Portable laptop where patient files can be saved, not encrypted: Operatory laptop");
		AssetDetails encrypted = with(compliant(AssetKind.LAPTOP, "Encrypted laptop"), EphiUse.FILES_SAVED, Answer.YES,
				Answer.YES, Answer.YES, PatchStatus.CURRENT, Answer.YES);
		assertThat(evaluate(encrypted)).isEmpty();
		AssetDetails desk = with(compliant(AssetKind.WORKSTATION, "Front desk"), EphiUse.FILES_SAVED, Answer.NO,
				Answer.YES, Answer.YES, PatchStatus.CURRENT, Answer.YES);
		assertThat(evaluate(desk)).as("a desk PC stays in the building").isEmpty();
	}

	@Test
	void cloudServiceWithEphiWithoutMfaCitesPersonAuthentication() {
		AssetDetails ehr = with(compliant(AssetKind.CLOUD_SERVICE, "Cloud EHR"), EphiUse.ACCESSES, Answer.UNKNOWN,
				Answer.NO, Answer.YES, PatchStatus.CURRENT, Answer.UNKNOWN);
		assertThat(citations(evaluate(ehr))).containsExactly("164.312(d)");
	}

	@Test
	void applicationWithoutEphiNeedsNoMfaFinding() {
		AssetDetails app = with(compliant(AssetKind.APPLICATION, "Scheduling"), EphiUse.NONE, Answer.NO, Answer.NO,
				Answer.NO, PatchStatus.CURRENT, Answer.NO);
		assertThat(evaluate(app)).isEmpty();
	}

	@Test
	void ephiSystemWithoutBackupCitesDataBackupPlan() {
		AssetDetails server = with(compliant(AssetKind.SERVER, "EHR server"), EphiUse.STORES, Answer.YES, Answer.YES,
				Answer.NO, PatchStatus.CURRENT, Answer.YES);
		List<FindingRules.Derived> findings = evaluate(server);
		assertThat(citations(findings)).containsExactly("164.308(a)(7)(ii)(A)");
		assertThat(findings.get(0).title()).isEqualTo("No backup of EHR server");
	}

	@Test
	void endOfLifeAndUnpatchedSystemsCiteRiskManagement() {
		AssetDetails old = with(compliant(AssetKind.WORKSTATION, "Old PC"), EphiUse.NONE, Answer.YES, Answer.YES,
				Answer.YES, PatchStatus.END_OF_LIFE, Answer.YES);
		AssetDetails behind = with(compliant(AssetKind.SERVER, "Behind"), EphiUse.NONE, Answer.YES, Answer.YES,
				Answer.YES, PatchStatus.BEHIND, Answer.YES);
		List<FindingRules.Derived> findings = evaluate(old, behind);
		assertThat(citations(findings)).containsExactly("164.308(a)(1)(ii)(B)", "164.308(a)(1)(ii)(B)");
		assertThat(findings.get(0).title()).isEqualTo("Unsupported software on Old PC");
		assertThat(findings.get(1).title()).isEqualTo("Missing updates on Behind");
	}

	@Test
	void missingAntiMalwareOnAComputerCitesMaliciousSoftwareProtection() {
		AssetDetails pc = with(compliant(AssetKind.WORKSTATION, "PC"), EphiUse.NONE, Answer.YES, Answer.YES, Answer.YES,
				PatchStatus.CURRENT, Answer.NO);
		AssetDetails printer = with(compliant(AssetKind.PRINTER_SCANNER, "Printer"), EphiUse.NONE, Answer.YES,
				Answer.YES, Answer.YES, PatchStatus.CURRENT, Answer.NO);
		assertThat(citations(evaluate(pc, printer))).containsExactly("164.308(a)(5)(ii)(B)");
	}

	@Test
	void disposedAssetsRaiseNothing() {
		AssetDetails laptop = with(compliant(AssetKind.LAPTOP, "Old laptop"), EphiUse.STORES, Answer.NO, Answer.NO,
				Answer.NO, PatchStatus.END_OF_LIFE, Answer.NO);
		assertThat(evaluate(InventoryFixtures.disposed(laptop))).isEmpty();
	}

	@Test
	void unencryptedFlowCitesTransmissionEncryption() {
		AssetDetails pc = compliant(AssetKind.WORKSTATION, "Front desk");
		DataFlowDetails email = InventoryFixtures.flow(pc, "Acme Lab", FlowChannel.EMAIL, Answer.NO);
		DataFlowDetails vpn = InventoryFixtures.flow(pc, "Billing", FlowChannel.VPN, Answer.YES);
		DataFlowDetails fax = InventoryFixtures.flow(pc, "Referrals", FlowChannel.FAX, Answer.NO);
		List<FindingRules.Derived> findings = FindingRules.evaluate(List.of(pc), List.of(email, vpn, fax), List.of(),
				RECENT_REVIEW, TODAY);
		assertThat(findings).singleElement().satisfies((f) -> {
			assertThat(f.citation()).isEqualTo("164.312(e)(2)(ii)");
			assertThat(f.subjectKey()).isEqualTo("flow:" + email.id());
			assertThat(f.title())
				.isEqualTo("Unencrypted ePHI in transit: Front desk to Acme Lab (vendor or business " + "associate)");
			assertThat(f.detail()).contains("164.312(e)(1)");
		});
	}

	@Test
	void guestNetworkNotSeparatedFromClinicalCitesAccessControl() {
		NetworkSegmentDetails clinical = InventoryFixtures.segment("Clinical", SegmentKind.CLINICAL, Answer.YES);
		NetworkSegmentDetails guest = InventoryFixtures.segment("Guest Wi-Fi", SegmentKind.GUEST, Answer.NO);
		List<FindingRules.Derived> findings = FindingRules.evaluate(List.of(), List.of(), List.of(clinical, guest),
				RECENT_REVIEW, TODAY);
		assertThat(findings).singleElement().satisfies((f) -> {
			assertThat(f.citation()).isEqualTo("164.312(a)(1)");
			assertThat(f.subjectKey()).isEqualTo("segment:" + guest.id());
		});
	}

	@Test
	void separatedGuestNetworkRaisesNothing() {
		NetworkSegmentDetails clinical = InventoryFixtures.segment("Clinical", SegmentKind.CLINICAL, Answer.YES);
		NetworkSegmentDetails guest = InventoryFixtures.segment("Guest Wi-Fi", SegmentKind.GUEST, Answer.YES);
		assertThat(FindingRules.evaluate(List.of(), List.of(), List.of(clinical, guest), RECENT_REVIEW, TODAY))
			.isEmpty();
	}

	@Test
	void ephiAssetOnTheGuestNetworkIsFlagged() {
		NetworkSegmentDetails guest = InventoryFixtures.segment("Guest", SegmentKind.GUEST, Answer.YES);
		AssetDetails tablet = InventoryFixtures.inSegment(compliant(AssetKind.MOBILE, "Check-in tablet"), guest);
		assertThat(FindingRules.evaluate(List.of(tablet), List.of(), List.of(guest), RECENT_REVIEW, TODAY))
			.extracting(FindingRules.Derived::ruleKey)
			.containsExactly(FindingRules.ON_GUEST_NETWORK);
	}

	@Test
	void inventoryNotReviewedForTwelveMonthsIsAProposedRuleFinding() {
		AssetDetails pc = compliant(AssetKind.WORKSTATION, "PC");
		List<FindingRules.Derived> findings = FindingRules.evaluate(List.of(pc), List.of(), List.of(),
				TODAY.minusMonths(13), TODAY);
		assertThat(findings).singleElement().satisfies((f) -> {
			assertThat(f.citation()).isEqualTo("164.308(a)(1)(ii)(A)");
			assertThat(f.proposedRule()).isTrue();
			assertThat(f.subjectKey()).isEqualTo("inventory");
		});
		assertThat(FindingRules.evaluate(List.of(pc), List.of(), List.of(), null, TODAY)).singleElement()
			.extracting(FindingRules.Derived::title)
			.isEqualTo("The inventory has never been reviewed");
	}

	@Test
	void emptyInventoryNeedsNoReview() {
		assertThat(FindingRules.evaluate(List.of(), List.of(), List.of(), null, TODAY)).isEmpty();
	}

	@Test
	void reviewIsDueOnTheSameDateTwelveMonthsLater() {
		LocalDate reviewed = LocalDate.of(2025, 3, 1);
		assertThat(FindingRules.reviewDue(reviewed, LocalDate.of(2026, 2, 28))).isFalse();
		assertThat(FindingRules.reviewDue(reviewed, LocalDate.of(2026, 3, 1))).isTrue();
		assertThat(FindingRules.reviewDue(null, LocalDate.of(2026, 3, 1))).as("never reviewed").isTrue();
	}

	@Test
	void aReviewOnTheTwentyNinthOfFebruaryIsDueOnTheTwentyEighthAYearLater() {
		assertThat(FindingRules.reviewDue(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 27))).isFalse();
		assertThat(FindingRules.reviewDue(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28))).isTrue();
	}

}
