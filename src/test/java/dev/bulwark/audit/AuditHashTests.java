package dev.bulwark.audit;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditHashTests {

	private final AuditEntry entry = new AuditEntry(UUID.randomUUID(), 7, Instant.parse("2026-11-23T10:15:30.123Z"),
			UUID.randomUUID(), "pat@example.com", "asset.created", "asset", "42", "Laptop added", "10.0.0.1",
			AuditHash.GENESIS, null);

	@Test
	void isStableForTheSameContent() {
		assertThat(AuditHash.of(this.entry)).isEqualTo(AuditHash.of(this.entry)).hasSize(64);
	}

	@Test
	void changesWhenAnyFieldChanges() {
		String original = AuditHash.of(this.entry);
		assertThat(AuditHash.of(new AuditEntry(this.entry.practiceId(), 7, this.entry.occurredAt(),
				this.entry.actorUserId(), this.entry.actorLabel(), this.entry.action(), this.entry.objectType(), "43",
				this.entry.summary(), this.entry.remoteAddress(), this.entry.prevHash(), null)))
			.isNotEqualTo(original);
		assertThat(AuditHash.of(new AuditEntry(this.entry.practiceId(), 7, this.entry.occurredAt().plusMillis(1),
				this.entry.actorUserId(), this.entry.actorLabel(), this.entry.action(), this.entry.objectType(), "42",
				this.entry.summary(), this.entry.remoteAddress(), this.entry.prevHash(), null)))
			.isNotEqualTo(original);
		assertThat(AuditHash.of(new AuditEntry(this.entry.practiceId(), 7, this.entry.occurredAt(),
				this.entry.actorUserId(), this.entry.actorLabel(), this.entry.action(), this.entry.objectType(), "42",
				this.entry.summary(), this.entry.remoteAddress(), "1".repeat(64), null)))
			.isNotEqualTo(original);
	}

	@Test
	void cannotBeFooledByMovingTextBetweenFields() {
		AuditEntry a = new AuditEntry(this.entry.practiceId(), 1, this.entry.occurredAt(), null, "ab", "c", null, null,
				null, null, AuditHash.GENESIS, null);
		AuditEntry b = new AuditEntry(this.entry.practiceId(), 1, this.entry.occurredAt(), null, "a", "bc", null, null,
				null, null, AuditHash.GENESIS, null);
		assertThat(AuditHash.of(a)).isNotEqualTo(AuditHash.of(b));
	}

	@Test
	void neutralisesSpreadsheetFormulasInExports() {
		assertThat(dev.bulwark.shared.SpreadsheetCells.export("=HYPERLINK(\"x\")")).startsWith("'=");
		assertThat(dev.bulwark.shared.SpreadsheetCells.export("+1")).isEqualTo("'+1");
		assertThat(dev.bulwark.shared.SpreadsheetCells.export("plain")).isEqualTo("plain");
		assertThat(dev.bulwark.shared.SpreadsheetCells.export(null)).isEmpty();
		assertThat(dev.bulwark.shared.SpreadsheetCells.imported("'=SUM(A1)")).isEqualTo("=SUM(A1)");
		assertThat(dev.bulwark.shared.SpreadsheetCells.imported("'quoted")).isEqualTo("'quoted");
	}

}
