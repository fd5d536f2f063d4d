package dev.bulwark.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A standard or implementation specification of the Security Rule.
 *
 * @param citation the CFR citation, e.g. {@code 164.308(a)(1)(ii)(A)}
 * @param title the rule's title, e.g. {@code Risk analysis}
 * @param kind standard or implementation specification
 * @param level required or addressable; every standard is required (164.306(c))
 * @param requirementNote a note on the mark, e.g. that a standard is shown through its
 * specifications
 * @param safeguard the section the requirement belongs to
 * @param standard for an implementation specification, the citation of its standard
 * @param summary one plain-language sentence of what it asks
 * @param guidance practical guidance for a small practice, including the evidence an
 * auditor expects
 * @param hicp the HICP 2023 practice numbers it maps to
 * @param proposed what the 2025 proposed rule would change, if anything; never law
 * @param appliesNote when it applies only to some organizations, who they are
 */
public record Requirement(String citation, String title, RequirementKind kind, RequirementLevel level,
		@Nullable String requirementNote, Safeguard safeguard, @Nullable String standard, String summary,
		String guidance, List<Integer> hicp, @Nullable String proposed, @Nullable String appliesNote) {

	public Requirement {
		hicp = List.copyOf(hicp);
	}

	/** Whether this is an implementation specification marked addressable. */
	public boolean addressableSpecification() {
		return this.kind == RequirementKind.IMPLEMENTATION_SPECIFICATION && this.level == RequirementLevel.ADDRESSABLE;
	}

	/**
	 * Whether this requirement appears in the Appendix A matrix (164.308, 164.310,
	 * 164.312).
	 */
	public boolean inAppendixA() {
		return this.safeguard.inAppendixA();
	}

}
