package dev.bulwark.assessment;

import java.time.LocalDate;
import java.util.List;

import dev.bulwark.incidents.IncidentListing;
import dev.bulwark.vendors.BusinessAssociateListing;
import org.jspecify.annotations.Nullable;

/**
 * What the report says about the analysis itself, beyond the answers: where and when it
 * applies, what is out of scope, who took part, incidents in the period, when the next
 * review is due and which analyses came before.
 *
 * @param locations the practice's locations (addresses), as the practice typed them
 * @param periodStart first day of the period the analysis covers
 * @param periodEnd last day of that period
 * @param outOfScope what the practice left out of scope, in its own words
 * @param participants who took part and in which role: typed by the practice (e.g. the IT
 * provider) and everyone who answered questions
 * @param incidents the statement on security incidents in the period
 * @param nextReview the date of the next review of the analysis
 * @param earlier earlier analyses of the practice, newest first
 * @param managedServiceProvider whether the profile says an outside IT company looks
 * after the computers
 * @param paperRecords whether the profile says the practice keeps paper records
 * @param remedied titles of the risks closed at sign-off as remedied by this analysis
 * @param incidentsFrom first day of the period whose incidents are listed
 * @param incidentsTo last day of that period
 * @param incidentList the security incidents recorded in the incidents module that
 * happened in that period
 * @param businessAssociates the business associates of the vendor register with their
 * agreements' dates
 */
record ReportScope(@Nullable String locations, @Nullable LocalDate periodStart, @Nullable LocalDate periodEnd,
		@Nullable String outOfScope, List<Participant> participants, @Nullable String incidents,
		@Nullable LocalDate nextReview, List<EarlierAnalysis> earlier, boolean managedServiceProvider,
		boolean paperRecords, List<String> remedied, @Nullable LocalDate incidentsFrom, @Nullable LocalDate incidentsTo,
		List<IncidentListing> incidentList, List<BusinessAssociateListing> businessAssociates) {

	static ReportScope empty() {
		return new ReportScope(null, null, null, null, List.of(), null, null, List.of(), false, false, List.of(), null,
				null, List.of(), List.of());
	}

	/**
	 * One person or organisation that took part.
	 *
	 * @param name their name
	 * @param role their role in the practice or for it, e.g. "IT provider (managed
	 * service provider)"
	 * @param part what they did in this analysis
	 */
	record Participant(String name, String role, String part) {

	}

	/**
	 * An earlier analysis.
	 *
	 * @param signedOn the practice's date of its sign-off, or {@code null}
	 */
	record EarlierAnalysis(String title, String status, @Nullable String startedOn, @Nullable String signedOn,
			@Nullable String signedBy) {

	}

}
