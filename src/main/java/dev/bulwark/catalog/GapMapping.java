package dev.bulwark.catalog;

/**
 * Which catalog vulnerability a kind of gap found by another module is an instance of, so
 * the risk register proposes the right weakness with the right remediation steps, and
 * merges a gap and a weak questionnaire answer about the same weakness into one risk.
 *
 * @param source the module that reports the gap, as in
 * {@code dev.bulwark.shared.GapsReported#source()}, e.g. {@code inventory}
 * @param key the kind of gap within the source, e.g. {@code asset.no-mfa}
 * @param citation the citation the source attaches to the gap; always one of the
 * vulnerability's citations
 * @param vulnerability the key of the vulnerability, e.g. {@code V-NO-MFA}
 * @param note why this vulnerability is the right one, in a sentence
 */
public record GapMapping(String source, String key, String citation, String vulnerability, String note) {

	/** {@code source:key}, the form {@link Vulnerability#gaps()} lists. */
	public String qualifiedKey() {
		return this.source + ":" + this.key;
	}

}
