package dev.bulwark.catalog;

/**
 * One of the four threat-source types of NIST SP 800-30 Rev. 1.
 *
 * @param key {@code ADVERSARIAL}, {@code ACCIDENTAL}, {@code STRUCTURAL} or
 * {@code ENVIRONMENTAL}
 * @param title a plain-language name
 * @param description what belongs in this group
 */
public record ThreatSourceType(String key, String title, String description) {

}
