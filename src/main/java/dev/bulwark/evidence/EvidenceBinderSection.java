package dev.bulwark.evidence;

import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.BinderSection;
import dev.bulwark.shared.CsvTable;

import org.springframework.stereotype.Component;

/**
 * The evidence register in the binder: every item with its checksum, author, dates and
 * retention. The files themselves go into the sections of the records they prove (a BAA
 * under vendors), so the register is where an auditor sees continuity over the year.
 */
@Component
class EvidenceBinderSection implements BinderSection {

	private final EvidenceStore store;

	EvidenceBinderSection(EvidenceStore store) {
		this.store = store;
	}

	@Override
	public String folder() {
		return "10-evidence";
	}

	@Override
	public String title() {
		return "Evidence register";
	}

	@Override
	public List<Document> documents(UUID practiceId, Actor actor) {
		EvidenceFilter all = EvidenceFilter.none();
		long total = this.store.count(practiceId, all);
		if (total == 0) {
			return List.of();
		}
		CsvTable register = CsvTable.of("title", "file", "version", "size_bytes", "author", "stored_at_utc",
				"updated_at_utc", "effective_until", "kept_until", "attached_to_records");
		for (int page = 0; (long) page * EvidenceRepository.PAGE_SIZE < total; page++) {
			for (EvidenceSummary item : this.store.list(practiceId, all, page)) {
				register.row(item.title(), item.fileName(), item.currentVersion(), item.sizeBytes(), item.authorName(),
						item.createdAt(), item.updatedAt(), item.effectiveUntil(), item.retainUntil(), item.links());
			}
		}
		return List.of(new Document("evidence-register.csv",
				"Every evidence item: version, author, dates and how long it is kept", "text/csv", register.bytes()));
	}

}
