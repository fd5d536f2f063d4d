/**
 * Demo data: {@code bulwark demo --practices N} fills an installation with realistic,
 * varied practices for trials and benchmarks (network segments, inventories of 10 to 300
 * assets, data flows, risk assessments in every state with their answers, risk registers
 * with treatment tasks, vendors).
 * <p>
 * Practices are created through the practice module's facade ({@code Practices.create},
 * audited like any other); their records are written with multi-row inserts, one
 * transaction per practice, because a thousand practices through one command each would
 * take hours. Every demo practice is recorded in {@code demo_practice}, so the command
 * can tell demo data from real data: it refuses an installation where a practice that is
 * not a demo practice already holds records, unless told explicitly. The inventory's
 * findings are derived by the inventory's own rules ({@code Inventory.deriveFindings}),
 * and each practice's audit trail gets a few summarising entries (one per kind of record,
 * e.g. "Demo data created: 5 network segments, 120 assets, 7 data flows"), written
 * through the audit trail so that its hash chain verifies: an entry per generated record
 * would multiply the command's time.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = { "shared", "practice", "catalog", "inventory" })
package dev.bulwark.demo;

import org.springframework.modulith.ApplicationModule;
