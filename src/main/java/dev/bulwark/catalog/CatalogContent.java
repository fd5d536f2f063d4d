package dev.bulwark.catalog;

import java.util.List;

/**
 * The validated catalog as loaded from one release of the data files.
 */
record CatalogContent(CatalogVersion version, List<Requirement> requirements, List<Provision> generalRules,
		List<Provision> otherRules, List<Section> sections, List<ProfileField> profileFields,
		List<ThreatSourceType> threatSourceTypes, List<Threat> threats, List<Vulnerability> vulnerabilities,
		List<GapMapping> gapMappings, List<Obligation> obligations, List<HicpPractice> hicpPractices,
		List<HicpTopThreat> hicpTopThreats) {

	CatalogContent {
		requirements = List.copyOf(requirements);
		generalRules = List.copyOf(generalRules);
		otherRules = List.copyOf(otherRules);
		sections = List.copyOf(sections);
		profileFields = List.copyOf(profileFields);
		threatSourceTypes = List.copyOf(threatSourceTypes);
		threats = List.copyOf(threats);
		vulnerabilities = List.copyOf(vulnerabilities);
		gapMappings = List.copyOf(gapMappings);
		obligations = List.copyOf(obligations);
		hicpPractices = List.copyOf(hicpPractices);
		hicpTopThreats = List.copyOf(hicpTopThreats);
	}

}
