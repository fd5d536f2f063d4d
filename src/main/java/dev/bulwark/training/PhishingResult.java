package dev.bulwark.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.InvalidInputException;

/**
 * The result of a phishing simulation run with another tool: how many simulated e-mails
 * went out, how many people clicked and how many reported them.
 */
record PhishingResult(UUID id, LocalDate runOn, String campaign, int sent, int clicked, int reported, String notes,
		Instant recordedAt) {

	/**
	 * A result from the form.
	 * @throws InvalidInputException for counts above the e-mails sent or a date ahead
	 */
	static PhishingResult record(UUID id, PhishingForm form, LocalDate today, Instant now) {
		InvalidInputException.Problems problems = new InvalidInputException.Problems();
		problems.addIf(form.runOn().isAfter(today), "runOn", "The simulation date cannot be in the future.");
		problems.addIf(form.clicked() > form.sent(), "clicked",
				"More people clicked than e-mails were sent; check the counts.");
		problems.addIf(form.reported() > form.sent(), "reported",
				"More people reported it than e-mails were sent; check the counts.");
		problems.throwIfAny();
		return new PhishingResult(id, form.runOn(), form.campaign(), form.sent(), form.clicked(), form.reported(),
				form.notes(), now);
	}

	/** Share of e-mails clicked, in percent, one decimal. */
	public double clickRate() {
		return percent(this.clicked, this.sent);
	}

	/** Share of e-mails reported, in percent, one decimal. */
	public double reportRate() {
		return percent(this.reported, this.sent);
	}

	private static double percent(int part, int whole) {
		return Math.round(part * 1000.0 / whole) / 10.0;
	}

	/**
	 * The trend: each result, oldest first, with the change of its click and report rates
	 * since the campaign before it.
	 */
	static List<TrendPoint> trend(List<PhishingResult> results) {
		List<PhishingResult> oldestFirst = new ArrayList<>(results);
		oldestFirst
			.sort(java.util.Comparator.comparing(PhishingResult::runOn).thenComparing(PhishingResult::recordedAt));
		List<TrendPoint> points = new ArrayList<>();
		PhishingResult before = null;
		for (PhishingResult result : oldestFirst) {
			Double clickChange = (before != null) ? round(result.clickRate() - before.clickRate()) : null;
			Double reportChange = (before != null) ? round(result.reportRate() - before.reportRate()) : null;
			points.add(new TrendPoint(result.id(), result.runOn(), result.campaign(), result.sent(), result.clicked(),
					result.reported(), result.clickRate(), result.reportRate(), clickChange, reportChange));
			before = result;
		}
		return points;
	}

	private static double round(double value) {
		return Math.round(value * 10.0) / 10.0;
	}

	/**
	 * One campaign in the trend.
	 *
	 * @param clickRateChange percentage points since the campaign before (negative: fewer
	 * clicks), or {@code null} for the first
	 */
	record TrendPoint(UUID id, LocalDate runOn, String campaign, int sent, int clicked, int reported, double clickRate,
			double reportRate, Double clickRateChange, Double reportRateChange) {

	}

}
