package dev.bulwark.inventory;

import java.util.UUID;

/**
 * Filter for the asset list; every field is optional.
 *
 * @param kind only this kind
 * @param ephi {@code yes} (stores or accesses ePHI) or {@code no}
 * @param encryption only this encryption answer
 * @param segment only assets in this network segment
 * @param status only this status; by default disposed assets are left out
 * @param q words in the name, assigned person, location, model or serial number
 */
record AssetFilter(AssetKind kind, String ephi, Answer encryption, UUID segment, AssetStatus status, String q) {

	public static AssetFilter none() {
		return new AssetFilter(null, null, null, null, null, null);
	}

	/**
	 * Whether the filter leaves out more than the disposed assets: without it, the list
	 * holds the assets in use or spare, as many as the summary counts.
	 */
	boolean narrows() {
		return this.kind != null || "yes".equalsIgnoreCase(this.ephi) || "no".equalsIgnoreCase(this.ephi)
				|| this.encryption != null || this.segment != null || this.status != null
				|| (this.q != null && !this.q.isBlank());
	}

}
