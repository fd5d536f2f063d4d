package dev.bulwark.policies;

import java.util.List;

/**
 * What another module submits to {@link Policies#draft}: the Markdown of its plan as it
 * stands now. The owner key identifies the document of that module (one document per kind
 * and owner key), so the next draft becomes the next version of the same document.
 *
 * @param kind the kind of document, e.g. {@link DocumentKind#CONTINGENCY_PLAN}
 * @param ownerKey the owning module's stable key, e.g. {@code contingency:plan}
 * @param title the document's title, e.g. "Contingency plan"
 * @param citations the rules it implements, e.g. {@code 164.308(a)(7)(i)}
 * @param markdown the content, in Markdown (raw HTML is shown as text)
 * @param changeNote what changed since the last version, in a few words; may be
 * {@code null}
 */
public record DocumentDraft(DocumentKind kind, String ownerKey, String title, List<String> citations, String markdown,
		String changeNote) {

	public DocumentDraft {
		citations = (citations != null) ? List.copyOf(citations) : List.of();
	}

}
