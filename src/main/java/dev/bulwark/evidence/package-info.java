/**
 * The shared evidence store: every document, screenshot and record the practice keeps as
 * evidence, encrypted at rest, versioned, attached to the records it proves something
 * about, and kept for at least six years (164.316(b)(2)(i)).
 * <p>
 * The facade is {@link dev.bulwark.evidence.EvidenceStore}: other modules store a file
 * for one of their records ({@code storeFor}), list a record's files ({@code forOwner}),
 * open one for download ({@code openFor}) and show the reusable panel
 * ({@code templates/evidence/panel.html}, model
 * {@link dev.bulwark.evidence.EvidencePanel}). Records are named by an
 * {@link dev.bulwark.evidence.EvidenceOwner} (type and id), so this module depends on
 * none of them.
 * <p>
 * Events ({@link dev.bulwark.evidence.EvidenceEvent}, all audited):
 * {@link dev.bulwark.evidence.EvidenceUploaded},
 * {@link dev.bulwark.evidence.EvidenceVersionAdded},
 * {@link dev.bulwark.evidence.EvidenceDownloaded} (every download),
 * {@link dev.bulwark.evidence.EvidenceLinked},
 * {@link dev.bulwark.evidence.EvidenceUnlinked},
 * {@link dev.bulwark.evidence.EvidenceDetailsChanged},
 * {@link dev.bulwark.evidence.EvidenceDeleted} and
 * {@link dev.bulwark.evidence.EvidenceIntegrityFailed}.
 * <p>
 * Decisions (envelope encryption, content in the database, the retention lock) are in
 * {@code docs/adr/0009-evidence-store.md}.
 */
@ApplicationModule(displayName = "Evidence", allowedDependencies = "shared")
package dev.bulwark.evidence;

import org.springframework.modulith.ApplicationModule;
