package dev.bulwark.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A question of the guided risk assessment. "Yes" is always the good answer.
 *
 * @param key the stable key, e.g. {@code POL-03}; never reused once published, and kept
 * when a question is reworded or moved so that answers carry over
 * @param section the key of the section the question belongs to
 * @param text the question
 * @param why why it matters
 * @param good what good looks like for a small practice
 * @param citations the requirements the answer gives evidence for; the first is the
 * primary one and decides {@link #group()}
 * @param vulnerabilities the vulnerability keys a weak answer proposes as risks
 * @param mappingReasons for a vulnerability of another {@link RuleGroup} than any of the
 * question's citations, why the question raises it anyway, by vulnerability key
 * @param notApplicableWhen profile conditions under which the question does not apply
 * @param proposed whether the question exists only because of the 2025 proposed rule and
 * is asked only in NPRM-ready mode
 * @param curedBySignOff whether the question asks about the time before this assessment
 * in a way the signed-off assessment itself remedies (for example "before this
 * assessment, did you have a current risk analysis?"); see
 * {@link Catalog#curedBySignOff(java.util.Collection)}
 */
public record Question(String key, String section, String text, String why, String good, List<String> citations,
		List<String> vulnerabilities, Map<String, String> mappingReasons,
		List<ApplicabilityCondition> notApplicableWhen, boolean proposed, boolean curedBySignOff) {

	public Question {
		citations = List.copyOf(citations);
		vulnerabilities = List.copyOf(vulnerabilities);
		mappingReasons = Map.copyOf(mappingReasons);
		notApplicableWhen = List.copyOf(notApplicableWhen);
	}

	/**
	 * The part of the rules the question is filed under in reports: that of its first
	 * citation.
	 */
	public RuleGroup group() {
		return RuleGroup.of(this.citations.get(0));
	}

	/** Every part of the rules the question's citations belong to, in citation order. */
	public Set<RuleGroup> groups() {
		Set<RuleGroup> groups = new LinkedHashSet<>();
		this.citations.forEach((citation) -> groups.add(RuleGroup.of(citation)));
		return groups;
	}

	/**
	 * Why this question does not apply to a practice with the given profile, if it does
	 * not.
	 * @param profile profile values by field key (Boolean, Number or String); a missing
	 * value matches only conditions that say so
	 * ({@link ApplicabilityCondition#orUnanswered()})
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
