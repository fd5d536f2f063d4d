/**
 * Policies and procedures, and the controlled-document engine other modules use for their
 * plans (164.316).
 * <p>
 * A document (a policy, the contingency plan, the incident response plan) has versions in
 * Markdown. A version is drafted, approved by the security officer (name and date), then
 * published: it becomes the version in effect and the one before it is superseded with
 * its last effective date. Versions no longer in effect are kept six years from that date
 * and cannot be deleted sooner; a draft never published can be discarded. Any two
 * versions can be compared. Staff acknowledge the version in effect, again after a
 * significant change; documents are reviewed yearly (a recommendation). Policies start
 * from templates for every policy the Security Rule and the Breach Notification Rule call
 * for ({@code catalog/policies/*.md}), filled in from the practice's profile. One policy
 * and the whole manual print as PDF.
 * <p>
 * The facade is {@link dev.bulwark.policies.Policies}: other modules submit their
 * document's text with {@code draft(actor, DocumentDraft)} and link to
 * {@link dev.bulwark.policies.DocumentSummary#link()} for versions, approval and
 * publication; {@code pendingAcknowledgements} is a person's own task list.
 * <p>
 * Events ({@link dev.bulwark.policies.PolicyEvent}, all audited): DocumentCreated,
 * PolicyAdopted, PolicyVersionDrafted, PolicyDraftChanged, PolicyVersionApproved,
 * PolicyPublished, PolicyVersionDiscarded, PolicyVersionDeleted, PolicyRetired,
 * PolicyAcknowledged, PolicyReviewed. Due dates reach the calendar through
 * {@link dev.bulwark.shared.DueItemsReported} (source {@code policies}).
 * <p>
 * Decisions (Markdown, the diff, retention) are in
 * {@code docs/adr/0010-controlled-documents.md}.
 */
@ApplicationModule(displayName = "Policies", allowedDependencies = { "shared", "practice", "identity" })
package dev.bulwark.policies;

import org.springframework.modulith.ApplicationModule;
