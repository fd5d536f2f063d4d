package dev.bulwark.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.StateConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The evidence store every module uses: stores files encrypted (AES-256-GCM, a key per
 * file sealed with the master key), keeps every version, attaches items to records, hands
 * files out only after checking them, and refuses deletion before the retention date.
 * <p>
 * <strong>Who may do what.</strong> The store trusts the endpoint that calls it for the
 * permission of the record concerned:
 * <ul>
 * <li>Methods scoped to one record ({@link #storeFor}, {@link #addVersionFor},
 * {@link #forOwner}, {@link #openFor}, {@link #panel}) check no evidence permission: the
 * calling module's endpoint carries its own {@code @Permitted} and checks that the person
 * may see that record (a staff member, their own training record). They only ever reach
 * evidence attached to that record, so a module's permission never opens other
 * evidence.</li>
 * <li>Methods that reach beyond one record check the evidence permissions themselves:
 * {@link #store} and {@link #attach}/{@link #detach} need {@code EVIDENCE_EDIT}
 * (attaching an existing item shows it to the record's audience), {@link #open} needs
 * {@code EVIDENCE_READ}, deleting needs {@code EVIDENCE_DELETE}.</li>
 * </ul>
 * Queries take the practice id (from {@code CurrentActor}, never from a request);
 * commands take the {@link Actor}. Another practice's item is a
 * {@link NotFoundException}, like a missing one. Every change and every download is
 * published as an {@link EvidenceEvent} and audited in the same transaction.
 */
@Service
public class EvidenceStore {

	private static final Logger log = LoggerFactory.getLogger(EvidenceStore.class);

	private final EvidenceRepository repository;

	private final EvidenceCipher cipher;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final long maxBytes;

	EvidenceStore(EvidenceRepository repository, EvidenceCipher cipher, ApplicationEventPublisher events, Clock clock,
			@Value("${bulwark.evidence.max-size:25MB}") DataSize maxSize) {
		this.repository = repository;
		this.cipher = cipher;
		this.events = events;
		this.clock = clock;
		// One buffer holds a file and its tag; arrays stop short of 2 GB.
		this.maxBytes = Math.min(maxSize.toBytes(), Integer.MAX_VALUE - 64L);
	}

	// Queries for other modules

	/** The evidence attached to a record, newest first. */
	public List<EvidenceSummary> forOwner(UUID practiceId, EvidenceOwner owner) {
		return this.repository.forOwner(practiceId, owner);
	}

	/**
	 * The model of the evidence panel for a record's page, posting to the evidence pages
	 * ({@code EVIDENCE_EDIT}); see {@link EvidencePanel#withEndpoints} for a module's own
	 * endpoints.
	 * @param returnTo the record's page, where an upload comes back to (a path of this
	 * site; anything else is ignored)
	 */
	public EvidencePanel panel(UUID practiceId, EvidenceOwner owner, String returnTo) {
		return new EvidencePanel(owner, forOwner(practiceId, owner), returnTo, "/evidence",
				"/evidence/{evidenceId}/download", Permission.EVIDENCE_EDIT, Permission.EVIDENCE_READ, this.maxBytes,
				EvidenceTypes.accept());
	}

	/** The largest file kept, in bytes ({@code bulwark.evidence.max-size}). */
	public long maxBytes() {
		return this.maxBytes;
	}

	// Commands for other modules

	/**
	 * Stores a new evidence item attached to a record; the calling endpoint's own
	 * permission applies (see the class comment).
	 * @param owner the record, or {@code null} for none
	 * @throws InvalidInputException for a missing title or a file that is empty, too
	 * large, or not a kept type (field {@code file})
	 */
	@Transactional
	public EvidenceDetails storeFor(Actor actor, EvidenceOwner owner, EvidenceForm form, EvidenceContent content) {
		UUID practiceId = practiceOf(actor);
		UUID id = UUID.randomUUID();
		LocalDate today = today(actor);
		Instant now = this.clock.instant();
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		EvidenceItem item = collect(problems, () -> EvidenceItem.create(practiceId, id, form,
				FileNames.title(FileNames.clean(content.fileName())), today));
		Prepared file = collect(problems, () -> prepare(content, new EvidenceCipher.Binding(practiceId, id, 1)));
		problems.throwIfAny();
		this.repository.insert(item, actor, now);
		this.repository.insertVersion(practiceId, id, file.version(1, null), actor, now, today);
		if (owner != null) {
			this.repository.link(practiceId, id, owner, actor, now);
		}
		this.events.publishEvent(item.uploaded(file.sizeBytes(), file.sha256(), owner));
		return details(practiceId, id);
	}

	/**
	 * Stores a new version of an item attached to a record, keeping every earlier one;
	 * the calling endpoint's own permission applies. An item not attached to the record
	 * is not found.
	 */
	@Transactional
	public EvidenceDetails addVersionFor(Actor actor, EvidenceOwner owner, UUID evidenceId, EvidenceContent content,
			String note) {
		requireLinked(practiceOf(actor), evidenceId, owner);
		return addVersion(actor, evidenceId, content, note);
	}

	/**
	 * Decrypts and checks one version of an item attached to a record, and records the
	 * download; the calling endpoint's own permission applies. An item not attached to
	 * the record is not found.
	 * @param version the version, or {@code null} for the newest
	 * @throws StateConflictException if the stored file fails its integrity check
	 */
	@Transactional(noRollbackFor = StateConflictException.class)
	public EvidenceFile openFor(Actor actor, EvidenceOwner owner, UUID evidenceId, Integer version) {
		requireLinked(practiceOf(actor), evidenceId, owner);
		return decrypt(actor, evidenceId, version, owner);
	}

	/**
	 * Stores a new evidence item attached to nothing yet. Needs {@code EVIDENCE_EDIT}.
	 */
	@Transactional
	public EvidenceDetails store(Actor actor, EvidenceForm form, EvidenceContent content) {
		actor.require(Permission.EVIDENCE_EDIT);
		return storeFor(actor, null, form, content);
	}

	/**
	 * Attaches an existing item to a record (nothing happens if it already is). Needs
	 * {@code EVIDENCE_EDIT}: the record's audience will see the item.
	 */
	@Transactional
	public void attach(Actor actor, UUID evidenceId, EvidenceOwner owner) {
		actor.require(Permission.EVIDENCE_EDIT);
		EvidenceItem item = item(practiceOf(actor), evidenceId);
		if (this.repository.isLinked(item.practiceId(), evidenceId, owner)) {
			return;
		}
		this.repository.link(item.practiceId(), evidenceId, owner, actor, this.clock.instant());
		this.events.publishEvent(new EvidenceLinked(item.practiceId(), evidenceId, item.title(), owner));
	}

	/**
	 * Detaches an item from a record; the item is kept. Needs {@code EVIDENCE_EDIT}.
	 */
	@Transactional
	public void detach(Actor actor, UUID evidenceId, EvidenceOwner owner) {
		actor.require(Permission.EVIDENCE_EDIT);
		EvidenceItem item = item(practiceOf(actor), evidenceId);
		if (this.repository.unlink(item.practiceId(), evidenceId, owner) > 0) {
			this.events.publishEvent(new EvidenceUnlinked(item.practiceId(), evidenceId, item.title(), owner));
		}
	}

	/**
	 * Decrypts and checks one version of any item of the practice, and records the
	 * download. Needs {@code EVIDENCE_READ}.
	 * @param version the version, or {@code null} for the newest
	 * @throws StateConflictException if the stored file fails its integrity check
	 */
	@Transactional(noRollbackFor = StateConflictException.class)
	public EvidenceFile open(Actor actor, UUID evidenceId, Integer version) {
		actor.require(Permission.EVIDENCE_READ);
		return decrypt(actor, evidenceId, version, null);
	}

	/**
	 * The current version of every item attached to a record, decrypted and checked, for
	 * a module's part of the audit binder (a vendor's signed BAA). Nothing is recorded
	 * here: the binder records its own export. A file that fails its integrity check is
	 * left out and reported in the log without its content; the binder's evidence list
	 * still names it.
	 */
	@Transactional(readOnly = true)
	public List<EvidenceFile> currentFiles(UUID practiceId, EvidenceOwner owner) {
		List<EvidenceFile> files = new java.util.ArrayList<>();
		for (EvidenceSummary summary : forOwner(practiceId, owner)) {
			try {
				files.add(read(practiceId, summary.id(), null));
			}
			catch (EvidenceCipher.IntegrityException ex) {
				log.warn("Evidence {} of practice {} failed its integrity check while the binder was prepared",
						summary.id(), practiceId);
			}
		}
		return files;
	}

	// For the evidence pages and API

	List<EvidenceSummary> list(UUID practiceId, EvidenceFilter filter, int page) {
		return this.repository.search(practiceId, checked(filter), Paging.offset(page, EvidenceRepository.PAGE_SIZE));
	}

	long count(UUID practiceId, EvidenceFilter filter) {
		return this.repository.count(practiceId, checked(filter));
	}

	EvidenceDetails details(UUID practiceId, UUID evidenceId) {
		return this.repository.details(practiceId, evidenceId)
			.orElseThrow(() -> NotFoundException.of("Evidence", evidenceId));
	}

	@Transactional
	EvidenceDetails addVersion(Actor actor, UUID evidenceId, EvidenceContent content, String note) {
		UUID practiceId = practiceOf(actor);
		EvidenceItem item = item(practiceId, evidenceId);
		String cleanNote = (note == null || note.isBlank()) ? null : note.strip();
		if (cleanNote != null && cleanNote.length() > 500) {
			throw InvalidInputException.of("note", "Keep the note under 500 characters.");
		}
		LocalDate today = today(actor);
		Prepared file = prepare(content, new EvidenceCipher.Binding(practiceId, evidenceId, item.currentVersion() + 1));
		EvidenceVersionAdded added = item.addVersion(file.sizeBytes(), file.sha256(), today);
		Instant now = this.clock.instant();
		this.repository.insertVersion(practiceId, evidenceId, file.version(added.version(), cleanNote), actor, now,
				today);
		this.repository.update(item, now);
		this.events.publishEvent(added);
		return details(practiceId, evidenceId);
	}

	@Transactional
	EvidenceDetails update(Actor actor, UUID evidenceId, EvidenceForm form) {
		EvidenceItem item = item(practiceOf(actor), evidenceId);
		EvidenceDetailsChanged changed = item.change(form);
		this.repository.update(item, this.clock.instant());
		this.events.publishEvent(changed);
		return details(item.practiceId(), evidenceId);
	}

	@Transactional
	void delete(Actor actor, UUID evidenceId) {
		actor.require(Permission.EVIDENCE_DELETE);
		EvidenceItem item = item(practiceOf(actor), evidenceId);
		EvidenceDeleted deleted = item.delete(today(actor));
		this.repository.delete(item.practiceId(), evidenceId);
		this.events.publishEvent(deleted);
	}

	/**
	 * Items, and the months of the last twelve (counting this one) in which evidence was
	 * stored: OCR considers the practices in place over the previous 12 months.
	 */
	Activity activity(UUID practiceId, LocalDate today) {
		LocalDate since = today.withDayOfMonth(1).minusMonths(11);
		EvidenceRepository.Activity activity = this.repository.activity(practiceId, since);
		long months = activity.versionDays().stream().map((day) -> day.withDayOfMonth(1)).distinct().count();
		return new Activity(activity.items(), (int) months);
	}

	/** Items stored, and months of the last twelve with new evidence. */
	record Activity(long items, int monthsWithEvidence) {
	}

	LocalDate today(Actor actor) {
		return LocalDate.ofInstant(this.clock.instant(), actor.zone());
	}

	// Inside

	private EvidenceFile decrypt(Actor actor, UUID evidenceId, Integer requested, EvidenceOwner via) {
		UUID practiceId = practiceOf(actor);
		EvidenceItem item = item(practiceId, evidenceId);
		int version = (requested != null) ? requested : item.currentVersion();
		try {
			EvidenceFile file = read(practiceId, evidenceId, version);
			this.events.publishEvent(new EvidenceDownloaded(practiceId, evidenceId, item.title(), version,
					(via != null) ? via.toString() : null));
			return file;
		}
		catch (EvidenceCipher.IntegrityException ex) {
			log.warn("Evidence {} version {} of practice {} failed its integrity check", evidenceId, version,
					practiceId);
			this.events.publishEvent(new EvidenceIntegrityFailed(practiceId, evidenceId, item.title(), version));
			throw StateConflictException.of("This file failed its integrity check: the stored copy was changed or "
					+ "damaged, or Bulwark is running with a different master key. Nothing was downloaded. "
					+ "Restore the database and the master key from a backup, or upload the file again.");
		}
	}

	/**
	 * Decrypts one version (the current one for {@code null}) and checks its size and
	 * checksum; records nothing.
	 * @throws EvidenceCipher.IntegrityException if the stored bytes fail either check
	 */
	private EvidenceFile read(UUID practiceId, UUID evidenceId, Integer requested) {
		int version = (requested != null) ? requested : item(practiceId, evidenceId).currentVersion();
		EvidenceVersion stored = this.repository.version(practiceId, evidenceId, version)
			.orElseThrow(() -> NotFoundException.of("Evidence version", evidenceId + "/" + version));
		EvidenceRepository.StoredContent content = this.repository.content(practiceId, evidenceId, version)
			.orElseThrow(() -> NotFoundException.of("Evidence version", evidenceId + "/" + version));
		byte[] buffer = content.ciphertext();
		int length = this.cipher.open(buffer, buffer.length,
				new EvidenceCipher.Sealed(content.wrappedKey(), content.nonce()),
				new EvidenceCipher.Binding(practiceId, evidenceId, version));
		if (length != stored.sizeBytes()
				|| !MessageDigest.isEqual(HexFormat.of().parseHex(stored.sha256()), digest(buffer, length))) {
			throw new EvidenceCipher.IntegrityException();
		}
		return new EvidenceFile(stored.fileName(), stored.contentType(), stored.sha256(), version, buffer, length);
	}

	/**
	 * Reads a file into one buffer with room for the tag, checks its size and type,
	 * computes its checksum and encrypts it in place.
	 */
	private Prepared prepare(EvidenceContent content, EvidenceCipher.Binding binding) {
		String fileName = FileNames.clean(content.fileName());
		long declared = content.size();
		if (declared <= 0) {
			throw InvalidInputException.of("file", "The file is empty.");
		}
		if (declared > this.maxBytes) {
			throw InvalidInputException.of("file",
					"The file is " + FileSizes.format(declared) + "; the most " + "Bulwark keeps is "
							+ FileSizes.format(this.maxBytes) + ". Save a smaller copy (a PDF of only "
							+ "the pages that matter, a smaller screenshot) and upload that.");
		}
		int length = (int) declared;
		byte[] buffer = new byte[length + EvidenceCipher.TAG_BYTES];
		try (InputStream in = content.open()) {
			if (in.readNBytes(buffer, 0, length) != length || in.read() != -1) {
				throw InvalidInputException.of("file", "The file changed while it was being read. Upload it again.");
			}
		}
		catch (IOException ex) {
			throw InvalidInputException.of("file", "The file could not be read. Upload it again.");
		}
		EvidenceTypes.Kind kind = EvidenceTypes.check(fileName, buffer, length);
		String sha256 = HexFormat.of().formatHex(digest(buffer, length));
		EvidenceCipher.Sealed sealed = this.cipher.seal(buffer, length, binding);
		return new Prepared(fileName, kind.contentType(), length, sha256, sealed, buffer);
	}

	/** A file read, checked and encrypted, ready to insert. */
	private record Prepared(String fileName, String contentType, long sizeBytes, String sha256,
			EvidenceCipher.Sealed sealed, byte[] ciphertext) {

		EvidenceRepository.NewVersion version(int number, String note) {
			return new EvidenceRepository.NewVersion(number, this.fileName, this.contentType, this.sizeBytes,
					this.sha256, note, this.sealed.wrappedKey(), this.sealed.nonce(), this.ciphertext);
		}

	}

	private static byte[] digest(byte[] buffer, int length) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(buffer, 0, length);
			return sha256.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static <T> T collect(InvalidInputException.Problems problems, java.util.function.Supplier<T> step) {
		try {
			return step.get();
		}
		catch (InvalidInputException ex) {
			for (Map.Entry<String, String> error : ex.errors().entrySet()) {
				problems.add(error.getKey(), error.getValue());
			}
			return null;
		}
	}

	private void requireLinked(UUID practiceId, UUID evidenceId, EvidenceOwner owner) {
		if (owner == null || !this.repository.isLinked(practiceId, evidenceId, owner)) {
			throw NotFoundException.of("Evidence", evidenceId);
		}
	}

	private EvidenceItem item(UUID practiceId, UUID evidenceId) {
		return this.repository.find(practiceId, evidenceId)
			.orElseThrow(() -> NotFoundException.of("Evidence", evidenceId));
	}

	private static UUID practiceOf(Actor actor) {
		if (!actor.hasPractice()) {
			throw new org.springframework.security.access.AccessDeniedException("No practice selected");
		}
		return actor.practiceId();
	}

	private static EvidenceFilter checked(EvidenceFilter filter) {
		if (filter == null) {
			return EvidenceFilter.none();
		}
		String type = (filter.ownerType() == null || filter.ownerType().isBlank()) ? null : filter.ownerType();
		String ownerId = (filter.ownerId() == null || filter.ownerId().isBlank()) ? null : filter.ownerId();
		if (type != null && !EvidenceFilter.UNATTACHED.equals(type)) {
			if (ownerId != null) {
				EvidenceOwner owner = new EvidenceOwner(type, ownerId);
				return new EvidenceFilter(filter.q(), owner.type(), owner.id());
			}
			if (!EvidenceOwner.TYPES.containsKey(type)) {
				throw InvalidInputException.of("ownerType", "There is no such kind of record.");
			}
		}
		return new EvidenceFilter(filter.q(), type, (type != null) ? ownerId : null);
	}

}
