package dev.bulwark.assessment;

import org.jspecify.annotations.Nullable;

/**
 * A catalog threat as a risk shows it.
 *
 * @param sourceType the NIST SP 800-30 threat-source type's title
 * @param hicpTopThreat the HICP 2023 top threat's title, if it is one
 */
record ThreatView(String key, String title, String sourceType, @Nullable String hicpTopThreat) {

}
