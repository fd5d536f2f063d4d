package dev.bulwark.policies;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A controlled document as other modules see it.
 *
 * @param id the document
 * @param kind what it is
 * @param title its title
 * @param currentVersion the number of the version in effect, or {@code null} if none has
 * been published (or the document was retired)
 * @param effectiveFrom the day the current version took effect, or {@code null}
 * @param openDraft the number of a draft or approved version not yet published, or
 * {@code null}
 * @param reviewDueOn the day its next review is due (yearly, a recommendation), or
 * {@code null} while nothing is in effect
 * @param retired whether the whole document was retired
 * @param link the document's page, where versions are compared, approved and published
 */
public record DocumentSummary(UUID id, DocumentKind kind, String title, Integer currentVersion, LocalDate effectiveFrom,
		Integer openDraft, LocalDate reviewDueOn, boolean retired, String link) {

	/** The address of a document's page. */
	public static String linkTo(UUID documentId) {
		return "/policies/" + documentId;
	}

}
