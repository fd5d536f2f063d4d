package dev.bulwark.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts of current risks per likelihood and impact, laid out as the risk matrix: rows
 * from the highest likelihood down, columns from the lowest impact up.
 */
record HeatMap(RiskMatrix matrix, List<RiskRating> impacts, List<Line> rows) {

	static HeatMap of(RiskMatrix matrix, List<RiskDetails> risks) {
		List<RiskRating> ratings = matrix.ratings();
		List<Line> rows = new ArrayList<>();
		for (int l = ratings.size() - 1; l >= 0; l--) {
			RiskRating likelihood = ratings.get(l);
			List<Cell> cells = new ArrayList<>();
			for (RiskRating impact : ratings) {
				int count = (int) risks.stream()
					.filter(RiskDetails::current)
					.filter((risk) -> matrix.normalize(risk.likelihood()) == likelihood
							&& matrix.normalize(risk.impact()) == impact)
					.count();
				cells.add(new Cell(likelihood, impact, matrix.level(likelihood, impact), count));
			}
			rows.add(new Line(likelihood, cells));
		}
		return new HeatMap(matrix, ratings, rows);
	}

	/** Current risks counted in the map. */
	public int total() {
		return this.rows.stream().flatMap((row) -> row.cells().stream()).mapToInt(Cell::count).sum();
	}

	public record Line(RiskRating likelihood, List<Cell> cells) {

	}

	public record Cell(RiskRating likelihood, RiskRating impact, RiskLevel level, int count) {

	}

}
