package dev.bulwark.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.BinderSection;
import dev.bulwark.shared.CsvTable;

import org.springframework.stereotype.Component;

/**
 * Policies in the audit binder: the manual of everything in effect, every version of
 * every document with its approval and retention dates (superseded versions are kept six
 * years, and the list shows it), and where each person stands with acknowledging.
 */
@Component
class PolicyBinderSection implements BinderSection {

	private final Policies policies;

	private final PolicyPrinting printing;

	PolicyBinderSection(Policies policies, PolicyPrinting printing) {
		this.policies = policies;
		this.printing = printing;
	}

	@Override
	public String folder() {
		return "03-policies";
	}

	@Override
	public String title() {
		return "Policies, procedures and plans, with acknowledgements";
	}

	@Override
	public List<Document> documents(UUID practiceId, Actor actor) {
		List<DocumentDetails> documents = this.policies.all(practiceId);
		if (documents.isEmpty()) {
			return List.of();
		}
		List<Document> files = new ArrayList<>();
		if (documents.stream().anyMatch((document) -> document.current().isPresent())) {
			PolicyPrinting.Pdf manual = this.printing.manual(actor);
			files.add(new Document("policy-manual.pdf", "Every policy and plan in effect, as printed for the practice",
					"application/pdf", manual.bytes()));
		}
		CsvTable versions = CsvTable.of("document", "kind", "citations", "version", "status", "change_note",
				"approved_by", "approved_on", "effective_from", "effective_until", "retain_until");
		CsvTable acknowledgements = CsvTable.of("document", "person", "role", "version_acknowledged", "acknowledged_on",
				"pending", "asked_again_after_significant_change");
		for (DocumentDetails document : documents) {
			for (VersionDetails version : document.versions()) {
				versions.row(document.title(), document.kind().label(), String.join("; ", document.citations()),
						version.number(), version.statusLabel(), version.changeNote(), version.approvedByName(),
						version.approvedOn(), version.effectiveFrom(), version.effectiveUntil(), version.retainUntil());
			}
			if (document.kind().acknowledgedByStaff() && document.current().isPresent()) {
				for (AcknowledgementStatus status : this.policies.acknowledgementStatus(practiceId, document.id())) {
					acknowledgements.row(status.title(), status.name(), status.role(), status.versionNumber(),
							status.acknowledgedOn(), status.pending(), status.again());
				}
			}
		}
		files.add(new Document("versions.csv", "Every version of every document: approval, effect and retention",
				"text/csv", versions.bytes()));
		files.add(new Document("acknowledgements.csv", "Who acknowledged which policy version, and who still must",
				"text/csv", acknowledgements.bytes()));
		return files;
	}

}
