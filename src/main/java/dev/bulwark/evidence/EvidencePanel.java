package dev.bulwark.evidence;

import java.util.List;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.Permission;

/**
 * The model of the reusable evidence panel ({@code templates/evidence/panel.html}): a
 * record's evidence, each with a download link, and a form to upload a file for it.
 * <p>
 * Build it with {@link EvidenceStore#panel} and include it in the record's page:
 *
 * <pre class="code">
 * model.addAttribute("evidencePanel", evidenceStore.panel(practiceId, EvidenceOwner.of("vendor", id), "/vendors/" + id));
 * &lt;div th:replace="~{evidence/panel :: panel(${evidencePanel})}"&gt;&lt;/div&gt;
 * </pre>
 *
 * By default the form posts to the evidence pages and needs {@code EVIDENCE_EDIT}; a
 * module that lets its own roles add evidence to its records (staff and their training
 * certificates) points the panel at its own endpoints with {@link #withEndpoints}.
 *
 * @param owner the record
 * @param items its evidence, newest first
 * @param returnTo where the upload returns to (a path of this site)
 * @param uploadAction where the upload form posts (multipart: {@code file},
 * {@code title}, {@code description}, {@code effectiveUntil}, {@code ownerType},
 * {@code ownerId}, {@code returnTo})
 * @param downloadPath a download link, with {@code {evidenceId}}
 * @param uploadPermission who sees the upload form
 * @param downloadPermission who sees download links
 * @param maxBytes the largest file kept
 * @param accept the file extensions kept, for the file picker
 */
public record EvidencePanel(EvidenceOwner owner, List<EvidenceSummary> items, String returnTo, String uploadAction,
		String downloadPath, Permission uploadPermission, Permission downloadPermission, long maxBytes, String accept) {

	public EvidencePanel {
		items = List.copyOf(items);
		returnTo = ReturnPaths.safe(returnTo, null);
	}

	/**
	 * The same panel posting to and downloading from the owning module's own endpoints,
	 * shown to the roles holding the given permissions.
	 * @param uploadAction the module's upload endpoint
	 * @param downloadPath the module's download endpoint, with {@code {evidenceId}}
	 */
	public EvidencePanel withEndpoints(String uploadAction, String downloadPath, Permission uploadPermission,
			Permission downloadPermission) {
		return new EvidencePanel(this.owner, this.items, this.returnTo, uploadAction, downloadPath, uploadPermission,
				downloadPermission, this.maxBytes, this.accept);
	}

	/** Whether the form is shown to this person. */
	public boolean canUpload(Actor actor) {
		return actor != null && actor.can(this.uploadPermission);
	}

	/** Whether download links are shown to this person. */
	public boolean canDownload(Actor actor) {
		return actor != null && actor.can(this.downloadPermission);
	}

	/** The download link of one item. */
	public String downloadUrl(EvidenceSummary item) {
		return this.downloadPath.replace("{evidenceId}", item.id().toString());
	}

	/** The largest file kept, in words. */
	public String maxSize() {
		return FileSizes.format(this.maxBytes);
	}

}
