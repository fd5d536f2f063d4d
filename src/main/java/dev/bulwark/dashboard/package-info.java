/**
 * The posture dashboard: where the practice stands and what to do next. A score per
 * safeguard area and overall from the current assessment (formula on
 * {@link dev.bulwark.assessment.AssessmentPosture}), overdue and upcoming calendar items,
 * open findings and risks by level, the five most valuable next actions, and a monthly
 * trend kept in snapshots written on the daily tick. Read-only: it reads other modules'
 * facades and keeps only its snapshots. Other modules' summary cards
 * ({@link dev.bulwark.shared.DashboardCard}) stay on the page.
 */
@ApplicationModule(displayName = "Dashboard",
		allowedDependencies = { "shared", "practice", "assessment", "calendar", "inventory" })
package dev.bulwark.dashboard;

import org.springframework.modulith.ApplicationModule;
