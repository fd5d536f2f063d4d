package dev.bulwark.dashboard;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The trend of the overall score as an inline SVG drawn on the server (no script): one
 * point per month for the last twelve months, a gap where a month has no score, and the
 * values written as text too, for screen readers and print.
 */
final class TrendChart {

	static final int MONTHS = 12;

	private static final int WIDTH = 600;

	private static final int HEIGHT = 200;

	private static final int LEFT = 40;

	private static final int BOTTOM = 30;

	private static final int TOP = 10;

	private TrendChart() {
	}

	static String svg(List<Snapshot> snapshots, LocalDate thisMonth) {
		LocalDate first = thisMonth.minusMonths(MONTHS - 1);
		double step = (WIDTH - LEFT - 10) / (double) (MONTHS - 1);
		double plot = HEIGHT - BOTTOM - TOP;
		StringBuilder svg = new StringBuilder();
		StringBuilder description = new StringBuilder("Overall score by month: ");
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend-chart\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" role=\"img\" aria-labelledby=\"trend-title trend-desc\">");
		svg.append("<title id=\"trend-title\">Overall score, last 12 months</title>");
		for (int pct = 0; pct <= 100; pct += 25) {
			double y = TOP + plot - pct * plot / 100;
			svg.append("<line x1=\"")
				.append(LEFT)
				.append("\" x2=\"")
				.append(WIDTH - 10)
				.append("\" y1=\"")
				.append(fmt(y))
				.append("\" y2=\"")
				.append(fmt(y))
				.append("\" stroke=\"#ddd\"/>");
			svg.append("<text x=\"")
				.append(LEFT - 6)
				.append("\" y=\"")
				.append(fmt(y + 4))
				.append("\" text-anchor=\"end\" font-size=\"11\">")
				.append(pct)
				.append("</text>");
		}
		StringBuilder path = new StringBuilder();
		boolean penDown = false;
		for (int i = 0; i < MONTHS; i++) {
			LocalDate month = first.plusMonths(i);
			double x = LEFT + i * step;
			svg.append("<text x=\"")
				.append(fmt(x))
				.append("\" y=\"")
				.append(HEIGHT - 10)
				.append("\" text-anchor=\"middle\" font-size=\"11\">")
				.append(month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
				.append("</text>");
			Integer score = snapshots.stream()
				.filter((s) -> s.month().equals(month))
				.findFirst()
				.map(Snapshot::overall)
				.orElse(null);
			if (score == null) {
				penDown = false;
				continue;
			}
			double y = TOP + plot - score * plot / 100;
			path.append(penDown ? " L" : " M").append(fmt(x)).append(' ').append(fmt(y));
			penDown = true;
			svg.append("<circle cx=\"")
				.append(fmt(x))
				.append("\" cy=\"")
				.append(fmt(y))
				.append("\" r=\"3\" fill=\"#1f5f8b\"/>");
			description.append(month.getYear())
				.append('-')
				.append(String.format("%02d", month.getMonthValue()))
				.append(' ')
				.append(score)
				.append("; ");
		}
		if (path.length() > 0) {
			svg.append("<path d=\"")
				.append(path.toString().trim())
				.append("\" fill=\"none\" stroke=\"#1f5f8b\" stroke-width=\"2\"/>");
		}
		svg.append("<desc id=\"trend-desc\">")
			.append(description.toString().endsWith(": ") ? "no scores yet" : description.toString().trim())
			.append("</desc></svg>");
		return svg.toString();
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
