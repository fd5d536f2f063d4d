package dev.bulwark.catalog;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The release of the catalog content in use, what it is based on and what changed.
 *
 * @param version the catalog version, e.g. {@code 2026.11.0}
 * @param published the publication date
 * @param basis the regulations and guidance the content is based on
 * @param changes the changelog, newest first
 */
public record CatalogVersion(String version, LocalDate published, List<Basis> basis, List<Change> changes) {

	public CatalogVersion {
		basis = List.copyOf(basis);
		changes = List.copyOf(changes);
	}

	/**
	 * A regulation or guidance document the content is based on.
	 *
	 * @param title the document
	 * @param status {@code IN_FORCE}, {@code PROPOSED} or {@code GUIDANCE}
	 * @param note how the catalog uses it
	 */
	public record Basis(String title, String status, @Nullable String note) {

	}

	/**
	 * One release in the changelog.
	 *
	 * @param version the release
	 * @param date its date
	 * @param notes what changed
	 */
	public record Change(String version, LocalDate date, List<String> notes) {

		public Change {
			notes = List.copyOf(notes);
		}

	}

}
