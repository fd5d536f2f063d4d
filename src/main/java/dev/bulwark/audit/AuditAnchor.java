package dev.bulwark.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the installation-level anchor of the audit chains: checkpoints recording every
 * chain head that appeared or advanced since the last checkpoint, themselves
 * hash-chained.
 * <p>
 * A checkpoint is written right after a new chain's first entry commits (so even a
 * practice created and wiped within the hour is anchored), every
 * {@code bulwark.audit.checkpoint-interval} (default one hour) while anything changed,
 * when the server starts, and before {@code audit checkpoint export}. Writers lock the
 * checkpoint head, so several nodes never write two checkpoints with one number, and a
 * checkpoint that finds nothing new writes nothing. A head that is behind (or differs
 * from) what was anchored is never recorded again: {@code audit verify} reports it.
 */
@Component
class AuditAnchor {

	private static final Logger log = LoggerFactory.getLogger(AuditAnchor.class);

	private final AuditRepository repository;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final TransactionTemplate newTransactions;

	AuditAnchor(AuditRepository repository, Clock clock, PlatformTransactionManager transactionManager) {
		this.repository = repository;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.newTransactions = new TransactionTemplate(transactionManager);
		this.newTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Writes a checkpoint if any chain head appeared or advanced since the last one.
	 * @return the checkpoint written, or empty if there was nothing new to anchor
	 */
	Optional<AuditCheckpoint> checkpoint() {
		return this.transactions.execute((status) -> write());
	}

	private Optional<AuditCheckpoint> write() {
		AuditRepository.ChainHead head = this.repository.lockCheckpointHead()
			.orElse(new AuditRepository.ChainHead(null, 0, AuditHash.GENESIS));
		Map<java.util.UUID, AuditCheckpoint.Chain> anchored = this.repository.anchoredChains();
		List<AuditCheckpoint.Chain> advanced = new ArrayList<>();
		for (AuditRepository.ChainHead chain : this.repository.heads()) {
			AuditCheckpoint.Chain before = anchored.get(chain.practiceId());
			if (chain.lastSeq() > 0 && (before == null || chain.lastSeq() > before.lastSeq())) {
				advanced.add(new AuditCheckpoint.Chain(chain.practiceId(), chain.lastSeq(), chain.lastHash()));
			}
		}
		if (advanced.isEmpty()) {
			return Optional.empty();
		}
		AuditCheckpoint checkpoint = new AuditCheckpoint(head.lastSeq() + 1,
				this.clock.instant().truncatedTo(ChronoUnit.MILLIS), head.lastHash(), null, List.copyOf(advanced))
			.withHash();
		this.repository.appendCheckpoint(checkpoint);
		return Optional.of(checkpoint);
	}

	/**
	 * A chain received its first entry in the current transaction: anchor it as soon as
	 * that commits, in a transaction of its own (never holding the checkpoint lock inside
	 * the caller's transaction).
	 */
	void afterNewChainCommits() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					AuditAnchor.this.newTransactions.executeWithoutResult((status) -> write());
				}
				catch (RuntimeException ex) {
					// The change itself is committed; the next periodic checkpoint
					// anchors it.
					log.warn("Could not write an audit checkpoint for a new chain: {}", ex.getClass().getSimpleName());
				}
			}
		});
	}

	@Scheduled(fixedDelayString = "${bulwark.audit.checkpoint-interval:PT1H}",
			initialDelayString = "${bulwark.audit.checkpoint-interval:PT1H}")
	void periodically() {
		try {
			checkpoint().ifPresent((written) -> log.debug("Audit checkpoint {} written", written.seq()));
		}
		catch (RuntimeException ex) {
			log.warn("Could not write the periodic audit checkpoint: {}", ex.getClass().getSimpleName());
		}
	}

	/**
	 * When the server starts, anchor whatever happened while it was stopped (and every
	 * chain, on the first start after upgrading to a version with checkpoints). Command
	 * line runs do not write: {@code audit verify} must look, not change.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void onServerStarted(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext) {
			periodically();
		}
	}

}
