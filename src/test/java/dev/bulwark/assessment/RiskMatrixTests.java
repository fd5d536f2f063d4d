package dev.bulwark.assessment;

import org.junit.jupiter.api.Test;

import static dev.bulwark.assessment.RiskLevel.CRITICAL;
import static dev.bulwark.assessment.RiskLevel.HIGH;
import static dev.bulwark.assessment.RiskLevel.LOW;
import static dev.bulwark.assessment.RiskLevel.MODERATE;
import static dev.bulwark.assessment.RiskRating.VERY_HIGH;
import static dev.bulwark.assessment.RiskRating.VERY_LOW;
import static org.assertj.core.api.Assertions.assertThat;

class RiskMatrixTests {

	private static final RiskRating L = RiskRating.LOW;

	private static final RiskRating M = RiskRating.MODERATE;

	private static final RiskRating H = RiskRating.HIGH;

	@Test
	void theThreeByThreeMatrixFollowsTheSumOfTheRatings() {
		RiskMatrix matrix = RiskMatrix.THREE_BY_THREE;
		RiskRating[] ratings = { L, M, H };
		RiskLevel[][] expected = { { LOW, LOW, MODERATE }, { LOW, MODERATE, HIGH }, { MODERATE, HIGH, CRITICAL } };
		for (int l = 0; l < 3; l++) {
			for (int i = 0; i < 3; i++) {
				assertThat(matrix.level(ratings[l], ratings[i])).as("%s x %s", ratings[l], ratings[i])
					.isEqualTo(expected[l][i]);
			}
		}
	}

	@Test
	void theThreeByThreeMatrixFoldsFiveLevelRatingsOntoItsScale() {
		RiskMatrix matrix = RiskMatrix.THREE_BY_THREE;
		assertThat(matrix.level(VERY_HIGH, VERY_HIGH)).isEqualTo(CRITICAL);
		assertThat(matrix.level(VERY_LOW, H)).isEqualTo(MODERATE);
		assertThat(matrix.normalize(VERY_HIGH)).isEqualTo(H);
		assertThat(matrix.ratings()).containsExactly(L, M, H);
	}

	@Test
	void theFiveByFiveMatrixFollowsNistSp80030TableI2() {
		RiskMatrix matrix = RiskMatrix.FIVE_BY_FIVE;
		assertThat(matrix.level(VERY_HIGH, VERY_HIGH)).isEqualTo(CRITICAL);
		assertThat(matrix.level(H, VERY_HIGH)).isEqualTo(CRITICAL);
		assertThat(matrix.level(H, H)).isEqualTo(HIGH);
		assertThat(matrix.level(M, VERY_HIGH)).isEqualTo(HIGH);
		assertThat(matrix.level(M, H)).isEqualTo(MODERATE);
		assertThat(matrix.level(M, M)).isEqualTo(MODERATE);
		assertThat(matrix.level(L, VERY_HIGH)).isEqualTo(MODERATE);
		assertThat(matrix.level(VERY_HIGH, L)).isEqualTo(LOW);
		assertThat(matrix.level(VERY_LOW, VERY_HIGH)).isEqualTo(LOW);
		assertThat(matrix.level(VERY_LOW, VERY_LOW)).isEqualTo(LOW);
		assertThat(matrix.ratings()).hasSize(5);
	}

	@Test
	void levelsNeverFallWhenARatingRises() {
		for (RiskMatrix matrix : RiskMatrix.values()) {
			for (RiskRating likelihood : matrix.ratings()) {
				for (RiskRating impact : matrix.ratings()) {
					for (RiskRating higher : matrix.ratings()) {
						if (higher.ordinal() > impact.ordinal()) {
							assertThat(matrix.level(likelihood, higher).ordinal())
								.isGreaterThanOrEqualTo(matrix.level(likelihood, impact).ordinal());
							assertThat(matrix.level(higher, likelihood).ordinal())
								.isGreaterThanOrEqualTo(matrix.level(impact, likelihood).ordinal());
						}
					}
				}
			}
		}
	}

	@Test
	void thePracticeSettingChoosesTheMatrix() {
		assertThat(RiskMatrix.fromSetting("5x5")).isEqualTo(RiskMatrix.FIVE_BY_FIVE);
		assertThat(RiskMatrix.fromSetting("3x3")).isEqualTo(RiskMatrix.THREE_BY_THREE);
		assertThat(RiskMatrix.fromSetting(null)).isEqualTo(RiskMatrix.THREE_BY_THREE);
	}

}
