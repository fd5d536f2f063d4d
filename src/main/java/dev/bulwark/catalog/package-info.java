/**
 * The regulatory catalog: every standard and implementation specification of the HIPAA
 * Security Rule (45 CFR 164.308-164.316), the guided risk-assessment questionnaire, the
 * practice profile that decides which questions apply, threats, vulnerabilities, HICP
 * 2023 practices and the recurring obligations behind the compliance calendar.
 * <p>
 * The content lives in versioned YAML files under {@code src/main/resources/catalog/}, is
 * loaded and cross-checked once at start-up, and is read-only afterwards. Other modules
 * use the {@link Catalog} facade and the records it returns; everything else in this
 * package is internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package dev.bulwark.catalog;
