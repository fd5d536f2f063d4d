package dev.bulwark.vendors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.bulwark.evidence.EvidenceDeleted;
import dev.bulwark.evidence.EvidenceLinked;
import dev.bulwark.evidence.EvidenceOwner;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.evidence.EvidenceUnlinked;
import dev.bulwark.evidence.EvidenceUploaded;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.GapsReported;
import dev.bulwark.shared.PracticeDayBegan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each vendor's agreement standing ({@link BaaState}) and tells the risk register
 * about the gaps ({@link GapsReported}, source {@value VendorGaps#SOURCE}) and the
 * calendar about renewal dates ({@link DueItemsReported}): after every change in this
 * module (in its transaction), when a practice's day begins (agreements take effect and
 * expire with the calendar), and when a signed copy is added to or taken from an
 * agreement in the evidence store.
 */
@Component
class VendorStandings {

	static final String BAA = "baa";

	private final VendorRepository vendors;

	private final BaaRepository agreements;

	private final EvidenceStore evidence;

	private final VendorCatalog catalog;

	private final Practices practices;

	private final ApplicationEventPublisher events;

	private final OversightRepository oversight;

	VendorStandings(VendorRepository vendors, BaaRepository agreements, EvidenceStore evidence, VendorCatalog catalog,
			Practices practices, ApplicationEventPublisher events, OversightRepository oversight) {
		this.oversight = oversight;
		this.vendors = vendors;
		this.agreements = agreements;
		this.evidence = evidence;
		this.catalog = catalog;
		this.practices = practices;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(PracticeDayBegan day) {
		refresh(day.practiceId(), day.date());
	}

	@ApplicationModuleListener
	void on(EvidenceUploaded uploaded) {
		if (uploaded.attachedTo() != null && uploaded.attachedTo().startsWith(BAA + "/")) {
			refresh(uploaded.practiceId(), this.practices.today(uploaded.practiceId()));
		}
	}

	@ApplicationModuleListener
	void on(EvidenceLinked linked) {
		if (BAA.equals(linked.owner().type())) {
			refresh(linked.practiceId(), this.practices.today(linked.practiceId()));
		}
	}

	@ApplicationModuleListener
	void on(EvidenceUnlinked unlinked) {
		if (BAA.equals(unlinked.owner().type())) {
			refresh(unlinked.practiceId(), this.practices.today(unlinked.practiceId()));
		}
	}

	@ApplicationModuleListener
	void on(EvidenceDeleted deleted) {
		refresh(deleted.practiceId(), this.practices.today(deleted.practiceId()));
	}

	/**
	 * Recomputes every vendor's standing for the practice's date, records the ones that
	 * changed (each an audited {@link VendorEvent.BaaStandingChanged}) and reports all
	 * open gaps. Idempotent.
	 */
	@Transactional
	void refresh(UUID practiceId, LocalDate today) {
		Map<UUID, List<BaaDetails>> byVendor = this.agreements.all(practiceId)
			.stream()
			.collect(Collectors.groupingBy(BaaDetails::vendorId));
		List<String> required = this.catalog.requiredTerms().stream().map(VendorCatalog.BaaTerm::key).toList();
		List<VendorDetails> now = new ArrayList<>();
		for (VendorDetails vendor : this.vendors.all(practiceId)) {
			List<BaaDetails> theirs = byVendor.getOrDefault(vendor.id(), List.of());
			List<Baa.Agreement> checked = theirs.stream()
				.map((baa) -> baa.withDocuments(this.evidence.forOwner(practiceId, owner(baa.id()))).agreement())
				.toList();
			Baa.Standing standing = Baa.standing(vendor.businessAssociate(), checked, required, today);
			LocalDate renewal = (standing.agreementId() == null) ? null
					: theirs.stream()
						.filter((baa) -> baa.id().equals(standing.agreementId()))
						.findFirst()
						.map(BaaDetails::expiresOn)
						.orElse(null);
			if (standing.state() != vendor.baaState() || !java.util.Objects.equals(renewal, vendor.baaRenewalOn())) {
				this.vendors.updateStanding(practiceId, vendor.id(), standing.state(), renewal);
			}
			if (standing.state() != vendor.baaState()) {
				this.events.publishEvent(new VendorEvent.BaaStandingChanged(practiceId, vendor.id(), vendor.name(),
						vendor.baaState().label(), standing.state().label(), standing.state().gap()));
			}
			now.add(vendor.withStanding(standing.state(), renewal));
		}
		this.events.publishEvent(new GapsReported(practiceId, VendorGaps.SOURCE,
				VendorGaps.of(now, this.oversight.allBreaches(practiceId))));
		this.events.publishEvent(new DueItemsReported(practiceId, VendorGaps.SOURCE,
				VendorDueDates.of(now, this.oversight.lastVerifiedOn(practiceId),
						this.practices.find(practiceId).map((p) -> p.nprmMode()).orElse(false),
						this.practices.find(practiceId).map((p) -> p.zone()).orElse(java.time.ZoneOffset.UTC))));
	}

	static EvidenceOwner owner(UUID baaId) {
		return EvidenceOwner.of(BAA, baaId);
	}

}
