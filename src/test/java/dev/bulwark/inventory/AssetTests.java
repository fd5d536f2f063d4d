package dev.bulwark.inventory;

import java.time.LocalDate;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.StateConflictException;
import org.junit.jupiter.api.Test;

import static dev.bulwark.inventory.InventoryFixtures.compliant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of an asset's life, without Spring or a database. */
class AssetTests {

	private static final UUID PRACTICE = UUID.randomUUID();

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	private final AssetDetails laptop = compliant(AssetKind.LAPTOP, "Front desk laptop");

	@Test
	void aNewAssetMayNotStartDisposedOrCarryDatesAfterToday() {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		Asset.checkNew(form(AssetStatus.DISPOSED, TODAY.plusDays(1), TODAY.plusDays(1)), TODAY, problems);
		assertThat(problems.asMap()).containsOnlyKeys("status", "purchaseDate", "lastPatchedOn")
			.containsEntry("status", "To dispose of an asset, use \"Retire\" and record how its data was destroyed.")
			.containsEntry("purchaseDate", "The purchase date cannot be in the future.");
	}

	@Test
	void todayIsNotTheFuture() {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		Asset.checkNew(form(AssetStatus.IN_USE, TODAY, TODAY), TODAY, problems);
		assertThat(problems.isEmpty()).isTrue();
	}

	@Test
	void aDisposedAssetCannotBePutBackIntoUse() {
		Asset disposed = Asset.of(PRACTICE, InventoryFixtures.disposed(this.laptop));
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		disposed.checkChange(form(AssetStatus.IN_USE, null, null), TODAY, problems);
		assertThat(problems.asMap()).containsOnlyKeys("status");
		assertThat(problems.asMap().get("status")).startsWith("This asset was disposed of; it cannot be put back");

		InvalidInputException.Problems stillDisposed = new InvalidInputException.Problems();
		disposed.checkChange(form(AssetStatus.DISPOSED, null, null), TODAY, stillDisposed);
		assertThat(stillDisposed.isEmpty()).as("its other details may still be corrected").isTrue();
	}

	@Test
	void anAssetInUseIsDisposedOfByRetiringItNotByEditingItsStatus() {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		Asset.of(PRACTICE, this.laptop).checkChange(form(AssetStatus.DISPOSED, null, null), TODAY, problems);
		assertThat(problems.asMap()).containsOnlyKeys("status");
	}

	@Test
	void aChangeNamesTheSafeguardsThatChanged() {
		AssetForm unencrypted = new AssetForm(this.laptop.name(), AssetKind.LAPTOP, null, null, null, null, null, null,
				null, null, null, EphiUse.STORES, Answer.NO, null, Answer.YES, Answer.YES, PatchStatus.CURRENT, null,
				Answer.YES, null, null, null);
		InventoryEvent.AssetChanged changed = Asset.of(PRACTICE, this.laptop).change(unencrypted);
		assertThat(changed.practiceId()).isEqualTo(PRACTICE);
		assertThat(changed.assetId()).isEqualTo(this.laptop.id());
		assertThat(changed.changes()).containsExactly("encryption YES -> NO");
		assertThat(changed.summary()).isEqualTo("Asset updated: Laptop \"Front desk laptop\" (encryption YES -> NO)");
	}

	@Test
	void disposingRaisesTheFactWithItsDate() {
		InventoryEvent.AssetDisposedOf disposed = Asset.of(PRACTICE, this.laptop)
			.dispose(new RetireForm(TODAY, "Drive shredded", "Pat"), TODAY);
		assertThat(disposed.disposedOn()).isEqualTo(TODAY);
		assertThat(disposed.action()).isEqualTo("asset.retired");
		assertThat(disposed.summary()).isEqualTo("Asset disposed of: Laptop \"Front desk laptop\" on 2026-03-01");
	}

	@Test
	void anAssetIsDisposedOfOnceAndNotInTheFuture() {
		assertThatThrownBy(() -> Asset.of(PRACTICE, InventoryFixtures.disposed(this.laptop))
			.dispose(new RetireForm(TODAY, "Again", "Pat"), TODAY)).isInstanceOf(StateConflictException.class)
			.hasMessageStartingWith("This asset was already disposed of");
		assertThatThrownBy(() -> Asset.of(PRACTICE, this.laptop)
			.dispose(new RetireForm(TODAY.plusDays(1), "Shredded", "Pat"), TODAY)).isInstanceOfSatisfying(
					InvalidInputException.class, (ex) -> assertThat(ex.errors()).containsExactlyEntriesOf(
							java.util.Map.of("disposedOn", "The disposal date cannot be in the future.")));
	}

	@Test
	void aWipeIsRecordedForThePastOrToday() {
		UUID reuseId = UUID.randomUUID();
		InventoryEvent.MediaReuseRecorded recorded = Asset.of(PRACTICE, this.laptop)
			.recordReuse(reuseId, new MediaReuseForm(TODAY, "Full wipe", "Pat", null), TODAY);
		assertThat(recorded.reuseId()).isEqualTo(reuseId);
		assertThat(recorded.summary()).isEqualTo("Wiped for re-use: \"Front desk laptop\" on 2026-03-01");
		assertThatThrownBy(() -> Asset.of(PRACTICE, this.laptop)
			.recordReuse(reuseId, new MediaReuseForm(TODAY.plusDays(1), "Full wipe", "Pat", null), TODAY))
			.isInstanceOf(InvalidInputException.class);
	}

	private static AssetForm form(AssetStatus status, LocalDate purchased, LocalDate patched) {
		return new AssetForm("Front desk laptop", AssetKind.LAPTOP, null, null, null, null, null, null, null, null,
				purchased, EphiUse.STORES, Answer.YES, null, null, null, null, patched, null, null, status, null);
	}

}
