package dev.bulwark.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.bulwark.evidence.EvidenceContent;
import dev.bulwark.evidence.EvidenceDetails;
import dev.bulwark.evidence.EvidenceFile;
import dev.bulwark.evidence.EvidenceForm;
import dev.bulwark.evidence.EvidenceOwner;
import dev.bulwark.evidence.EvidencePanel;
import dev.bulwark.evidence.EvidenceStore;
import dev.bulwark.evidence.EvidenceSummary;
import dev.bulwark.identity.Accounts;
import dev.bulwark.identity.MemberSummary;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training taken outside Bulwark: the security officer records it with its certificate,
 * which is stored encrypted in the shared evidence store and kept as evidence is. Only
 * this module's controllers call it. Everyone's records for those who read the
 * workforce's records; a person's own otherwise.
 */
@Service
class OutsideTrainings {

	private final OutsideTrainingRepository repository;

	private final EvidenceStore evidence;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OutsideTrainings(OutsideTrainingRepository repository, EvidenceStore evidence, Accounts accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.evidence = evidence;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records outside training and stores its certificate, if one is given; nothing is
	 * kept if the certificate is refused.
	 * @throws InvalidInputException for a person not in the practice, a date ahead, or a
	 * file the evidence store does not keep (field {@code file})
	 */
	@Transactional
	OutsideTraining record(Actor actor, OutsideTrainingForm form) {
		UUID practiceId = actor.practiceId();
		Optional<MemberSummary> member = (form.userId() != null) ? this.accounts.member(practiceId, form.userId())
				: Optional.empty();
		if (form.userId() != null && member.isEmpty()) {
			throw InvalidInputException.of("userId", "That person is not a member of this practice.");
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, actor.zone());
		OutsideTraining record = OutsideTraining.record(UUID.randomUUID(), form, form.userId(),
				member.map(MemberSummary::displayName).orElse(form.personName()), today, now);
		this.repository.insert(practiceId, record, actor.userId());
		this.events.publishEvent(record.recorded(practiceId));
		if (form.file() != null && !form.file().isEmpty()) {
			this.evidence.storeFor(actor, owner(record.id()), certificateForm(record), EvidenceContent.of(form.file()));
		}
		return record;
	}

	/**
	 * A record the acting person may read: their own, or anyone's for those who read the
	 * workforce's records.
	 * @throws NotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	OutsideTraining get(Actor actor, UUID id) {
		return this.repository.find(actor.practiceId(), id)
			.filter((r) -> actor.can(Permission.WORKFORCE_READ) || actor.userId().equals(r.userId()))
			.orElseThrow(() -> NotFoundException.of("Outside training record", id));
	}

	/** One page, newest first: everyone's, or the acting person's own. */
	@Transactional(readOnly = true)
	List<OutsideTraining> records(Actor actor, int page) {
		return this.repository.page(actor.practiceId(), whose(actor), Paging.offset(page, Training.PAGE_SIZE),
				Training.PAGE_SIZE);
	}

	@Transactional(readOnly = true)
	long count(Actor actor) {
		return this.repository.count(actor.practiceId(), whose(actor));
	}

	/** Every record of the practice, newest first (for the binder). */
	@Transactional(readOnly = true)
	List<OutsideTraining> all(UUID practiceId) {
		return this.repository.all(practiceId);
	}

	/** The certificates of a record, newest first. */
	@Transactional(readOnly = true)
	List<EvidenceSummary> certificates(Actor actor, UUID id) {
		return this.evidence.forOwner(actor.practiceId(), owner(get(actor, id).id()));
	}

	/** The evidence panel of a record, uploading and downloading through this module. */
	@Transactional(readOnly = true)
	EvidencePanel panel(Actor actor, UUID id) {
		String path = "/training/outside/" + get(actor, id).id();
		return this.evidence.panel(actor.practiceId(), owner(id), path)
			.withEndpoints(path + "/certificates", path + "/certificates/{evidenceId}", Permission.TRAINING_MANAGE,
					Permission.WORKFORCE_READ);
	}

	/** Stores another certificate for a record (a corrected copy, a second page). */
	@Transactional
	EvidenceDetails storeCertificate(Actor actor, UUID id, String title, EvidenceContent content) {
		OutsideTraining record = get(actor, id);
		EvidenceForm form = (title != null) ? EvidenceForm.titled(title) : certificateForm(record);
		return this.evidence.storeFor(actor, owner(id), form, content);
	}

	/** Opens a certificate of a record for download (recorded by the evidence store). */
	@Transactional
	EvidenceFile openCertificate(Actor actor, UUID id, UUID evidenceId, Integer version) {
		get(actor, id);
		return this.evidence.openFor(actor, owner(id), evidenceId, version);
	}

	static EvidenceOwner owner(UUID id) {
		return EvidenceOwner.of(OutsideTraining.EVIDENCE_TYPE, id);
	}

	private static EvidenceForm certificateForm(OutsideTraining record) {
		return EvidenceForm.titled("Training certificate: " + record.course());
	}

	private static UUID whose(Actor actor) {
		return actor.can(Permission.WORKFORCE_READ) ? null : actor.userId();
	}

}
