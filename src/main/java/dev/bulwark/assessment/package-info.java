/**
 * Security risk assessment (45 CFR 164.308(a)(1)(ii)(A) risk analysis and (B) risk
 * management): the practice profile, the guided questionnaire with not-applicable
 * answers, flags, notes, evidence references and assignments, the documented decisions on
 * addressable specifications, the risk register rated on a 3 x 3 or 5 x 5 matrix, the
 * treatment plan, the draft, review and sign-off lifecycle with a frozen signed-off
 * assessment, year-on-year carry-over and comparison, and the audit-ready PDF report.
 * <p>
 * Public API: {@link dev.bulwark.assessment.Assessments} and
 * {@link dev.bulwark.assessment.Risks} with their read records and forms. Other modules
 * (the inventory) propose risks through
 * {@link dev.bulwark.assessment.Assessments#proposeRiskFromFinding}.
 */
@ApplicationModule(displayName = "Risk assessment",
		allowedDependencies = { "shared", "catalog", "identity", "practice", "inventory" })
package dev.bulwark.assessment;

import org.springframework.modulith.ApplicationModule;
