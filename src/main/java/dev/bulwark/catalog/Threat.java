package dev.bulwark.catalog;

import org.jspecify.annotations.Nullable;

/**
 * Something that could harm the confidentiality, integrity or availability of patient
 * information.
 *
 * @param key the stable key, e.g. {@code T-RANSOMWARE}
 * @param title a short name
 * @param sourceType the key of its {@link ThreatSourceType}
 * @param description what it is, in a sentence or two
 * @param hicpTopThreat the key of the HICP 2023 top threat it belongs to, if any
 */
public record Threat(String key, String title, String sourceType, String description, @Nullable String hicpTopThreat) {

}
