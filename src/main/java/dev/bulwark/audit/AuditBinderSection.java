package dev.bulwark.audit;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.BinderSection;

import org.springframework.stereotype.Component;

/**
 * The audit trail's part of the binder: every entry of the practice as CSV (with the hash
 * chain, so a reader can recompute it) and the result of verifying the chain at the time
 * of the export.
 */
@Component
class AuditBinderSection implements BinderSection {

	private final AuditTrail trail;

	private final Clock clock;

	AuditBinderSection(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	@Override
	public String folder() {
		return "11-audit-trail";
	}

	@Override
	public String title() {
		return "Audit trail";
	}

	@Override
	public List<Document> documents(UUID practiceId, Actor actor) {
		StringWriter csv = new StringWriter();
		this.trail.writeCsv(practiceId, AuditFilter.none(), csv);
		AuditVerification verification = this.trail.verify();
		String result = verification.problemOf(practiceId)
			.map((problem) -> "NOT INTACT: " + problem.where() + ": " + problem.reason())
			.orElse("Intact: every entry of this practice matches its hash chain and the checkpoints that anchor it.");
		String text = "Audit trail verification\nPractice: " + actor.practiceName() + "\nChecked at: "
				+ this.clock.instant().atZone(actor.zone()) + "\nResult: " + result + "\n\n"
				+ "Each entry's hash covers the entry and the hash before it; checkpoints anchor every practice's "
				+ "chain in an installation-wide record, so an edited, deleted or inserted entry, or a missing trail, "
				+ "is detected.\n";
		return List.of(
				new Document("audit-trail.csv", "Every audit trail entry of the practice, oldest first, with its hash",
						"text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)),
				new Document("verification.txt",
						"The audit trail checked against its hash chain when the binder " + "was prepared",
						"text/plain", text.getBytes(StandardCharsets.UTF_8)));
	}

}
