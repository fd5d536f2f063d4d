package dev.bulwark.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A question of the guided risk assessment. "Yes" is always the good answer.
 *
 * @param key the stable key, e.g. {@code POL-03}; never reused once published
 * @param section the key of the section the question belongs to
 * @param text the question
 * @param why why it matters
 * @param good what good looks like for a small practice
 * @param citations the requirements the answer gives evidence for
 * @param vulnerabilities the vulnerability keys a weak answer proposes as risks
 * @param notApplicableWhen profile conditions under which the question does not apply
 * @param proposed whether the question exists only because of the 2025 proposed rule and
 * is asked only in NPRM-ready mode
 */
public record Question(String key, String section, String text, String why, String good, List<String> citations,
		List<String> vulnerabilities, List<ApplicabilityCondition> notApplicableWhen, boolean proposed) {

	public Question {
		citations = List.copyOf(citations);
		vulnerabilities = List.copyOf(vulnerabilities);
		notApplicableWhen = List.copyOf(notApplicableWhen);
	}

	/**
	 * Why this question does not apply to a practice with the given profile, if it does
	 * not.
	 * @param profile profile values by field key (Boolean, Number or String); missing
	 * values never match
	 * @return the reason of the first matching condition, or empty if the question
	 * applies
	 */
	public Optional<String> notApplicableReason(Map<String, ?> profile) {
		return this.notApplicableWhen.stream()
			.filter((condition) -> condition.matches(profile))
			.map(ApplicabilityCondition::reason)
			.findFirst();
	}

	/**
	 * Whether the question is asked of a practice with the given profile.
	 * @param profile profile values by field key
	 * @param nprmReady whether the practice opted into the proposed rule's stricter
	 * expectations
	 * @return {@code true} if the question should be asked
	 */
	public boolean askedOf(Map<String, ?> profile, boolean nprmReady) {
		return (nprmReady || !this.proposed) && notApplicableReason(profile).isEmpty();
	}

}
