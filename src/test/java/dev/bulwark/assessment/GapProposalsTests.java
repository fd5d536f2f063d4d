package dev.bulwark.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.bulwark.shared.GapsReported.Gap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a module's gap report changes the risks proposed from it. */
class GapProposalsTests {

	private static final Gap UNENCRYPTED = new Gap("asset.unencrypted", null, "164.312(a)(2)(iv)",
			"A laptop holding patient information is not encrypted", "Affected: Front desk laptop.",
			"/inventory/assets/1");

	private static final Gap NO_MFA = new Gap("asset.no-mfa", null, "164.312(d)",
			"An application with patient information does not require multi-factor sign-in", "Affected: Cloud EHR.",
			"/inventory/assets/2");

	@Test
	void aGapNeverSeenBeforeIsProposed() {
		GapProposals.Plan plan = GapProposals.plan("inventory", Set.of(), List.of(UNENCRYPTED, NO_MFA), List.of());
		assertThat(plan.propose()).containsExactly(UNENCRYPTED, NO_MFA);
		assertThat(plan.open()).containsExactly("asset.unencrypted", "asset.no-mfa");
		assertThat(plan.withdraw()).isEmpty();
	}

	@Test
	void theSameReportTwiceChangesNothing() {
		RiskRecord proposed = risk("inventory:asset.unencrypted", UNENCRYPTED, RiskStatus.PROPOSED, false);
		GapProposals.Plan plan = GapProposals.plan("inventory", Set.of("asset.unencrypted"), List.of(UNENCRYPTED),
				List.of(proposed));
		assertThat(plan.isEmpty()).isTrue();
	}

	@Test
	void aGapNoLongerReportedWithdrawsItsUntouchedProposalOnly() {
		RiskRecord untouched = risk("inventory:asset.unencrypted", UNENCRYPTED, RiskStatus.PROPOSED, false);
		RiskRecord worked = risk("inventory:asset.no-mfa", NO_MFA, RiskStatus.OPEN, true);
		RiskRecord otherSource = risk("vendors:no-baa", NO_MFA, RiskStatus.PROPOSED, false);
		GapProposals.Plan plan = GapProposals.plan("inventory", Set.of("asset.unencrypted", "asset.no-mfa"), List.of(),
				List.of(untouched, worked, otherSource));
		assertThat(plan.withdraw()).containsExactly(untouched.id());
		assertThat(plan.open()).isEmpty();
	}

	@Test
	void aGapThatReopensBringsBackItsWithdrawnProposal() {
		RiskRecord withdrawn = risk("inventory:asset.unencrypted", UNENCRYPTED, RiskStatus.WITHDRAWN, false);
		GapProposals.Plan plan = GapProposals.plan("inventory", Set.of(), List.of(UNENCRYPTED), List.of(withdrawn));
		assertThat(plan.repropose()).containsOnlyKeys(withdrawn.id());
		assertThat(plan.propose()).isEmpty();
	}

	@Test
	void aRiskSomeoneDismissedWhileTheGapStayedOpenStaysDismissed() {
		RiskRecord dismissed = risk("inventory:asset.unencrypted", UNENCRYPTED, RiskStatus.WITHDRAWN, true);
		GapProposals.Plan plan = GapProposals.plan("inventory", Set.of("asset.unencrypted"), List.of(UNENCRYPTED),
				List.of(dismissed));
		assertThat(plan.isEmpty()).isTrue();

		GapProposals.Plan reopened = GapProposals.plan("inventory", Set.of(), List.of(UNENCRYPTED), List.of(dismissed));
		assertThat(reopened.propose()).as("closed, then open again: a new occurrence").containsExactly(UNENCRYPTED);
	}

	@Test
	void anUntouchedProposalFollowsItsGapsWordingAndAnEditedOneDoesNot() {
		Gap more = new Gap("asset.unencrypted", null, "164.312(a)(2)(iv)",
				"2 laptops holding patient information are not encrypted",
				"Affected: Front desk laptop, Hygienist laptop.", "/inventory/findings");
		RiskRecord untouched = risk("inventory:asset.unencrypted", UNENCRYPTED, RiskStatus.PROPOSED, false);
		assertThat(GapProposals.plan("inventory", Set.of("asset.unencrypted"), List.of(more), List.of(untouched))
			.refresh()).containsOnlyKeys(untouched.id());
		RiskRecord edited = risk("inventory:asset.unencrypted", UNENCRYPTED, RiskStatus.OPEN, true);
		assertThat(
				GapProposals.plan("inventory", Set.of("asset.unencrypted"), List.of(more), List.of(edited)).isEmpty())
			.isTrue();
	}

	@Test
	void unusableKeysAndLinksAreIgnored() {
		Gap badKey = new Gap("bad key\nwith lines", null, "164.312(d)", "Title", null, null);
		Gap outsideLink = new Gap("asset.x", null, "164.312(d)", "Title", null, "https://elsewhere.example");
		GapProposals.Plan plan = GapProposals.plan("inventory", Set.of(), List.of(badKey, outsideLink), List.of());
		assertThat(plan.propose()).containsExactly(outsideLink);
		assertThat(GapProposals.link(outsideLink)).isNull();
		assertThat(GapProposals.link(new Gap("k", null, null, "t", null, "//evil.example"))).isNull();
		assertThat(GapProposals.link(new Gap("k", null, null, "t", null, "/\\evil.example"))).isNull();
		assertThat(GapProposals.link(UNENCRYPTED)).isEqualTo("/inventory/assets/1");
		assertThat(GapProposals.SOURCE.matcher("inventory").matches()).isTrue();
		assertThat(GapProposals.SOURCE.matcher("in_ventory%").matches()).isFalse();
	}

	private static RiskRecord risk(String sourceKey, Gap gap, RiskStatus status, boolean edited) {
		Instant now = Instant.now();
		return new RiskRecord(UUID.randomUUID(), null, RiskSource.INVENTORY, sourceKey, GapProposals.link(gap), null,
				GapProposals.title(gap), null, List.of(), null, gap.detail(), null, List.of(gap.citation()),
				RiskRating.MODERATE, RiskRating.MODERATE, null, null, null, status, null, null, null, null, null, null,
				edited, now, now, List.of());
	}

}
