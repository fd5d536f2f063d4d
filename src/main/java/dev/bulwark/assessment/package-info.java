/**
 * Security risk assessment (45 CFR 164.308(a)(1)(ii)(A) risk analysis and (B) risk
 * management): the practice profile, the guided questionnaire with not-applicable
 * answers, flags, notes, evidence references and assignments, the documented decisions on
 * addressable specifications, the risk register rated on a 3 x 3 or 5 x 5 matrix, the
 * treatment plan, the draft, review and sign-off lifecycle with a frozen signed-off
 * assessment, year-on-year carry-over and comparison, and the audit-ready PDF report.
 * <p>
 * Facades: {@link dev.bulwark.assessment.Assessments} and
 * {@link dev.bulwark.assessment.Risks} (no other module calls them yet, so their methods
 * are package-private). Events: {@link dev.bulwark.assessment.AssessmentEvent} and
 * {@link dev.bulwark.assessment.RiskEvent}, each also an audit entry. Other modules' gaps
 * reach the register through {@link dev.bulwark.shared.GapsReported}, which this module
 * listens to ({@code GapRisks}); it never calls back into the reporting module. The
 * inventory is read only for the report's inventory section, the incidents and vendors
 * modules only for the incidents of the period and the business associates it lists.
 */
@ApplicationModule(displayName = "Risk assessment", allowedDependencies = { "shared", "catalog", "identity", "practice",
		"inventory", "evidence", "incidents", "vendors" })
package dev.bulwark.assessment;

import org.springframework.modulith.ApplicationModule;
