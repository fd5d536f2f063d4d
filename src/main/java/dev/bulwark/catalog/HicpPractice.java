package dev.bulwark.catalog;

/**
 * One of the ten practices of the HHS 405(d) Health Industry Cybersecurity Practices
 * (HICP 2023).
 *
 * @param number 1 to 10
 * @param title the practice's name
 * @param summary what it means for a small practice
 */
public record HicpPractice(int number, String title, String summary) {

}
