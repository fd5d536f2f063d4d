package dev.bulwark.evidence;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import dev.bulwark.TestPractices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Role;
import dev.bulwark.shared.StateConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The evidence module on its own: each command publishes its fact (the audit trail writes
 * it; other modules may listen).
 */
@ApplicationModuleTest
class EvidenceModuleTests {

	@Autowired
	EvidenceStore store;

	@Autowired
	JdbcClient jdbc;

	private Actor officer;

	@BeforeEach
	void practice() {
		UUID practiceId = TestPractices.insert(this.jdbc, Instant.parse("2025-01-01T00:00:00Z"),
				ZoneId.of("America/Chicago"), false);
		this.officer = new Actor(UUID.randomUUID(), "officer@example.test", "Olivia Officer", practiceId, "Module test",
				Role.SECURITY_OFFICER, false, ZoneId.of("America/Chicago"));
	}

	private EvidenceDetails stored(EvidenceOwner owner) {
		return this.store.storeFor(this.officer, owner, EvidenceForm.titled("BAA with Acme Billing"),
				EvidenceContent.of("baa-acme.pdf", EvidenceFiles.pdf("signed")));
	}

	@Test
	void storingPublishesEvidenceUploaded(Scenario scenario) {
		EvidenceOwner vendor = EvidenceOwner.of("vendor", UUID.randomUUID());
		scenario.stimulate(() -> stored(vendor))
			.andWaitForEventOfType(EvidenceUploaded.class)
			.matching((event) -> event.practiceId().equals(this.officer.practiceId()))
			.toArriveAndVerify((event, item) -> {
				assertThat(event.evidenceId()).isEqualTo(item.id());
				assertThat(event.attachedTo()).isEqualTo(vendor.toString());
				assertThat(event.sha256()).isEqualTo(item.current().sha256()).hasSize(64);
				assertThat(event.summary()).contains("BAA with Acme Billing").contains("for vendor/");
				assertThat(this.store.forOwner(this.officer.practiceId(), vendor)).extracting(EvidenceSummary::id)
					.containsExactly(item.id());
			});
	}

	@Test
	void everyDownloadPublishesEvidenceDownloaded(Scenario scenario) {
		EvidenceDetails item = stored(null);
		scenario.stimulate(() -> this.store.open(this.officer, item.id(), null))
			.andWaitForEventOfType(EvidenceDownloaded.class)
			.matching((event) -> event.evidenceId().equals(item.id()))
			.toArriveAndVerify((event, file) -> {
				assertThat(event.version()).isEqualTo(1);
				assertThat(event.action()).isEqualTo("evidence.downloaded");
				assertThat(file.sha256()).isEqualTo(item.current().sha256());
			});
	}

	@Test
	void aNewVersionPublishesEvidenceVersionAdded(Scenario scenario) {
		EvidenceDetails item = stored(null);
		scenario
			.stimulate(() -> this.store.addVersion(this.officer, item.id(),
					EvidenceContent.of("baa-acme-2026.pdf", EvidenceFiles.pdf("renewed")), "Renewed"))
			.andWaitForEventOfType(EvidenceVersionAdded.class)
			.matching((event) -> event.evidenceId().equals(item.id()))
			.toArriveAndVerify((event, details) -> {
				assertThat(event.version()).isEqualTo(2);
				assertThat(details.versions()).extracting(EvidenceVersion::version).containsExactly(2, 1);
				assertThat(details.current().note()).isEqualTo("Renewed");
			});
	}

	@Test
	void attachingAndDetachingPublishTheirFacts(Scenario scenario) {
		EvidenceDetails item = stored(null);
		EvidenceOwner asset = EvidenceOwner.of("asset", UUID.randomUUID());
		scenario.stimulate(() -> this.store.attach(this.officer, item.id(), asset))
			.andWaitForEventOfType(EvidenceLinked.class)
			.matching((event) -> event.evidenceId().equals(item.id()))
			.toArriveAndVerify((event) -> assertThat(event.owner()).isEqualTo(asset));
		scenario.stimulate(() -> this.store.detach(this.officer, item.id(), asset))
			.andWaitForEventOfType(EvidenceUnlinked.class)
			.matching((event) -> event.evidenceId().equals(item.id()))
			.toArriveAndVerify((event) -> assertThat(this.store.forOwner(this.officer.practiceId(), asset)).isEmpty());
	}

	@Test
	void changingDetailsPublishesTheNewRetentionDate(Scenario scenario) {
		EvidenceDetails item = stored(null);
		scenario
			.stimulate(() -> this.store.update(this.officer, item.id(),
					new EvidenceForm("BAA with Acme Billing", "Signed by both parties", item.createdOn().plusYears(2))))
			.andWaitForEventOfType(EvidenceDetailsChanged.class)
			.matching((event) -> event.evidenceId().equals(item.id()))
			.toArriveAndVerify((event) -> assertThat(event.retainUntil())
				.isEqualTo(EvidenceItem.sixYearsFrom(item.createdOn().plusYears(2))));
	}

	@Test
	void deletionBeforeTheRetentionDateIsRefusedAndPublishesNothing() {
		EvidenceDetails item = stored(null);
		assertThatThrownBy(() -> this.store.delete(this.officer, item.id())).isInstanceOf(StateConflictException.class)
			.hasMessageContaining("must be kept until " + item.retainUntil());
		assertThat(this.store.details(this.officer.practiceId(), item.id()).versions()).hasSize(1);
	}

}
