package dev.bulwark.catalog;

/**
 * A provision that questions and vulnerabilities may cite besides the Security Rule's
 * standards and implementation specifications: the general rules of 164.306, which every
 * safeguard is read with, and the few provisions of other HIPAA rules the assessment
 * touches (the Privacy Rule's safeguards for paper records and its business associate
 * contract terms). Provisions of other rules are never counted as Security Rule
 * requirements.
 *
 * @param citation the CFR citation, e.g. {@code 164.306(d)(3)} or {@code 164.530(c)}
 * @param title the provision's heading in the rule, or a short description where the
 * paragraph has none
 * @param group {@link RuleGroup#GENERAL_RULES} or {@link RuleGroup#OTHER_HIPAA_RULES}
 * @param rule the rule it belongs to, e.g. {@code HIPAA Privacy Rule (45 CFR 164
 * Subpart E)}
 * @param summary one plain-language sentence of what it asks
 * @param guidance what it means for a small practice
 */
public record Provision(String citation, String title, RuleGroup group, String rule, String summary, String guidance) {

}
