package dev.bulwark.policies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDFs: one document (the version in effect, or a chosen version) and the policy
 * manual (every document in effect that belongs in it, by title).
 */
@Service
class PolicyPrinting {

	private final Policies policies;

	private final PolicyService service;

	private final PolicyPdf pdf;

	private final Clock clock;

	PolicyPrinting(Policies policies, PolicyService service, PolicyPdf pdf, Clock clock) {
		this.policies = policies;
		this.service = service;
		this.pdf = pdf;
		this.clock = clock;
	}

	/** A rendered PDF and the name to save it under. */
	record Pdf(String fileName, byte[] bytes) {

	}

	/**
	 * One document: the version given, or else the version in effect, or else the newest.
	 * @throws InvalidInputException (field {@code version}) for a version that is not one
	 * of this document in this practice
	 */
	@Transactional(readOnly = true)
	Pdf document(Actor actor, UUID documentId, UUID versionId) {
		DocumentDetails document = this.policies.document(actor.practiceId(), documentId);
		VersionDetails version;
		if (versionId != null) {
			version = document.version(versionId)
				.orElseThrow(
						() -> InvalidInputException.of("version", "That version does not exist in this practice."));
		}
		else {
			version = document.current().orElseGet(() -> document.versions().get(0));
		}
		TemplateText.Profile profile = this.service.profile(actor);
		byte[] bytes = this.pdf.render(new PolicyPdf.Model(false, profile.practiceName(), profile.securityOfficer(),
				today(actor), List.of(PolicyPdf.Printed.of(1, document, version))));
		return new Pdf(fileName(document.title()) + "-v" + version.number() + ".pdf", bytes);
	}

	/**
	 * The manual: every document in effect that belongs in it, with a cover and contents.
	 */
	@Transactional(readOnly = true)
	Pdf manual(Actor actor) {
		List<PolicyPdf.Printed> printed = new ArrayList<>();
		for (DocumentDetails document : this.policies.all(actor.practiceId())) {
			if (document.kind().inManual() && document.current().isPresent()) {
				printed.add(PolicyPdf.Printed.of(printed.size() + 1, document, document.current().get()));
			}
		}
		TemplateText.Profile profile = this.service.profile(actor);
		LocalDate today = today(actor);
		byte[] bytes = this.pdf
			.render(new PolicyPdf.Model(true, profile.practiceName(), profile.securityOfficer(), today, printed));
		return new Pdf("policy-manual-" + today + ".pdf", bytes);
	}

	private LocalDate today(Actor actor) {
		return LocalDate.ofInstant(this.clock.instant(), actor.zone());
	}

	/** A safe file name from a title: letters, digits and dashes. */
	static String fileName(String title) {
		String name = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (name.length() > 60) {
			name = name.substring(0, 60);
		}
		return name.isEmpty() ? "document" : name;
	}

}
