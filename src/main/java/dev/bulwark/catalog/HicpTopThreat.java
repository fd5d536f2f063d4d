package dev.bulwark.catalog;

/**
 * One of the five top threats named by HICP 2023.
 *
 * @param key the stable key, e.g. {@code RANSOMWARE}
 * @param title the threat's name
 * @param summary what it is
 */
public record HicpTopThreat(String key, String title, String summary) {

}
