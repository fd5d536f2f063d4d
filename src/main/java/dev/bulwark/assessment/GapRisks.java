package dev.bulwark.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.bulwark.catalog.Catalog;
import dev.bulwark.catalog.Vulnerability;
import dev.bulwark.shared.GapsReported;
import dev.bulwark.shared.GapsReported.Gap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The risk register's side of the gap contract: every {@link GapsReported}, whatever
 * module sent it, is reconciled with the register (see {@link GapProposals} for the
 * rules). Proposals join the assessment under way, or wait for the next one.
 * <p>
 * It runs after the reporting module's transaction committed, in a transaction of its
 * own, and the event publication registry keeps the report until it succeeded, so a crash
 * loses nothing. Reports of one practice and source take turns (a row lock), and a report
 * applied twice changes nothing the second time.
 */
@Service
class GapRisks {

	private static final Logger log = LoggerFactory.getLogger(GapRisks.class);

	private final RiskRepository risks;

	private final AssessmentRepository assessments;

	private final Catalog catalog;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	GapRisks(RiskRepository risks, AssessmentRepository assessments, Catalog catalog, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.risks = risks;
		this.assessments = assessments;
		this.catalog = catalog;
		this.events = events;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(GapsReported report) {
		reconcile(report);
	}

	/** Applies one report to the practice's register. */
	@Transactional
	void reconcile(GapsReported report) {
		String source = report.source();
		if (source == null || !GapProposals.SOURCE.matcher(source).matches() || report.practiceId() == null) {
			log.warn("Ignored a gap report without a usable source name");
			return;
		}
		UUID practiceId = report.practiceId();
		Instant now = this.clock.instant();
		this.ownTransaction.executeWithoutResult((status) -> {
			try {
				this.risks.ensureGapSource(practiceId, source, now);
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				// Another report created the row at the same moment: it exists, which is
				// all this needs (PostgreSQL refuses to commit after the failed insert).
				status.setRollbackOnly();
			}
		});
		Set<String> previouslyOpen = this.risks.lockGapSource(practiceId, source);
		// The assessment's lock orders proposals with a sign-off or a start under way.
		Optional<AssessmentRow> open = this.assessments.findOpen(practiceId)
			.flatMap((row) -> this.assessments.lock(practiceId, row.id()));
		UUID assessmentId = open.map(AssessmentRow::id).orElse(null);
		List<RiskRecord> existing = this.risks.bySource(practiceId, source);
		GapProposals.Plan plan = GapProposals.plan(source, previouslyOpen, report.open(), existing);
		for (Gap gap : plan.propose()) {
			propose(practiceId, assessmentId, source, gap, now);
		}
		plan.repropose().forEach((riskId, gap) -> {
			RiskRecord risk = find(existing, riskId);
			this.risks.update(practiceId,
					risk.proposedAs(assessmentId, GapProposals.title(gap), gap.detail(), GapProposals.link(gap), now));
			this.events.publishEvent(new RiskProposed(practiceId, riskId, risk.sourceKey(), gap.citation(), true));
		});
		plan.refresh().forEach((riskId, gap) -> {
			RiskRecord risk = find(existing, riskId);
			// A risk that answers raised too keeps its neutral title; the gap's wording
			// goes
			// in the affected systems.
			String title = risk.questionKeys().isEmpty() ? GapProposals.title(gap) : risk.title();
			this.risks.update(practiceId,
					risk.proposedAs(risk.assessmentId(), title, gap.detail(), GapProposals.link(gap), now));
			this.events.publishEvent(new ProposedRiskRefreshed(practiceId, riskId, risk.sourceKey()));
		});
		for (UUID riskId : plan.withdraw()) {
			RiskRecord merged = find(existing, riskId);
			if (!merged.questionKeys().isEmpty()) {
				// Answers raised it too: the gap closed, the answers decide from now on.
				this.risks.update(practiceId, merged.withGap(null, null, null, now));
				continue;
			}
			this.risks.setStatus(practiceId, riskId, RiskStatus.WITHDRAWN, now);
			this.events.publishEvent(new RiskWithdrawn(practiceId, riskId, find(existing, riskId).sourceKey()));
		}
		this.risks.saveGapSource(practiceId, source, plan.open(), now);
	}

	/**
	 * A new risk for a gap. It takes its catalog vulnerability (the catalog's gap map
	 * first, then the gap's own, else the first whose citations include the gap's) for
	 * its threats, ratings and remediation steps. When the answers of the assessment
	 * under way already raised that vulnerability, the gap joins that risk instead: one
	 * risk, both sources.
	 */
	private void propose(UUID practiceId, UUID assessmentId, String source, Gap gap, Instant now) {
		Vulnerability vulnerability = vulnerability(source, gap);
		String sourceKey = GapProposals.sourceKey(source, gap.key());
		if (vulnerability != null && assessmentId != null) {
			// The same weakness the answers already raised: one risk with both sources.
			Optional<RiskRecord> same = this.risks.byAssessment(practiceId, assessmentId)
				.stream()
				.filter((risk) -> risk.status().current() && risk.sourceKey() == null
						&& risk.source() == RiskSource.QUESTIONNAIRE
						&& vulnerability.key().equals(risk.vulnerabilityKey()))
				.findFirst();
			if (same.isPresent()) {
				this.risks.update(practiceId, same.get().withGap(sourceKey, GapProposals.link(gap), gap.detail(), now));
				this.events.publishEvent(new ProposedRiskRefreshed(practiceId, same.get().id(), sourceKey));
				return;
			}
		}
		List<String> citations = new ArrayList<>();
		if (gap.citation() != null && !gap.citation().isBlank()) {
			citations.add(gap.citation());
		}
		if (vulnerability != null) {
			vulnerability.citations().stream().filter((c) -> !citations.contains(c)).forEach(citations::add);
		}
		RiskRecord risk = new RiskRecord(UUID.randomUUID(), assessmentId, RiskSource.ofGaps(source), sourceKey,
				GapProposals.link(gap), (vulnerability != null) ? vulnerability.key() : null, GapProposals.title(gap),
				(vulnerability != null) ? vulnerability.description() : null,
				(vulnerability != null) ? vulnerability.threats() : List.of(), null, gap.detail(), null, citations,
				(vulnerability != null) ? RiskRating.of(vulnerability.defaultLikelihood()) : RiskRating.MODERATE,
				(vulnerability != null) ? RiskRating.of(vulnerability.defaultImpact()) : RiskRating.MODERATE, null,
				null, null, RiskStatus.PROPOSED, null, null, null, null, null, null, false, now, now, List.of());
		this.risks.insert(practiceId, risk);
		if (vulnerability != null) {
			TaskRecord.fromControls(risk.id(), vulnerability.controls(), now)
				.forEach((task) -> this.risks.insertTask(practiceId, task));
		}
		this.events.publishEvent(new RiskProposed(practiceId, risk.id(), sourceKey,
				citations.isEmpty() ? "no citation" : citations.get(0), false));
	}

	private Vulnerability vulnerability(String source, Gap gap) {
		Optional<Vulnerability> mapped = this.catalog.vulnerabilityForGap(source, gap.key());
		if (mapped.isPresent()) {
			return mapped.get();
		}
		if (gap.vulnerabilityId() != null) {
			Optional<Vulnerability> named = this.catalog.vulnerability(gap.vulnerabilityId());
			if (named.isPresent()) {
				return named.get();
			}
		}
		return this.catalog.vulnerabilities()
			.stream()
			.filter((v) -> gap.citation() != null && v.citations().contains(gap.citation()))
			.findFirst()
			.orElse(null);
	}

	private static RiskRecord find(List<RiskRecord> risks, UUID id) {
		return risks.stream().filter((risk) -> risk.id().equals(id)).findFirst().orElseThrow();
	}

}
