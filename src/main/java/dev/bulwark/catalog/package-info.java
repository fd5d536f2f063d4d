/**
 * The regulatory catalog: every standard and implementation specification of the HIPAA
 * Security Rule (45 CFR 164.308-164.316), the guided risk-assessment questionnaire, the
 * practice profile that decides which questions apply, threats, vulnerabilities, HICP
 * 2023 practices and the recurring obligations behind the compliance calendar.
 * <p>
 * Besides the Security Rule's standards and specifications, questions may cite its
 * general rules (164.306) and a few provisions of other HIPAA rules (the Privacy Rule),
 * grouped apart by {@link dev.bulwark.catalog.RuleGroup}. The catalog also says which
 * vulnerability each kind of gap reported by another module is
 * ({@link dev.bulwark.catalog.Catalog#vulnerabilityForGap}), and which questions ask
 * about the time before the assessment and are remedied by signing it off
 * ({@link dev.bulwark.catalog.Catalog#curedBySignOff}).
 * <p>
 * The content lives in versioned YAML files under {@code src/main/resources/catalog/}, is
 * loaded and cross-checked once at start-up, and is read-only afterwards. Other modules
 * use the {@link Catalog} facade and the records it returns; everything else in this
 * package is internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package dev.bulwark.catalog;
