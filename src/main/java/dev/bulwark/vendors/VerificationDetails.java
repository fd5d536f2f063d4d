package dev.bulwark.vendors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.evidence.EvidenceSummary;

/**
 * One yearly verification of a business associate's technical safeguards (proposed rule).
 *
 * @param answers answer by question key
 * @param score per cent of the points of the questions that apply
 * @param nextDueOn one year after {@code verifiedOn}
 * @param documents the vendor's written certification in the evidence store, newest first
 */
record VerificationDetails(UUID id, UUID vendorId, String vendorName, LocalDate verifiedOn,
		VerificationSource completedBy, Map<String, VerificationAnswer> answers, int score, LocalDate nextDueOn,
		String notes, Instant recordedAt, List<EvidenceSummary> documents) {

	VerificationDetails {
		answers = Map.copyOf(answers);
		documents = List.copyOf(documents);
	}

	VerificationDetails withDocuments(List<EvidenceSummary> stored) {
		return new VerificationDetails(this.id, this.vendorId, this.vendorName, this.verifiedOn, this.completedBy,
				this.answers, this.score, this.nextDueOn, this.notes, this.recordedAt, stored);
	}

	public VerificationAnswer answer(String key) {
		return this.answers.get(key);
	}

}
