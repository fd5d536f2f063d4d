package dev.bulwark.msp;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.assessment.Assessments;
import dev.bulwark.assessment.RiskAnalysisStanding;
import dev.bulwark.calendar.Tasks;
import dev.bulwark.identity.MspPeople;
import dev.bulwark.inventory.Inventory;
import dev.bulwark.practice.PracticeDetails;
import dev.bulwark.practice.Practices;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CsvTable;
import dev.bulwark.shared.Paging;
import dev.bulwark.shared.Permission;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio: every practice the MSP person serves (an active membership there; never
 * any other) with its posture. Each measure is one query over all those practices, so the
 * page costs the same handful of queries for 5 practices or 1,000.
 */
@Service
class Portfolio {

	static final int PAGE_SIZE = 100;

	private final MspPeople people;

	private final Practices practices;

	private final Assessments assessments;

	private final Inventory inventory;

	private final Tasks tasks;

	Portfolio(MspPeople people, Practices practices, Assessments assessments, Inventory inventory, Tasks tasks) {
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
		List<UUID> ids = practices.stream().map(PracticeDetails::id).toList();
		Map<UUID, RiskAnalysisStanding> standings = this.assessments.standings(practices);
		Map<UUID, Integer> findings = this.inventory.openFindingCounts(ids);
		Map<UUID, Integer> overdue = this.tasks.overdueCounts(practices);
		return practices.stream().map((p) -> {
			RiskAnalysisStanding s = standings.get(p.id());
			return new PortfolioEntry(p.id(), p.name(), p.zone().getId(), p.archived(), s.analysis(), s.signedOffOn(),
					s.reviewDue(), s.critical(), s.high(), findings.getOrDefault(p.id(), 0),
					overdue.getOrDefault(p.id(), 0));
		}).toList();
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
