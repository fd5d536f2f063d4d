package dev.bulwark.assessment;

import dev.bulwark.catalog.Question;

/**
 * Which questions count as technical, so that the practice's IT technician (MSP) may
 * answer them without being assigned: the data-and-devices and technical-access sections,
 * and any question about technical safeguards (164.312), backups (164.308(a)(7)(ii)(A))
 * or device and media controls (164.310(d)).
 */
final class Permissions {

	private Permissions() {
	}

	static boolean technical(Question question) {
		if ("technical".equals(question.section()) || "data".equals(question.section())) {
			return true;
		}
		return question.citations()
			.stream()
			.anyMatch((citation) -> citation.startsWith("164.312") || citation.startsWith("164.310(d)")
					|| citation.equals("164.308(a)(7)(ii)(A)"));
	}

}
