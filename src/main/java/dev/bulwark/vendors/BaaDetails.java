package dev.bulwark.vendors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.evidence.EvidenceSummary;

/**
 * One business associate agreement.
 *
 * @param terms the keys of the terms it was checked to contain
 * @param documents its signed document(s) in the evidence store, newest first
 */
record BaaDetails(UUID id, UUID vendorId, String vendorName, LocalDate effectiveOn, LocalDate expiresOn,
		int breachWindowDays, List<String> terms, String notes, Instant createdAt, Instant updatedAt,
		List<EvidenceSummary> documents) {

	BaaDetails {
		terms = List.copyOf(terms);
		documents = List.copyOf(documents);
	}

	BaaDetails withDocuments(List<EvidenceSummary> stored) {
		return new BaaDetails(this.id, this.vendorId, this.vendorName, this.effectiveOn, this.expiresOn,
				this.breachWindowDays, this.terms, this.notes, this.createdAt, this.updatedAt, stored);
	}

	public boolean hasTerm(String key) {
		return this.terms.contains(key);
	}

	Baa.Agreement agreement() {
		return new Baa.Agreement(this.id, this.effectiveOn, this.expiresOn, java.util.Set.copyOf(this.terms),
				!this.documents.isEmpty());
	}

}
