package dev.bulwark.inventory;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.bulwark.shared.DashboardCard;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryDashboardCardTests {

	private static final InventorySummary.InventoryReview REVIEW = new InventorySummary.InventoryReview(
			Instant.parse("2026-03-01T10:00:00Z"), "pat@example.test", null);

	@Test
	void anEmptyInventoryAsksForTheFirstAssets() {
		DashboardCard card = InventoryConfiguration.card(new InventorySummary(0, 0, 0, 0, null, true), null,
				ZoneOffset.UTC);
		assertThat(card.status()).isEqualTo("No systems recorded yet.");
		assertThat(card.nextStep()).contains("import a spreadsheet");
		assertThat(card.tone()).isEqualTo("attention");
	}

	@Test
	void theNextStepIsTheFirstFindingInForce() {
		InventoryFinding laptop = finding("Unencrypted ePHI on Laptop", "164.312(a)(2)(iv)", false);
		DashboardCard card = InventoryConfiguration.card(new InventorySummary(12, 5, 3, 2, null, true), laptop,
				ZoneOffset.UTC);
		assertThat(card.status()).isEqualTo("12 systems, 5 with ePHI, 2 open findings; never reviewed");
		assertThat(card.nextStep()).isEqualTo("Unencrypted ePHI on Laptop (164.312(a)(2)(iv))");
	}

	@Test
	void aProposedRuleFindingAloneAsksForTheReview() {
		InventoryFinding review = finding("The inventory has never been reviewed", "164.308(a)(1)(ii)(A)", true);
		DashboardCard card = InventoryConfiguration.card(new InventorySummary(12, 5, 3, 1, null, true), review,
				ZoneOffset.UTC);
		assertThat(card.nextStep()).isEqualTo("Walk through the inventory and mark it reviewed.");
		assertThat(card.tone()).isEqualTo("attention");
	}

	@Test
	void aCleanReviewedInventoryIsGood() {
		DashboardCard card = InventoryConfiguration.card(new InventorySummary(3, 1, 1, 0, REVIEW, false), null,
				ZoneOffset.UTC);
		assertThat(card.status()).endsWith("reviewed 2026-03-01");
		assertThat(card.nextStep()).isNull();
		assertThat(card.tone()).isEqualTo("good");
	}

	@Test
	void theReviewDateIsThePractices() {
		InventorySummary.InventoryReview lateEvening = new InventorySummary.InventoryReview(
				Instant.parse("2026-03-02T03:00:00Z"), "pat@example.test", null);
		DashboardCard card = InventoryConfiguration.card(new InventorySummary(3, 1, 1, 0, lateEvening, false), null,
				ZoneId.of("America/Los_Angeles"));
		assertThat(card.status()).endsWith("reviewed 2026-03-01");
	}

	private static InventoryFinding finding(String title, String citation, boolean proposed) {
		return new InventoryFinding(UUID.randomUUID(), "rule", null, citation, title, "detail", proposed,
				FindingStatus.OPEN, Instant.EPOCH, null, "/inventory/assets");
	}

}
