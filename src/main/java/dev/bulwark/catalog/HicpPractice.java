package dev.bulwark.catalog;

/**
 * One of the ten practices of the HHS 405(d) Health Industry Cybersecurity Practices
 * (HICP 2023).
 *
 * @param number 1 to 10
 * @param title Bulwark's short name for the practice, e.g. "E-mail protection"; the
 * publication's own headings are longer, so show it as a short name ("HICP practice 1,
 * e-mail protection") rather than as a quotation
 * @param summary what it means for a small practice
 */
public record HicpPractice(int number, String title, String summary) {

}
