package dev.bulwark.vendors;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.bulwark.TestPractices;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.evidence.EvidenceSummary;
import dev.bulwark.inventory.Inventory;
import dev.bulwark.inventory.InventorySystem;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.GapsReported;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.PracticeDayBegan;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

/**
 * The vendors module on its own (the inventory, the practices and the evidence store are
 * stand-ins): commands publish their facts.
 */
@ApplicationModuleTest
class VendorsModuleTests {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private final Vendors vendors;

	private final JdbcClient jdbc;

	@MockitoBean
	Inventory inventory;

	@MockitoBean
	Practices practices;

	@MockitoBean
	EvidenceStore evidence;

	private Actor officer;

	private UUID ehrSystem;

	private final java.time.Clock clock;

	VendorsModuleTests(Vendors vendors, JdbcClient jdbc, java.time.Clock clock) {
		this.vendors = vendors;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@BeforeEach
	void practice() {
		UUID practiceId = TestPractices.insert(this.jdbc, Instant.parse("2025-01-01T00:00:00Z"), CHICAGO, false);
		this.officer = new Actor(UUID.randomUUID(), "officer@example.test", "Olivia Officer", practiceId, "Module test",
				Role.SECURITY_OFFICER, false, CHICAGO);
		this.ehrSystem = UUID.randomUUID();
		given(this.inventory.systems(practiceId))
			.willReturn(List.of(new InventorySystem(this.ehrSystem, "Cloud EHR", "Cloud service", true)));
	}

	@Test
	void addingAVendorPublishesVendorAddedWithItsDetermination(Scenario scenario) {
		scenario.stimulate(() -> this.vendors.add(this.officer, VendorFixtures.cloudEhr("Acme EHR", this.ehrSystem)))
			.andWaitForEventOfType(VendorEvent.VendorAdded.class)
			.matchingMappedValue(VendorEvent.VendorAdded::practiceId, this.officer.practiceId())
			.toArriveAndVerify((added, vendor) -> {
				assertThat(added.action()).isEqualTo("vendor.added");
				assertThat(added.objectId()).isEqualTo(vendor.id().toString());
				assertThat(added.summary()).isEqualTo("Vendor \"Acme EHR\" added: Business associate");
				assertThat(vendor.systems()).extracting(VendorDetails.SystemRef::label).containsExactly("Cloud EHR");
			});
	}

	@Test
	void changingAVendorPublishesWhatChanged(Scenario scenario) {
		VendorDetails isp = this.vendors.add(this.officer, VendorFixtures.internetProvider("City Fiber"));
		scenario
			.stimulate(() -> this.vendors.change(this.officer, isp.id(),
					VendorFixtures.cloudEhr("City Fiber", this.ehrSystem)))
			.andWaitForEventOfType(VendorEvent.VendorChanged.class)
			.matchingMappedValue(VendorEvent.VendorChanged::vendorId, isp.id())
			.toArriveAndVerify((changed, vendor) -> {
				assertThat(changed.changes()).containsExactly("determination CONDUIT -> BUSINESS_ASSOCIATE",
						"risk tier LOW -> HIGH", "systems");
				assertThat(vendor.businessAssociate()).isTrue();
			});
	}

	@Test
	void aSystemThatIsNotThePracticesIsRefusedAndNothingIsSaved() {
		assertThatThrownBy(() -> this.vendors.add(this.officer, VendorFixtures.cloudEhr("Acme EHR", UUID.randomUUID())))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.errors())
				.containsEntry("systemIds", "That system does not exist in this practice."));
		assertThat(this.vendors.count(this.officer.practiceId())).isZero();
	}

	@Test
	void aBusinessAssociateWithoutAnAgreementIsReportedAsAGap(Scenario scenario) {
		scenario.stimulate(() -> this.vendors.add(this.officer, VendorFixtures.cloudEhr("Acme EHR")))
			.andWaitForEventOfType(GapsReported.class)
			.matchingMappedValue(GapsReported::practiceId, this.officer.practiceId())
			.toArriveAndVerify((reported) -> {
				assertThat(reported.source()).isEqualTo("vendors");
				assertThat(reported.open()).extracting(GapsReported.Gap::key).containsExactly("baa.missing");
				assertThat(reported.open().get(0).detail()).contains("Acme EHR");
			});
	}

	@Test
	void recordingASignedAgreementClosesTheGapAndTheDailyTickExpiresIt(Scenario scenario) {
		given(this.evidence.forOwner(eq(this.officer.practiceId()), any())).willReturn(List.of(signedCopy()));
		VendorDetails vendor = this.vendors.add(this.officer, VendorFixtures.cloudEhr("Acme EHR"));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), CHICAGO);
		scenario
			.stimulate(() -> this.vendors.recordAgreement(this.officer, vendor.id(),
					VendorFixtures.agreement(today.minusYears(1), today.plusDays(10), "baa.pdf")))
			.andWaitForEventOfType(VendorEvent.BaaStandingChanged.class)
			.matching((changed) -> changed.vendorId().equals(vendor.id()) && changed.to().equals("Current agreement"))
			.toArriveAndVerify((changed) -> {
				assertThat(changed.to()).isEqualTo("Current agreement");
				assertThat(this.vendors.openGaps(this.officer.practiceId())).isEmpty();
				assertThat(this.vendors.vendor(this.officer.practiceId(), vendor.id()).baaRenewalOn())
					.isEqualTo(today.plusDays(10));
			});
		scenario.publish(new PracticeDayBegan(this.officer.practiceId(), today.plusDays(11), CHICAGO))
			.andWaitForEventOfType(VendorEvent.BaaStandingChanged.class)
			.matching((expired) -> expired.vendorId().equals(vendor.id()) && expired.to().equals("Agreement expired"))
			.toArriveAndVerify((expired) -> {
				assertThat(expired.summary()).isEqualTo("\"Acme EHR\": Current agreement -> Agreement expired");
				// The event is caught inside the tick's transaction: wait for its commit.
				org.awaitility.Awaitility.await()
					.untilAsserted(() -> assertThat(this.vendors.openGaps(this.officer.practiceId()))
						.extracting(GapsReported.Gap::key)
						.containsExactly("baa.expired"));
			});
	}

	private static EvidenceSummary signedCopy() {
		Instant stored = Instant.parse("2025-01-01T00:00:00Z");
		return new EvidenceSummary(UUID.randomUUID(), "BAA", 1, "baa.pdf", "application/pdf", 100, "Olivia Officer",
				stored, stored, null, LocalDate.of(2031, 1, 1), 1);
	}

}
