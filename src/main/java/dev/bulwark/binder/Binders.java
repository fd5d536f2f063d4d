package dev.bulwark.binder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;

import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.BinderSection;
import dev.bulwark.shared.HtmlPdf;
import dev.bulwark.shared.NotFoundException;
import dev.bulwark.shared.PracticeDayBegan;
import dev.bulwark.shared.SecretBox;
import dev.bulwark.shared.StateConflictException;
import dev.bulwark.shared.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prepares, lists and hands out audit binder exports. Preparing reads every module's
 * {@link BinderSection} in one read-only transaction on a small bounded pool, seals the
 * ZIP with the master key and keeps it for {@link #KEPT}; the practice's daily tick
 * deletes it afterwards.
 */
@Service
class Binders {

	/** How long a prepared binder can be downloaded. */
	static final Duration KEPT = Duration.ofHours(24);

	/**
	 * An export still "being prepared" after this long was lost (its node stopped); it no
	 * longer stops the practice from preparing a new one.
	 */
	static final Duration STALE = Duration.ofMinutes(15);

	private static final Logger log = LoggerFactory.getLogger(Binders.class);

	private final BinderRepository repository;

	private final List<BinderSection> sections;

	private final Practices practices;

	private final SecretBox box;

	private final HtmlPdf pdf;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TaskExecutor executor;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	Binders(BinderRepository repository, List<BinderSection> sections, Practices practices, SecretBox box, HtmlPdf pdf,
			Clock clock, ApplicationEventPublisher events,
			@Qualifier(BinderConfiguration.EXECUTOR) TaskExecutor executor, PlatformTransactionManager transactions) {
		this.repository = repository;
		this.sections = sections.stream().sorted(Comparator.comparing(BinderSection::folder)).toList();
		this.practices = practices;
		this.box = box;
		this.pdf = pdf;
		this.clock = clock;
		this.events = events;
		this.executor = executor;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/**
	 * Starts preparing the binder for the actor's practice.
	 * @throws StateConflictException while another export of the practice is being
	 * prepared, or when the server is preparing as many binders as it can
	 */
	BinderExport start(Actor actor) {
		UUID practiceId = actor.practiceId();
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.writing.executeWithoutResult((status) -> {
			if (this.repository.preparing(practiceId, now.minus(STALE)) > 0) {
				throw StateConflictException
					.of("A binder is already being prepared for this practice. Wait until it is ready.");
			}
			this.repository.insert(practiceId, id, actor.userId(), actor.displayName(), now, now.plus(KEPT));
			this.events.publishEvent(new BinderEvent.BinderExportStarted(practiceId, id));
		});
		try {
			this.executor.execute(() -> prepare(actor, id));
		}
		catch (RejectedExecutionException ex) {
			this.writing.executeWithoutResult((status) -> this.repository.fail(practiceId, id, this.clock.instant(),
					"The server was preparing too many binders at once."));
			throw StateConflictException
				.of("The server is preparing too many binders at once. Try again in a few minutes.");
		}
		return export(practiceId, id);
	}

	/** Reads every section, builds the ZIP and stores it sealed; never throws. */
	void prepare(Actor actor, UUID id) {
		UUID practiceId = actor.practiceId();
		try {
			List<BinderAssembler.Section> content = this.reading.execute((status) -> {
				List<BinderAssembler.Section> read = new ArrayList<>();
				for (BinderSection section : this.sections) {
					read.add(new BinderAssembler.Section(section.folder(), section.title(),
							section.documents(practiceId, actor)));
				}
				return read;
			});
			BinderAssembler.Cover cover = new BinderAssembler.Cover(this.practices.get(practiceId).name(),
					actor.displayName(), this.clock.instant().atZone(actor.zone()));
			BinderAssembler.Assembled binder = BinderAssembler.assemble(cover, content, this.pdf::render);
			byte[] sealed = this.box.seal(binder.zip(), associatedData(practiceId, id));
			this.writing.executeWithoutResult((status) -> {
				this.repository.complete(practiceId, id, this.clock.instant(), binder.fileCount(), binder.zip().length,
						binder.sha256(), sealed);
				this.events.publishEvent(new BinderEvent.BinderExported(practiceId, id, binder.fileCount(),
						binder.zip().length, binder.sha256(), actor.userId(), actor.auditLabel()));
			});
		}
		catch (RuntimeException ex) {
			// The cause chain without messages: a section's data must not reach the log.
			log.warn("Audit binder export {} failed: {}", id, LogSafe.describe(ex));
			this.writing.executeWithoutResult((status) -> {
				this.repository.fail(practiceId, id, this.clock.instant(),
						"The binder could not be prepared. Try again; if it fails again, ask your administrator to "
								+ "look at the server log.");
				this.events.publishEvent(
						new BinderEvent.BinderExportFailed(practiceId, id, actor.userId(), actor.auditLabel()));
			});
		}
	}

	List<BinderExport> recent(UUID practiceId) {
		return this.reading.execute((status) -> this.repository.recent(practiceId));
	}

	BinderExport export(UUID practiceId, UUID id) {
		return this.reading.execute((status) -> this.repository.find(practiceId, id)
			.orElseThrow(() -> NotFoundException.of("Binder export", id)));
	}

	/**
	 * The ZIP of a ready export, recorded as downloaded.
	 * @throws StateConflictException while it is being prepared, after it failed or
	 * expired
	 */
	BinderDownload download(Actor actor, UUID id) {
		UUID practiceId = actor.practiceId();
		return this.writing.execute((status) -> {
			BinderExport export = this.repository.find(practiceId, id)
				.orElseThrow(() -> NotFoundException.of("Binder export", id));
			if (!export.downloadable(this.clock.instant())) {
				throw StateConflictException.of(switch (export.status()) {
					case PREPARING -> "This binder is still being prepared.";
					case FAILED -> "This binder could not be prepared. Prepare a new one.";
					default -> "This binder has expired. Prepare a new one.";
				});
			}
			byte[] sealed = this.repository.sealed(practiceId, id)
				.orElseThrow(() -> StateConflictException.of("This binder has expired. Prepare a new one."));
			byte[] zip = this.box.open(sealed, associatedData(practiceId, id));
			this.events.publishEvent(new BinderEvent.BinderDownloaded(practiceId, id, export.sha256()));
			String name = "audit-binder-" + BinderAssembler.slug(actor.practiceName()) + "-"
					+ export.requestedAt().atZone(actor.zone()).toLocalDate() + ".zip";
			return new BinderDownload(name, zip);
		});
	}

	/** A day begins: prepared binders past their 24 hours are deleted. */
	@ApplicationModuleListener
	void on(PracticeDayBegan day) {
		expire(day.practiceId());
	}

	/** Deletes the practice's binders past their 24 hours. */
	int expire(UUID practiceId) {
		return this.writing.execute((status) -> this.repository.expire(practiceId, this.clock.instant()));
	}

	/**
	 * Binds the sealed bytes to their practice and export: copied elsewhere, they fail.
	 */
	private static String associatedData(UUID practiceId, UUID id) {
		return "binder:" + practiceId + ":" + id;
	}

	/** A ZIP to send and the name to save it under. */
	record BinderDownload(String fileName, byte[] zip) {

	}

}
