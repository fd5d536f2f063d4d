/**
 * Security incidents and breach notification (164.308(a)(6)(i); 45 CFR 164.400-414).
 * <p>
 * Anyone in the practice reports an incident in under a minute and follows their own
 * reports; the security officer triages it (type, systems of the inventory, vendors),
 * keeps its timeline (events, containment steps with who and when, follow-up actions),
 * attaches evidence (owner type {@code incident}), records the breach assessment
 * (exceptions of 164.402, secured PHI, the four factors, the conclusion with who decided
 * and when) and, for a breach, its facts, from which {@code BreachClock} computes every
 * deadline on the practice's local calendar: individuals, HHS, media, the yearly log, a
 * business associate's notice, moved by a law-enforcement delay. The notice letter is
 * drafted with the 164.404(c) content, edited and printed as PDF; the year's log exports
 * as CSV in the HHS portal's columns. The incident response plan goes through the
 * policies engine; tabletop drills are recorded here. Auditors read everything.
 * <p>
 * The facade is {@link dev.bulwark.incidents.Incidents} ({@code report} and
 * {@code inPeriod}, the incidents a risk analysis lists, for other modules; the rest
 * serves this module's pages and API). Every read of an incident is an audit entry.
 * Events ({@link dev.bulwark.incidents.IncidentEvent}): IncidentReported, IncidentViewed,
 * IncidentsListed, IncidentUpdated, IncidentEntryAdded, BreachAssessed, BreachRecorded,
 * NoticeLetterSaved, DrillRecorded. Follow-up actions reach the risk register through
 * {@link dev.bulwark.shared.GapsReported} (source {@code incidents}, one gap per
 * incident); breach deadlines and the next drill reach the calendar through
 * {@link dev.bulwark.shared.DueItemsReported}.
 * <p>
 * Decisions (the stopped clock for law-enforcement delays, audited reads, no state
 * figures) are in {@code docs/adr/0015-incidents-and-breach-clock.md}.
 */
@ApplicationModule(displayName = "Incidents", allowedDependencies = { "shared", "inventory", "evidence", "policies" })
package dev.bulwark.incidents;

import org.springframework.modulith.ApplicationModule;
