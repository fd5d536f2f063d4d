package dev.bulwark.policies;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.bulwark.identity.Accounts;
import dev.bulwark.identity.MemberSummary;
import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Role;
import dev.bulwark.shared.StateConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commands of this module's pages and API: adopt a template, draft, approve, publish,
 * discard or delete versions, retire, review, acknowledge. Each takes the acting person,
 * runs in one transaction, publishes its {@link PolicyEvent} (the audit entry) and
 * reports the module's due dates again.
 */
@Service
class PolicyService {

	/** Text of a policy written from scratch, until the officer writes their own. */
	static final String BLANK_TEXT = """
			## Purpose

			Say in a sentence or two what this policy is for.

			## What we do

			- What the practice does, who does it and how often.

			## Who is responsible

			{{security_officer}}, the security officer, keeps this policy up to date.
			""";

	private final DocumentRepository repository;

	private final PolicyTemplates templates;

	private final Practices practices;

	private final Accounts accounts;

	private final PolicyDueDates dueDates;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PolicyService(DocumentRepository repository, PolicyTemplates templates, Practices practices, Accounts accounts,
			PolicyDueDates dueDates, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.templates = templates;
		this.practices = practices;
		this.accounts = accounts;
		this.dueDates = dueDates;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates a policy with draft version 1: a template filled in from the practice's
	 * profile, or an outline under the given title.
	 * @throws InvalidInputException for an unknown template, or no title without one
	 * @throws StateConflictException if the template was already adopted
	 */
	@Transactional
	DocumentDetails adopt(Actor actor, AdoptForm form) {
		UUID practiceId = actor.practiceId();
		TemplateText.Profile profile = profile(actor);
		Instant now = this.clock.instant();
		ControlledDocument document;
		PolicyEvent fact;
		if (form.templateKey() != null) {
			PolicyTemplate template = this.templates.find(form.templateKey())
				.orElseThrow(() -> InvalidInputException.of("templateKey", "That template does not exist."));
			if (this.repository.adoptedTemplates(practiceId).contains(template.key())) {
				throw StateConflictException.of("The template \"" + template.title()
						+ "\" was already adopted; open that policy to change it.");
			}
			document = ControlledDocument.create(practiceId, UUID.randomUUID(), DocumentKind.POLICY, null,
					template.key(), template.title(), template.citations(), now);
			document.startDraft(UUID.randomUUID(), TemplateText.fill(template.body(), profile),
					"Adopted from Bulwark's template", today(actor), now, actor.userId(), actor.displayName());
			fact = new PolicyEvent.PolicyAdopted(practiceId, document.id(), document.title(), template.key());
		}
		else {
			if (form.title() == null) {
				throw InvalidInputException.of("title", "Give the policy a title, or choose a template.");
			}
			document = ControlledDocument.create(practiceId, UUID.randomUUID(), DocumentKind.POLICY, null, null,
					form.title(), List.of(), now);
			document.startDraft(UUID.randomUUID(), TemplateText.fill(BLANK_TEXT, profile), null, today(actor), now,
					actor.userId(), actor.displayName());
			fact = new PolicyEvent.DocumentCreated(practiceId, document.id(), DocumentKind.POLICY.label(),
					document.title());
		}
		this.repository.insert(practiceId, document.details(), actor.userId(), now);
		return done(actor, document, fact);
	}

	/**
	 * Starts the next version: with the given text, or a copy of the version in effect
	 * (or the latest one).
	 */
	@Transactional
	DocumentDetails startVersion(Actor actor, UUID documentId, NewVersionForm form) {
		ControlledDocument document = load(actor, documentId);
		String content = form.content();
		if (content == null) {
			VersionDetails base = (document.current() != null) ? document.current()
					: document.details().versions().stream().findFirst().orElse(null);
			content = (base != null) ? base.content() : TemplateText.fill(BLANK_TEXT, profile(actor));
		}
		PolicyEvent fact = document.startDraft(UUID.randomUUID(), content, form.changeNote(), today(actor),
				this.clock.instant(), actor.userId(), actor.displayName());
		return save(actor, document, fact);
	}

	@Transactional
	DocumentDetails changeDraft(Actor actor, UUID documentId, UUID versionId, DraftForm form) {
		ControlledDocument document = load(actor, documentId);
		return save(actor, document, document.changeDraft(versionId, form.title(), form.content(), form.changeNote()));
	}

	@Transactional
	DocumentDetails approve(Actor actor, UUID documentId, UUID versionId, ApproveForm form) {
		actor.require(Permission.POLICIES_APPROVE);
		ControlledDocument document = load(actor, documentId);
		return save(actor, document, document.approve(versionId, form.approvedOn(), form.approverName(), today(actor),
				this.clock.instant(), actor.userId()));
	}

	@Transactional
	DocumentDetails publish(Actor actor, UUID documentId, UUID versionId, PublishForm form) {
		actor.require(Permission.POLICIES_APPROVE);
		ControlledDocument document = load(actor, documentId);
		return save(actor, document, document.publish(versionId, form.significantChange(), today(actor),
				this.clock.instant(), actor.userId()));
	}

	/**
	 * Discards an unpublished version, or deletes one past its retention. A document left
	 * without versions (a template adopted, then discarded) goes too.
	 * @return the document, or {@code null} if it is gone
	 */
	@Transactional
	DocumentDetails remove(Actor actor, UUID documentId, UUID versionId) {
		ControlledDocument document = load(actor, documentId);
		PolicyEvent fact = document.remove(versionId, today(actor));
		if (document.details().versions().isEmpty()) {
			this.repository.save(actor.practiceId(), document.details(), this.clock.instant());
			this.repository.deleteEmpty(actor.practiceId(), documentId);
			this.events.publishEvent(fact);
			this.dueDates.report(actor.practiceId());
			return null;
		}
		return save(actor, document, fact);
	}

	@Transactional
	DocumentDetails retire(Actor actor, UUID documentId) {
		actor.require(Permission.POLICIES_APPROVE);
		ControlledDocument document = load(actor, documentId);
		return save(actor, document, document.retire(today(actor)));
	}

	@Transactional
	DocumentDetails review(Actor actor, UUID documentId, ReviewForm form) {
		ControlledDocument document = load(actor, documentId);
		PolicyEvent.PolicyReviewed reviewed = document.review(form.reviewedOn(), form.changesNeeded(), today(actor));
		this.repository.insertReview(
				actor.practiceId(), documentId, new ReviewRecord(UUID.randomUUID(), form.reviewedOn(),
						actor.displayName(), form.changesNeeded(), form.notes(), reviewed.nextDueOn()),
				this.clock.instant(), actor.userId());
		return save(actor, document, reviewed);
	}

	/**
	 * Records that the actor read and acknowledged the version in effect.
	 * @throws InvalidInputException if the version is not one of this document
	 * @throws StateConflictException if the version is not in effect or was already
	 * acknowledged
	 */
	@Transactional
	AcknowledgementRecord acknowledge(Actor actor, UUID documentId, AcknowledgeForm form) {
		actor.require(Permission.POLICIES_ACKNOWLEDGE);
		ControlledDocument document = load(actor, documentId);
		Set<Integer> acknowledged = this.repository.acknowledgementsOf(actor.practiceId(), actor.userId())
			.stream()
			.filter((ack) -> ack.documentId().equals(documentId))
			.map(AcknowledgementRecord::versionNumber)
			.collect(Collectors.toSet());
		LocalDate today = today(actor);
		PolicyEvent.PolicyAcknowledged fact = document.acknowledge(form.versionId(), actor.userId(),
				actor.displayName(), acknowledged, today);
		AcknowledgementRecord record = new AcknowledgementRecord(UUID.randomUUID(), documentId, form.versionId(),
				fact.versionNumber(), actor.userId(), actor.displayName(), today, this.clock.instant());
		this.repository.insertAcknowledgement(actor.practiceId(), record);
		this.events.publishEvent(fact);
		this.dueDates.report(actor.practiceId());
		return record;
	}

	/**
	 * The practice's details a template is filled in with. The security officer is the
	 * acting person when they hold that role, else the first security officer by name.
	 */
	TemplateText.Profile profile(Actor actor) {
		PracticeDetails practice = this.practices.get(actor.practiceId());
		String officer = actor.is(Role.SECURITY_OFFICER) ? actor.displayName()
				: this.accounts.activeMembers(actor.practiceId())
					.stream()
					.filter((member) -> member.role() == Role.SECURITY_OFFICER)
					.map(MemberSummary::displayName)
					.min(Comparator.comparing(String::toLowerCase))
					.orElse("The security officer");
		return new TemplateText.Profile(practice.name(), officer, practice.zone(), practice.nprmMode());
	}

	private ControlledDocument load(Actor actor, UUID documentId) {
		return ControlledDocument.of(actor.practiceId(), this.repository.find(actor.practiceId(), documentId)
			.orElseThrow(() -> NotFoundException.of("Policy", documentId)));
	}

	private DocumentDetails save(Actor actor, ControlledDocument document, PolicyEvent fact) {
		this.repository.save(actor.practiceId(), document.details(), this.clock.instant());
		return done(actor, document, fact);
	}

	private DocumentDetails done(Actor actor, ControlledDocument document, PolicyEvent fact) {
		this.events.publishEvent(fact);
		this.dueDates.report(actor.practiceId());
		return document.details();
	}

	private LocalDate today(Actor actor) {
		return LocalDate.ofInstant(this.clock.instant(), actor.zone());
	}

}
