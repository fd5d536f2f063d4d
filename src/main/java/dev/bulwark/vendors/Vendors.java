package dev.bulwark.vendors;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.bulwark.evidence.EvidenceContent;
import dev.bulwark.evidence.EvidenceDetails;
import dev.bulwark.evidence.EvidenceFile;
import dev.bulwark.evidence.EvidenceForm;
import dev.bulwark.evidence.EvidencePanel;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.inventory.Inventory;
import dev.bulwark.inventory.InventorySystem;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Choice;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.DueItemsReported;
import dev.bulwark.shared.GapsReported;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;
import dev.bulwark.practice.Practices;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor register and the practice's business associate agreements.
 * <p>
 * Queries take the practice id (from {@code CurrentActor}, never from a request);
 * commands take the {@link Actor}. Another practice's vendor is a
 * {@link NotFoundException}, like a missing one. Every change is published as a
 * {@link VendorEvent} and audited in the same transaction.
 */
@Service
public class Vendors {

	private final VendorRepository repository;

	private final Inventory inventory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final BaaRepository agreements;

	private final VendorStandings standings;

	private final VendorCatalog catalog;

	private final EvidenceStore evidence;

	private final Practices practices;

	private final OversightRepository oversight;

	Vendors(VendorRepository repository, Inventory inventory, ApplicationEventPublisher events, Clock clock,
			BaaRepository agreements, VendorStandings standings, VendorCatalog catalog, EvidenceStore evidence,
			Practices practices, OversightRepository oversight) {
		this.oversight = oversight;
		this.repository = repository;
		this.inventory = inventory;
		this.events = events;
		this.clock = clock;
		this.agreements = agreements;
		this.standings = standings;
		this.catalog = catalog;
		this.evidence = evidence;
		this.practices = practices;
	}

	// Queries

	/** One page ({@value VendorRepository#PAGE_SIZE} rows) of the register, by name. */
	@Transactional(readOnly = true)
	public List<VendorSummary> vendors(UUID practiceId, int page) {
		return this.repository.page(practiceId, Paging.offset(page, VendorRepository.PAGE_SIZE));
	}

	/** How many vendors the practice has recorded. */
	@Transactional(readOnly = true)
	public long count(UUID practiceId) {
		return this.repository.count(practiceId);
	}

	@Transactional(readOnly = true)
	VendorDetails vendor(UUID practiceId, UUID id) {
		Map<UUID, String> names = systemNames(practiceId);
		return this.repository.find(practiceId, id, names::get).orElseThrow(() -> NotFoundException.of("Vendor", id));
	}

	/** The inventory's systems, for the form's tick boxes. */
	@Transactional(readOnly = true)
	List<Choice> systemChoices(UUID practiceId) {
		return this.inventory.systems(practiceId)
			.stream()
			.map((system) -> new Choice(system.id().toString(), system.label()))
			.toList();
	}

	/**
	 * Every open gap of the register now (business associates without a current
	 * agreement), as the last change or daily tick left it: for the vendor pages and
	 * reports.
	 */
	@Transactional(readOnly = true)
	public List<GapsReported.Gap> openGaps(UUID practiceId) {
		return VendorGaps.of(this.repository.all(practiceId), this.oversight.allBreaches(practiceId));
	}

	/**
	 * Every open due item of the register (agreement renewals; in NPRM-ready mode the
	 * yearly safeguards verifications of the proposed rule), soonest first: the due list
	 * of the vendor pages.
	 */
	@Transactional(readOnly = true)
	public List<DueItemsReported.DueItem> dueItems(UUID practiceId) {
		return VendorDueDates.of(this.repository.all(practiceId), this.oversight.lastVerifiedOn(practiceId),
				this.practices.get(practiceId).nprmMode(), this.practices.zone(practiceId));
	}

	/**
	 * Every business associate of the register, by name, with its latest agreement's
	 * dates: for the risk analysis report, which lists them all (not a page).
	 */
	@Transactional(readOnly = true)
	public List<BusinessAssociateListing> businessAssociates(UUID practiceId) {
		Map<UUID, BaaDetails> latest = new java.util.HashMap<>();
		for (BaaDetails baa : this.agreements.all(practiceId)) {
			latest.merge(baa.vendorId(), baa, (a, b) -> b.effectiveOn().isAfter(a.effectiveOn()) ? b : a);
		}
		return this.repository.all(practiceId).stream().filter(VendorDetails::businessAssociate).map((vendor) -> {
			BaaDetails baa = latest.get(vendor.id());
			return new BusinessAssociateListing(vendor.name(), vendor.service(), vendor.baaState().label(),
					(baa != null) ? baa.effectiveOn() : null, (baa != null) ? baa.expiresOn() : null,
					vendor.baaRenewalOn());
		}).toList();
	}

	/** Every vendor with its agreements, for the audit binder. */
	@Transactional(readOnly = true)
	List<VendorDetails> allVendors(UUID practiceId) {
		Map<UUID, String> names = systemNames(practiceId);
		return this.repository.all(practiceId)
			.stream()
			.map((vendor) -> new VendorDetails(vendor.id(), vendor.name(), vendor.service(), vendor.contactName(),
					vendor.contactEmail(), vendor.contactPhone(),
					vendor.systems()
						.stream()
						.map((system) -> new VendorDetails.SystemRef(system.id(), names.get(system.id())))
						.toList(),
					vendor.dataFlows(), vendor.createsPhi(), vendor.receivesPhi(), vendor.maintainsPhi(),
					vendor.transmitsPhi(), vendor.conduit(), vendor.determination(), vendor.riskTier(), vendor.notes(),
					vendor.baaState(), vendor.baaRenewalOn(), vendor.createdAt(), vendor.updatedAt()))
			.toList();
	}

	/** Every agreement of the practice with its signed copies, for the audit binder. */
	@Transactional(readOnly = true)
	List<BaaDetails> allAgreements(UUID practiceId) {
		return this.agreements.all(practiceId)
			.stream()
			.map((baa) -> baa.withDocuments(this.evidence.forOwner(practiceId, VendorStandings.owner(baa.id()))))
			.toList();
	}

	/** A vendor's agreements, newest first, each with its signed document(s). */
	@Transactional(readOnly = true)
	List<BaaDetails> agreements(UUID practiceId, UUID vendorId) {
		vendor(practiceId, vendorId);
		return this.agreements.forVendor(practiceId, vendorId)
			.stream()
			.map((baa) -> baa.withDocuments(this.evidence.forOwner(practiceId, VendorStandings.owner(baa.id()))))
			.toList();
	}

	@Transactional(readOnly = true)
	BaaDetails agreement(UUID practiceId, UUID vendorId, UUID baaId) {
		return this.agreements.find(practiceId, vendorId, baaId)
			.map((baa) -> baa.withDocuments(this.evidence.forOwner(practiceId, VendorStandings.owner(baa.id()))))
			.orElseThrow(() -> NotFoundException.of("Business associate agreement", baaId));
	}

	/** The terms shown to the practice (the proposed one only in NPRM-ready mode). */
	@Transactional(readOnly = true)
	List<VendorCatalog.BaaTerm> terms(UUID practiceId) {
		return this.catalog.terms(this.practices.get(practiceId).nprmMode());
	}

	/** The terms as tick boxes. */
	@Transactional(readOnly = true)
	List<Choice> termChoices(UUID practiceId) {
		return terms(practiceId).stream().map((term) -> new Choice(term.key(), term.label())).toList();
	}

	/**
	 * The evidence panel of an agreement, uploading and downloading through this module.
	 */
	@Transactional(readOnly = true)
	EvidencePanel panel(UUID practiceId, UUID vendorId, UUID baaId) {
		String path = "/vendors/" + vendorId + "/baas/" + baaId;
		return this.evidence.panel(practiceId, VendorStandings.owner(baaId), path)
			.withEndpoints(path + "/documents", path + "/documents/{evidenceId}", Permission.VENDORS_EDIT,
					Permission.VENDORS_READ);
	}

	// Commands

	@Transactional
	VendorDetails add(Actor actor, VendorForm form) {
		checkSystems(actor.practiceId(), form, List.of());
		Vendor vendor = Vendor.add(actor.practiceId(), UUID.randomUUID(), form);
		this.repository.insert(vendor, this.clock.instant());
		this.events.publishEvent(vendor.added());
		this.standings.refresh(actor.practiceId(), today(actor));
		return vendor(actor.practiceId(), vendor.id());
	}

	@Transactional
	VendorDetails change(Actor actor, UUID id, VendorForm form) {
		VendorDetails before = vendor(actor.practiceId(), id);
		Vendor vendor = Vendor.of(actor.practiceId(), before);
		checkSystems(actor.practiceId(), form, before.systems().stream().map(VendorDetails.SystemRef::id).toList());
		VendorEvent.VendorChanged changed = vendor.change(form);
		this.repository.update(vendor, this.clock.instant());
		this.events.publishEvent(changed);
		this.standings.refresh(actor.practiceId(), today(actor));
		return vendor(actor.practiceId(), id);
	}

	/**
	 * Records an agreement with its signed document, stored encrypted in the evidence
	 * store; nothing is saved if the file or any detail is refused.
	 */
	@Transactional
	BaaDetails recordAgreement(Actor actor, UUID vendorId, BaaUploadForm form) {
		VendorDetails vendor = vendor(actor.practiceId(), vendorId);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		try {
			Baa.check(form.details(), termKeys());
		}
		catch (InvalidInputException ex) {
			ex.errors().forEach(problems::add);
		}
		if (form.file() == null || form.file().isEmpty()) {
			problems.add("file", "Choose the signed agreement to upload.");
		}
		problems.throwIfAny();
		UUID id = UUID.randomUUID();
		this.agreements.insert(actor.practiceId(), vendorId, id, form.details(), this.clock.instant());
		this.evidence.storeFor(actor, VendorStandings.owner(id),
				new EvidenceForm("Business associate agreement with " + vendor.name(), null, form.expiresOn()),
				EvidenceContent.of(form.file()));
		this.events.publishEvent(new VendorEvent.BaaRecorded(actor.practiceId(), vendorId, id, vendor.name(),
				form.effectiveOn(), form.expiresOn(), form.breachWindowDays()));
		this.standings.refresh(actor.practiceId(), today(actor));
		return agreement(actor.practiceId(), vendorId, id);
	}

	@Transactional
	BaaDetails changeAgreement(Actor actor, UUID vendorId, UUID baaId, BaaForm form) {
		BaaDetails before = agreement(actor.practiceId(), vendorId, baaId);
		Baa.check(form, termKeys());
		this.agreements.update(actor.practiceId(), baaId, form, this.clock.instant());
		this.events.publishEvent(new VendorEvent.BaaChanged(actor.practiceId(), vendorId, baaId, before.vendorName(),
				form.effectiveOn(), form.expiresOn(), form.breachWindowDays(), form.terms()));
		this.standings.refresh(actor.practiceId(), today(actor));
		return agreement(actor.practiceId(), vendorId, baaId);
	}

	/** Stores another signed document (a new version, an amendment) for an agreement. */
	@Transactional
	EvidenceDetails storeDocument(Actor actor, UUID vendorId, UUID baaId, EvidenceForm form, EvidenceContent content) {
		BaaDetails baa = agreement(actor.practiceId(), vendorId, baaId);
		EvidenceForm titled = (form.title() != null) ? form : new EvidenceForm(
				"Business associate agreement with " + baa.vendorName(), form.description(), baa.expiresOn());
		EvidenceDetails stored = this.evidence.storeFor(actor, VendorStandings.owner(baaId), titled, content);
		this.standings.refresh(actor.practiceId(), today(actor));
		return stored;
	}

	/** Opens an agreement's signed document for download (audited by the store). */
	@Transactional(noRollbackFor = dev.bulwark.shared.StateConflictException.class)
	EvidenceFile openDocument(Actor actor, UUID vendorId, UUID baaId, UUID evidenceId, Integer version) {
		agreement(actor.practiceId(), vendorId, baaId);
		return this.evidence.openFor(actor, VendorStandings.owner(baaId), evidenceId, version);
	}

	// Oversight: yearly safeguards verification (proposed rule) and material breaches

	/** The questions of the vendor security questionnaire. */
	List<VendorCatalog.Question> questions() {
		return this.catalog.questions();
	}

	/** A vendor's safeguards verifications, newest first, each with its certification. */
	@Transactional(readOnly = true)
	List<VerificationDetails> verifications(UUID practiceId, UUID vendorId) {
		vendor(practiceId, vendorId);
		return this.oversight.verifications(practiceId, vendorId)
			.stream()
			.map((v) -> v.withDocuments(this.evidence.forOwner(practiceId, verificationOwner(v.id()))))
			.toList();
	}

	@Transactional(readOnly = true)
	VerificationDetails verification(UUID practiceId, UUID vendorId, UUID id) {
		return this.oversight.verification(practiceId, vendorId, id)
			.map((v) -> v.withDocuments(this.evidence.forOwner(practiceId, verificationOwner(v.id()))))
			.orElseThrow(() -> NotFoundException.of("Verification", id));
	}

	/** Every verification of the practice, for the audit binder. */
	@Transactional(readOnly = true)
	List<VerificationDetails> allVerifications(UUID practiceId) {
		return this.oversight.allVerifications(practiceId)
			.stream()
			.map((v) -> v.withDocuments(this.evidence.forOwner(practiceId, verificationOwner(v.id()))))
			.toList();
	}

	/**
	 * The evidence panel of a verification, uploading and downloading through this
	 * module.
	 */
	@Transactional(readOnly = true)
	EvidencePanel verificationPanel(UUID practiceId, UUID vendorId, UUID id) {
		String path = "/vendors/" + vendorId + "/verifications/" + id;
		return this.evidence.panel(practiceId, verificationOwner(id), path)
			.withEndpoints(path + "/documents", path + "/documents/{evidenceId}", Permission.VENDORS_EDIT,
					Permission.VENDORS_READ);
	}

	/**
	 * Records a yearly written verification of a business associate's technical
	 * safeguards (a requirement of the 2025 proposed rule, not in force) with the
	 * vendor's written certification, stored encrypted; nothing is saved if anything is
	 * refused.
	 */
	@Transactional
	VerificationDetails recordVerification(Actor actor, UUID vendorId, VerificationForm form) {
		VendorDetails vendor = vendor(actor.practiceId(), vendorId);
		boolean hasFile = form.file() != null && !form.file().isEmpty();
		Map<String, VerificationAnswer> answers = Oversight.checkVerification(form,
				this.catalog.questions().stream().map(VendorCatalog.Question::key).toList(), hasFile, today(actor));
		int score = Oversight.score(answers);
		UUID id = UUID.randomUUID();
		this.oversight.insertVerification(actor.practiceId(), vendorId, id, form, answers, score, actor.userId(),
				this.clock.instant());
		this.evidence.storeFor(actor, verificationOwner(id),
				new EvidenceForm("Safeguards certification of " + vendor.name() + ", " + form.verifiedOn(), null, null),
				EvidenceContent.of(form.file()));
		this.events.publishEvent(new VendorEvent.VerificationRecorded(actor.practiceId(), vendorId, id, vendor.name(),
				form.verifiedOn(), score, Oversight.nextDue(form.verifiedOn())));
		this.standings.refresh(actor.practiceId(), today(actor));
		return verification(actor.practiceId(), vendorId, id);
	}

	/**
	 * Stores another document (a new certification, an attachment) for a verification.
	 */
	@Transactional
	EvidenceDetails storeVerificationDocument(Actor actor, UUID vendorId, UUID id, EvidenceForm form,
			EvidenceContent content) {
		VerificationDetails verification = verification(actor.practiceId(), vendorId, id);
		EvidenceForm titled = (form.title() != null) ? form
				: new EvidenceForm(
						"Safeguards certification of " + verification.vendorName() + ", " + verification.verifiedOn(),
						form.description(), null);
		return this.evidence.storeFor(actor, verificationOwner(id), titled, content);
	}

	/** Opens a verification's document for download (audited by the store). */
	@Transactional(noRollbackFor = dev.bulwark.shared.StateConflictException.class)
	EvidenceFile openVerificationDocument(Actor actor, UUID vendorId, UUID id, UUID evidenceId, Integer version) {
		verification(actor.practiceId(), vendorId, id);
		return this.evidence.openFor(actor, verificationOwner(id), evidenceId, version);
	}

	static dev.bulwark.evidence.EvidenceOwner verificationOwner(UUID verificationId) {
		return dev.bulwark.evidence.EvidenceOwner.of("vendor-verification", verificationId);
	}

	/** A vendor's material breaches, newest first. */
	@Transactional(readOnly = true)
	List<MaterialBreachDetails> breaches(UUID practiceId, UUID vendorId) {
		vendor(practiceId, vendorId);
		return this.oversight.breaches(practiceId, vendorId);
	}

	/** Every material breach of the practice, for the audit binder. */
	@Transactional(readOnly = true)
	List<MaterialBreachDetails> allBreaches(UUID practiceId) {
		return this.oversight.allBreaches(practiceId);
	}

	@Transactional(readOnly = true)
	MaterialBreachDetails breach(UUID practiceId, UUID vendorId, UUID id) {
		return this.oversight.breach(practiceId, vendorId, id)
			.orElseThrow(() -> NotFoundException.of("Material breach", id));
	}

	/**
	 * Records a pattern of activity or practice of a business associate that the practice
	 * knows to be a material breach of its agreement, with the steps taken to cure it or
	 * end the violation, or the termination (164.504(e)(1)(ii), 164.314(a)(1)).
	 */
	@Transactional
	MaterialBreachDetails recordBreach(Actor actor, UUID vendorId, MaterialBreachForm form) {
		VendorDetails vendor = vendor(actor.practiceId(), vendorId);
		Oversight.checkBreach(form, today(actor));
		UUID id = UUID.randomUUID();
		this.oversight.insertBreach(actor.practiceId(), vendorId, id, form, actor.userId(), this.clock.instant());
		this.events.publishEvent(new VendorEvent.MaterialBreachRecorded(actor.practiceId(), vendorId, id, vendor.name(),
				form.learnedOn(), form.outcome().label()));
		this.standings.refresh(actor.practiceId(), today(actor));
		return breach(actor.practiceId(), vendorId, id);
	}

	/** Brings a material breach's record up to date: more steps, the outcome. */
	@Transactional
	MaterialBreachDetails changeBreach(Actor actor, UUID vendorId, UUID id, MaterialBreachForm form) {
		MaterialBreachDetails before = breach(actor.practiceId(), vendorId, id);
		Oversight.checkBreach(form, today(actor));
		this.oversight.updateBreach(actor.practiceId(), id, form, this.clock.instant());
		this.events.publishEvent(new VendorEvent.MaterialBreachUpdated(actor.practiceId(), vendorId, id,
				before.vendorName(), form.outcome().label()));
		this.standings.refresh(actor.practiceId(), today(actor));
		return breach(actor.practiceId(), vendorId, id);
	}

	// Inside

	private java.util.Set<String> termKeys() {
		return this.catalog.terms().stream().map(VendorCatalog.BaaTerm::key).collect(Collectors.toSet());
	}

	private java.time.LocalDate today(Actor actor) {
		return java.time.LocalDate.ofInstant(this.clock.instant(), actor.zone());
	}

	private Map<UUID, String> systemNames(UUID practiceId) {
		return this.inventory.systems(practiceId)
			.stream()
			.collect(Collectors.toMap(InventorySystem::id, InventorySystem::name, (a, b) -> a));
	}

	/**
	 * Every system named must be one of the practice's in use or spare, or one the vendor
	 * was already linked to (a system disposed of since stays linked until it is
	 * unticked).
	 */
	private void checkSystems(UUID practiceId, VendorForm form, List<UUID> linked) {
		if (form.systemIds().isEmpty()) {
			return;
		}
		java.util.Set<UUID> known = new java.util.HashSet<>(systemNames(practiceId).keySet());
		known.addAll(linked);
		if (!known.containsAll(form.systemIds())) {
			throw InvalidInputException.of("systemIds", "That system does not exist in this practice.");
		}
	}

}
