package dev.bulwark.msp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.bulwark.assessment.Assessments;
import dev.bulwark.assessment.RiskAnalysisStanding;
import dev.bulwark.calendar.Tasks;
import dev.bulwark.identity.MspPeople;
import dev.bulwark.inventory.Inventory;
import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.ChangeCommitted;
import dev.bulwark.shared.CsvTable;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio: every practice the MSP person serves (an active membership there; never
 * any other) with its posture. Each measure is one query over all those practices, so the
 * page costs the same handful of queries for 5 practices or 1,000.
 * <p>
 * Those queries still add up at 1,000 practices (60,000 risks grouped on every view, and
 * the page is sorted by the measures, so all practices are measured for any page), so
 * each practice's measures are kept for {@link #FRESH_FOR} and shared by every MSP
 * person. Any audited change of a practice drops its measures once the change is
 * committed, so on this node the portfolio shows a change at once; another node's change
 * shows within {@code FRESH_FOR}. Names and the archived state are always read afresh.
 */
@Service
class Portfolio {

	static final int PAGE_SIZE = 100;

	/** How long a practice's measures are shown without measuring again. */
	static final Duration FRESH_FOR = Duration.ofSeconds(60);

	private final Map<UUID, Measured> measured = new ConcurrentHashMap<>();

	private final Clock clock;

	private final MspPeople people;

	private final Practices practices;

	private final Assessments assessments;

	private final Inventory inventory;

	private final Tasks tasks;

	Portfolio(MspPeople people, Practices practices, Assessments assessments, Inventory inventory, Tasks tasks,
			Clock clock) {
		this.clock = clock;
		this.people = people;
		this.practices = practices;
		this.assessments = assessments;
		this.inventory = inventory;
		this.tasks = tasks;
	}

	/** One page of the filtered, ordered portfolio and the number of rows in all. */
	record Page(List<PortfolioEntry> rows, int total, int pages) {
	}

	@Transactional(readOnly = true)
	Page page(Actor actor, PortfolioFilter filter) {
		int offset = Paging.offset(filter.page(), PAGE_SIZE);
		List<PortfolioEntry> all = rows(actor, filter);
		List<PortfolioEntry> page = all.stream().skip(offset).limit(PAGE_SIZE).toList();
		return new Page(page, all.size(), Paging.pages(all.size(), PAGE_SIZE));
	}

	/** Every row that matches the filter, in its order (the CSV export). */
	@Transactional(readOnly = true)
	List<PortfolioEntry> rows(Actor actor, PortfolioFilter filter) {
		actor.require(Permission.MSP_PORTFOLIO);
		List<PracticeDetails> served = this.practices.all(this.people.servedPracticeIds(actor.userId()));
		String q = (filter.q() == null) ? null : filter.q().toLowerCase(Locale.ROOT);
		List<PracticeDetails> shown = served.stream()
			.filter((p) -> q == null || p.name().toLowerCase(Locale.ROOT).contains(q))
			.filter((p) -> switch (filter.show()) {
				case ARCHIVED -> p.archived();
				case ALL -> true;
				default -> !p.archived();
			})
			.toList();
		List<PortfolioEntry> rows = measure(shown);
		if (filter.show() == PortfolioFilter.Show.ATTENTION) {
			rows = rows.stream().filter(PortfolioEntry::needsAttention).toList();
		}
		return rows.stream().sorted(order(filter.sort())).toList();
	}

	private List<PortfolioEntry> measure(Collection<PracticeDetails> practices) {
		Instant now = this.clock.instant();
		Map<UUID, Measured> shown = new HashMap<>();
		List<PracticeDetails> stale = new ArrayList<>();
		for (PracticeDetails p : practices) {
			Measured known = this.measured.get(p.id());
			if (known != null && now.isBefore(known.until())) {
				shown.put(p.id(), known);
			}
			else {
				stale.add(p);
			}
		}
		if (!stale.isEmpty()) {
			List<UUID> ids = stale.stream().map(PracticeDetails::id).toList();
			Map<UUID, RiskAnalysisStanding> standings = this.assessments.standings(stale);
			Map<UUID, Integer> findings = this.inventory.openFindingCounts(ids);
			Map<UUID, Integer> overdue = this.tasks.overdueCounts(stale);
			Instant until = now.plus(FRESH_FOR);
			for (UUID id : ids) {
				Measured m = new Measured(standings.get(id), findings.getOrDefault(id, 0), overdue.getOrDefault(id, 0),
						until);
				shown.put(id, m);
				this.measured.put(id, m);
			}
		}
		return practices.stream().map((p) -> {
			Measured m = shown.get(p.id());
			RiskAnalysisStanding s = m.standing();
			return new PortfolioEntry(p.id(), p.name(), p.zone().getId(), p.archived(), s.analysis(), s.signedOffOn(),
					s.reviewDue(), s.critical(), s.high(), m.findings(), m.overdue());
		}).toList();
	}

	/**
	 * A practice's change is shown at once: its measures are taken again on the next view
	 * after the change is committed. Not a {@code @TransactionalEventListener}: Spring
	 * Modulith would then store a publication row for every audited event of the
	 * installation.
	 */
	@EventListener
	void changed(ChangeCommitted event) {
		if (event.practiceId() != null) {
			this.measured.remove(event.practiceId());
		}
	}

	private record Measured(RiskAnalysisStanding standing, int findings, int overdue, Instant until) {
	}

	private static Comparator<PortfolioEntry> order(PortfolioFilter.Sort sort) {
		Comparator<PortfolioEntry> byName = Comparator
			.comparing((PortfolioEntry r) -> r.name().toLowerCase(Locale.ROOT));
		return switch (sort) {
			case NAME -> byName;
			case ANALYSIS -> Comparator.comparingInt((PortfolioEntry r) -> switch (r.analysis()) {
				case "OVERDUE" -> 0;
				case "NONE" -> 1;
				default -> 2;
			}).thenComparing(byName);
			case CRITICAL -> Comparator.comparingInt(PortfolioEntry::criticalRisks).reversed().thenComparing(byName);
			case HIGH -> Comparator.comparingInt(PortfolioEntry::highRisks).reversed().thenComparing(byName);
			case FINDINGS ->
				Comparator.comparingInt(PortfolioEntry::inventoryFindings).reversed().thenComparing(byName);
			case OVERDUE -> Comparator.comparingInt(PortfolioEntry::overdueItems).reversed().thenComparing(byName);
		};
	}

	/** The rows as CSV (UTF-8), one line per practice. */
	static byte[] csv(List<PortfolioEntry> rows) {
		CsvTable table = CsvTable.of("practice", "practice_id", "time_zone", "archived", "risk_analysis",
				"signed_off_on", "review_due", "critical_risks", "high_risks", "inventory_findings", "overdue_items");
		for (PortfolioEntry r : rows) {
			table.row(r.name(), r.practiceId(), r.timeZone(), r.archived(), r.analysisLabel(), r.signedOffOn(),
					r.reviewDue(), r.criticalRisks(), r.highRisks(), r.inventoryFindings(), r.overdueItems());
		}
		return table.bytes();
	}

}
