package dev.bulwark.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import dev.bulwark.MutableClock;
import dev.bulwark.TestPractices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.PracticeDayBegan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inventory on its own (only this module and the shared kernel are started): its
 * commands publish their facts, and the daily tick brings the yearly-review finding up to
 * date. Time is a clock the test moves, never a wait.
 */
@ApplicationModuleTest
class InventoryModuleTests {

	/** The asset page's evidence panel: another module, not started here. */
	@MockitoBean
	dev.bulwark.evidence.EvidenceStore evidence;

	/** A practice whose day begins five hours after UTC's, in winter. */
	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	/** Where the clock stands at the start of each test. */
	private static final Instant START = Instant.parse("2026-01-15T15:00:00Z");

	private final AssetService assets;

	private final NetworkService network;

	private final Inventory inventory;

	private final JdbcClient jdbc;

	private final MutableClock clock;

	private final EventPublicationRegistry publications;

	InventoryModuleTests(AssetService assets, NetworkService network, Inventory inventory, JdbcClient jdbc,
			MutableClock clock, EventPublicationRegistry publications) {
		this.assets = assets;
		this.network = network;
		this.inventory = inventory;
		this.jdbc = jdbc;
		this.clock = clock;
		this.publications = publications;
	}

	@BeforeEach
	void startClock() {
		this.clock.setInstant(START);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void addingAnAssetPublishesAssetAdded(Scenario scenario) {
		Actor officer = newPractice();
		scenario.stimulate(() -> this.assets.add(officer, laptop("Front desk laptop")))
			.andWaitForEventOfType(InventoryEvent.AssetAdded.class)
			.matching((added) -> added.practiceId().equals(officer.practiceId()))
			.toArriveAndVerify((added, asset) -> {
				assertThat(added.assetId()).isEqualTo(asset.id());
				assertThat(added.action()).isEqualTo("asset.created");
				assertThat(added.objectId()).isEqualTo(asset.id().toString());
				assertThat(added.summary()).isEqualTo("Asset created: Laptop \"Front desk laptop\"");
			});
	}

	@Test
	void changingAnAssetNamesTheSafeguardsThatChanged(Scenario scenario) {
		Actor officer = newPractice();
		AssetDetails laptop = this.assets.add(officer, laptop("Front desk laptop"));
		AssetForm encrypted = new AssetForm("Front desk laptop", AssetKind.LAPTOP, null, null, null, null, null, null,
				null, null, null, EphiUse.STORES, Answer.YES, "BitLocker", null, null, null, null, null, null, null,
				null);
		scenario.stimulate(() -> this.assets.change(officer, laptop.id(), encrypted))
			.andWaitForEventOfType(InventoryEvent.AssetChanged.class)
			.matchingMappedValue(InventoryEvent.AssetChanged::assetId, laptop.id())
			.toArriveAndVerify((changed) -> assertThat(changed.summary())
				.isEqualTo("Asset updated: Laptop \"Front desk laptop\" (encryption NO -> YES)"));
	}

	@Test
	void aFlowToPatientsIsAuditedWithoutTheNameTyped(Scenario scenario) {
		Actor officer = newPractice();
		AssetDetails laptop = this.assets.add(officer, laptop("Reception laptop"));
		DataFlowForm toPatient = new DataFlowForm(PartyType.ASSET, laptop.id(), null, PartyType.PATIENTS, null,
				"Jane Roe", "lab results", FlowChannel.EMAIL, Answer.NO, null);
		scenario.stimulate(() -> this.network.addFlow(officer, toPatient))
			.andWaitForEventOfType(InventoryEvent.DataFlowAdded.class)
			.matchingMappedValue(InventoryEvent.DataFlowAdded::practiceId, officer.practiceId())
			.toArriveAndVerify((added) -> assertThat(added.summary())
				.isEqualTo("Data flow created: Reception laptop -> patients by E-mail, encrypted NO")
				.doesNotContain("Jane Roe"));
	}

	@Test
	void theReviewFallsDueOnThePracticesDayTwelveMonthsAfterTheLastOne(Scenario scenario) {
		this.clock.setInstant(ZonedDateTime.of(2025, 3, 1, 10, 0, 0, 0, NEW_YORK).toInstant());
		Actor officer = newPractice();
		this.assets.add(officer, laptop("Front desk laptop"));
		assertThat(this.inventory.summary(officer.practiceId()).reviewDue()).as("never reviewed").isTrue();
		this.assets.markReviewed(officer, new ReviewForm("Walked the office"));
		assertThat(this.inventory.summary(officer.practiceId()).reviewDue()).isFalse();

		// The day before, nothing falls due.
		this.clock.setInstant(ZonedDateTime.of(2026, 2, 28, 0, 30, 0, 0, NEW_YORK).toInstant());
		PracticeDayBegan dayBefore = new PracticeDayBegan(officer.practiceId(), LocalDate.of(2026, 2, 28), NEW_YORK);
		scenario.publish(dayBefore)
			.andWaitForStateChange(() -> handled(dayBefore))
			.andVerify((handled) -> assertThat(this.inventory.summary(officer.practiceId()).reviewDue()).isFalse());

		// Half an hour into the practice's day (05:30 UTC): due, but only the tick says
		// so.
		this.clock.setInstant(ZonedDateTime.of(2026, 3, 1, 0, 30, 0, 0, NEW_YORK).toInstant());
		assertThat(this.inventory.summary(officer.practiceId()).reviewDue()).as("reads never write").isFalse();
		scenario.publish(new PracticeDayBegan(officer.practiceId(), LocalDate.of(2026, 3, 1), NEW_YORK))
			.andWaitForStateChange(() -> this.inventory.summary(officer.practiceId()).reviewDue(), (due) -> due)
			.andVerify((due) -> assertThat(this.inventory.openFindings(officer.practiceId()))
				.filteredOn((finding) -> finding.ruleKey().equals(FindingRules.REVIEW_OVERDUE))
				.singleElement()
				.satisfies((finding) -> assertThat(finding.title())
					.isEqualTo("The inventory was last reviewed more than 12 months ago")));
	}

	@Test
	void aDayInAPracticeWithoutAssetsOpensNothing(Scenario scenario) {
		Actor officer = newPractice();
		PracticeDayBegan day = new PracticeDayBegan(officer.practiceId(), LocalDate.of(2026, 3, 1), NEW_YORK);
		scenario.publish(day)
			.andWaitForStateChange(() -> handled(day))
			.andVerify((handled) -> assertThat(this.inventory.openFindings(officer.practiceId())).isEmpty());
	}

	/** Whether the inventory's listener has finished with the event. */
	@Test
	void otherModulesSeeThePracticesSystemsOnly() {
		Actor officer = newPractice();
		Actor other = newPractice();
		AssetDetails laptop = this.assets.add(officer, laptop("Front desk laptop"));
		this.assets.add(other, laptop("Other practice's laptop"));

		assertThat(this.inventory.systems(officer.practiceId()))
			.containsExactly(new InventorySystem(laptop.id(), "Front desk laptop", "Laptop", true));
		assertThat(this.inventory.system(officer.practiceId(), laptop.id())).isPresent();
		assertThat(this.inventory.system(other.practiceId(), laptop.id())).as("another practice's asset").isEmpty();
	}

	private boolean handled(PracticeDayBegan day) {
		// Completed publications are deleted (completion-mode=delete): the event is
		// handled once no incomplete publication of it is left.
		return this.publications.findIncompletePublications()
			.stream()
			.noneMatch((publication) -> day.equals(publication.getEvent()));
	}

	private Actor newPractice() {
		return TestPractices.officer(TestPractices.insert(this.jdbc, this.clock.instant(), NEW_YORK, false), NEW_YORK);
	}

	private static AssetForm laptop(String name) {
		return new AssetForm(name, AssetKind.LAPTOP, null, null, null, null, null, null, null, null, null,
				EphiUse.STORES, Answer.NO, null, null, null, null, null, null, null, null, null);
	}

}
