package dev.bulwark.policies;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.bulwark.identity.Accounts;
import dev.bulwark.identity.MemberSummary;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.StateConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policies and the controlled-document engine: documents with versions (draft, approved
 * by the security officer, published), what changed between versions, six-year retention
 * of every version once out of effect, yearly reviews and staff acknowledgement.
 * <p>
 * <b>For other modules</b> (the contingency plan, the incident response plan):
 * {@link #draft} submits the Markdown of a module's document, creating the document the
 * first time and a new draft version afterwards; {@link #documentFor} and
 * {@link #summary} say where it stands; {@link DocumentSummary#link()} is the page where
 * the security officer compares, approves and publishes it. Approval and publication
 * happen only on this module's pages and API. The calling module checks its own
 * permission before calling {@link #draft}.
 * <p>
 * <b>For staff tasks</b>: {@link #pendingAcknowledgements} lists the policies a person
 * has still to acknowledge.
 * <p>
 * Queries take the practice id first, commands the acting person. A document of another
 * practice is not found, exactly like a missing one. Reads never write.
 */
@Service
public class Policies {

	/**
	 * Days after a version takes effect by which Bulwark asks staff to acknowledge it: a
	 * recommendation; the rule sets no deadline.
	 */
	public static final int ACKNOWLEDGE_WITHIN_DAYS = 30;

	/** Documents per page, on pages and in the API. */
	static final int PAGE_SIZE = 50;

	private final DocumentRepository repository;

	private final PolicyTemplates templates;

	private final Accounts accounts;

	private final PolicyDueDates dueDates;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Policies(DocumentRepository repository, PolicyTemplates templates, Accounts accounts, PolicyDueDates dueDates,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.templates = templates;
		this.accounts = accounts;
		this.dueDates = dueDates;
		this.events = events;
		this.clock = clock;
	}

	// For other modules

	/**
	 * Submits the current text of another module's document. The first call for a kind
	 * and owner key creates the document with draft version 1; later calls change the
	 * open draft, or start the next draft when the last version was published. A text
	 * identical to the version in effect (with no draft open) changes nothing.
	 * @return where the document stands, with the link to its page
	 * @throws InvalidInputException for a missing kind, owner key, title or text
	 * @throws StateConflictException if a version is approved and waiting to be published
	 * (publish or discard it first), or the document was retired
	 */
	@Transactional
	public DocumentSummary draft(Actor actor, DocumentDraft draft) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		problems.addIf(draft.kind() == null, "kind", "Say what kind of document this is.");
		problems.addIf(draft.ownerKey() == null || draft.ownerKey().isBlank(), "ownerKey",
				"Give the document's owner key.");
		problems.addIf(draft.title() == null || draft.title().isBlank(), "title", "Give the document a title.");
		problems.addIf(draft.markdown() == null || draft.markdown().isBlank(), "content",
				"Write the text of the document.");
		problems.throwIfAny();
		UUID practiceId = actor.practiceId();
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, actor.zone());
		Optional<DocumentDetails> existing = this.repository.findByOwner(practiceId, draft.kind(), draft.ownerKey());
		ControlledDocument document;
		PolicyEvent fact;
		if (existing.isEmpty()) {
			document = ControlledDocument.create(practiceId, UUID.randomUUID(), draft.kind(), draft.ownerKey(), null,
					draft.title(), draft.citations(), now);
			document.startDraft(UUID.randomUUID(), draft.markdown(), draft.changeNote(), today, now, actor.userId(),
					actor.displayName());
			this.repository.insert(practiceId, document.details(), actor.userId(), now);
			fact = new PolicyEvent.DocumentCreated(practiceId, document.id(), draft.kind().label(), document.title());
		}
		else {
			document = ControlledDocument.of(practiceId, existing.get());
			VersionDetails open = document.openDraft();
			VersionDetails current = document.current();
			if (open == null && current != null && current.content().equals(draft.markdown())) {
				return document.details().summary();
			}
			if (open != null && open.status() == VersionStatus.APPROVED) {
				throw StateConflictException.of("Version " + open.number() + " of \"" + document.title()
						+ "\" is approved and waiting to be published: publish or discard it before submitting a "
						+ "new text.");
			}
			fact = (open != null) ? document.changeDraft(open.id(), draft.title(), draft.markdown(), draft.changeNote())
					: document.startDraft(UUID.randomUUID(), draft.markdown(), draft.changeNote(), today, now,
							actor.userId(), actor.displayName());
			this.repository.save(practiceId, document.details(), now);
		}
		this.events.publishEvent(fact);
		this.dueDates.report(practiceId);
		return document.details().summary();
	}

	/** The document of another module, by its kind and owner key. */
	@Transactional(readOnly = true)
	public Optional<DocumentSummary> documentFor(UUID practiceId, DocumentKind kind, String ownerKey) {
		return this.repository.findByOwner(practiceId, kind, ownerKey).map(DocumentDetails::summary);
	}

	/**
	 * Where a document stands.
	 * @throws NotFoundException if it is not a document of this practice
	 */
	@Transactional(readOnly = true)
	public DocumentSummary summary(UUID practiceId, UUID documentId) {
		return document(practiceId, documentId).summary();
	}

	/**
	 * Every document of a kind (or of all kinds, for {@code null}), by title: for reports
	 * and the audit binder, which show them all. Pages use one page at a time.
	 */
	@Transactional(readOnly = true)
	public List<DocumentSummary> documents(UUID practiceId, DocumentKind kind) {
		return this.repository.all(practiceId)
			.stream()
			.filter((document) -> kind == null || document.kind() == kind)
			.map(DocumentDetails::summary)
			.toList();
	}

	/**
	 * The text of the version in effect, as sanitised HTML (raw HTML in the text shown as
	 * text), for reports; empty if nothing is in effect.
	 */
	@Transactional(readOnly = true)
	public Optional<String> currentHtml(UUID practiceId, UUID documentId) {
		return ControlledDocument.of(practiceId, document(practiceId, documentId))
			.details()
			.current()
			.map((version) -> Markdown.html(version.content()));
	}

	/**
	 * The policies a person has still to acknowledge (the version in effect, again after
	 * a significant change), by title: the staff member's own task list.
	 */
	@Transactional(readOnly = true)
	public List<PendingAcknowledgement> pendingAcknowledgements(UUID practiceId, UUID userId) {
		return Acknowledgements.pending(practiceId, this.repository.all(practiceId),
				this.repository.acknowledgementsOf(practiceId, userId));
	}

	// For this module's pages and API

	@Transactional(readOnly = true)
	DocumentDetails document(UUID practiceId, UUID id) {
		return this.repository.find(practiceId, id).orElseThrow(() -> NotFoundException.of("Policy", id));
	}

	/** One page ({@value #PAGE_SIZE}) of documents of a kind (or all), retired last. */
	@Transactional(readOnly = true)
	List<DocumentDetails> documents(UUID practiceId, DocumentKind kind, int page) {
		return this.repository.list(practiceId, kind, Paging.offset(page, PAGE_SIZE), PAGE_SIZE);
	}

	@Transactional(readOnly = true)
	long count(UUID practiceId, DocumentKind kind) {
		return this.repository.count(practiceId, kind);
	}

	/** Every document, for the manual and the acknowledgement overview. */
	@Transactional(readOnly = true)
	List<DocumentDetails> all(UUID practiceId) {
		return this.repository.all(practiceId);
	}

	/**
	 * What changed from one version to another of the same document.
	 * @throws InvalidInputException (fields {@code from}, {@code to}) for a version that
	 * is not one of this document in this practice
	 */
	@Transactional(readOnly = true)
	VersionDiff compare(UUID practiceId, UUID documentId, UUID from, UUID to) {
		DocumentDetails document = document(practiceId, documentId);
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		Optional<VersionDetails> older = (from != null) ? document.version(from) : Optional.empty();
		Optional<VersionDetails> newer = (to != null) ? document.version(to) : Optional.empty();
		problems.addIf(older.isEmpty(), "from", "That version does not exist in this practice.");
		problems.addIf(newer.isEmpty(), "to", "That version does not exist in this practice.");
		problems.throwIfAny();
		return VersionDiff.between(older.get().content(), newer.get().content());
	}

	/** Where every person who acknowledges policies stands with this document. */
	@Transactional(readOnly = true)
	List<AcknowledgementStatus> acknowledgementStatus(UUID practiceId, UUID documentId) {
		DocumentDetails document = document(practiceId, documentId);
		return Acknowledgements.statusOf(practiceId, document, acknowledgers(practiceId),
				this.repository.acknowledgementsFor(practiceId, documentId));
	}

	/**
	 * Where one person stands with every policy staff acknowledge.
	 * @throws InvalidInputException (field {@code person}) if they are not a member of
	 * this practice who acknowledges policies
	 */
	@Transactional(readOnly = true)
	List<AcknowledgementStatus> acknowledgementStatusOf(UUID practiceId, UUID userId) {
		if (this.accounts.member(practiceId, userId).isEmpty()) {
			throw InvalidInputException.of("person", "That person is not a member of this practice.");
		}
		MemberSummary person = acknowledgers(practiceId).stream()
			.filter((member) -> member.userId().equals(userId))
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("person",
					"That person does not acknowledge policies: their role does not, or their account is inactive."));
		List<AcknowledgementRecord> theirs = this.repository.acknowledgementsOf(practiceId, userId);
		return this.repository.all(practiceId)
			.stream()
			.filter((document) -> document.kind().acknowledgedByStaff() && document.current().isPresent())
			.flatMap((document) -> Acknowledgements
				.statusOf(practiceId, document, List.of(person),
						theirs.stream().filter((ack) -> ack.documentId().equals(document.id())).toList())
				.stream())
			.toList();
	}

	/** The people who acknowledge policies: active members in a role that may. */
	@Transactional(readOnly = true)
	List<MemberSummary> acknowledgers(UUID practiceId) {
		return Acknowledgements.acknowledgers(this.accounts.members(practiceId));
	}

	/** A person's acknowledgements, newest first. */
	@Transactional(readOnly = true)
	List<AcknowledgementRecord> acknowledgementsOf(UUID practiceId, UUID userId) {
		return this.repository.acknowledgementsOf(practiceId, userId);
	}

	@Transactional(readOnly = true)
	List<ReviewRecord> reviews(UUID practiceId, UUID documentId) {
		document(practiceId, documentId);
		return this.repository.reviews(practiceId, documentId);
	}

	/** Every template, each with whether the practice has adopted it. */
	@Transactional(readOnly = true)
	List<TemplateChoice> templates(UUID practiceId) {
		Set<String> adopted = this.repository.adoptedTemplates(practiceId);
		return this.templates.all()
			.stream()
			.map((template) -> new TemplateChoice(template, adopted.contains(template.key())))
			.toList();
	}

	/** A template and whether the practice has adopted it. */
	record TemplateChoice(PolicyTemplate template, boolean adopted) {

	}

	/** The practice's local date, for forms' defaults. */
	LocalDate today(Actor actor) {
		return LocalDate.ofInstant(this.clock.instant(), actor.zone());
	}

	/** How many acknowledgements the practice's people still owe, for the dashboard. */
	@Transactional(readOnly = true)
	long pendingAcknowledgementCount(UUID practiceId) {
		List<DocumentDetails> documents = this.repository.all(practiceId);
		List<AcknowledgementRecord> acks = this.repository.acknowledgements(practiceId);
		return acknowledgers(practiceId).stream()
			.mapToLong((member) -> Acknowledgements
				.pending(practiceId, documents,
						acks.stream().filter((ack) -> Objects.equals(ack.userId(), member.userId())).toList())
				.size())
			.sum();
	}

	/** Templates adopted, for the dashboard. */
	@Transactional(readOnly = true)
	int adoptedTemplateCount(UUID practiceId) {
		return (int) this.repository.adoptedTemplates(practiceId)
			.stream()
			.filter((key) -> this.templates.find(key).isPresent())
			.collect(Collectors.toSet())
			.size();
	}

	int templateCount() {
		return this.templates.all().size();
	}

}
