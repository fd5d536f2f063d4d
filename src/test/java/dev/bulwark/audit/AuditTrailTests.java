package dev.bulwark.audit;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.CliTestSupport;
import dev.bulwark.MutableClock;
import dev.bulwark.TestDatabaseEnvironment;
import dev.bulwark.shared.AuditEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail and its checkpoints on a database of their own, because these tests
 * tamper with it the way someone with database rights could (triggers off, rows edited or
 * deleted). Each test uses its own chain and puts back what it broke, so the tests are
 * independent of each other's order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestPropertySource(properties = "bulwark.test.context=audit-tamper")
class AuditTrailTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditAnchor anchor;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	MutableClock clock;

	@Test
	void eventsBecomeChainedEntries() {
		UUID practice = chainWithEntries(5);
		var entries = this.trail.search(practice, new AuditFilter(null, null, "test.", null, null), 0);
		assertThat(entries).hasSize(5);
		assertThat(entries.get(0).seq()).isEqualTo(5);
		assertThat(entries.get(0).prevHash()).isEqualTo(entries.get(1).hash());
		assertThat(entries.get(4).prevHash()).isEqualTo(AuditHash.GENESIS);
	}

	@Test
	void aRolledBackChangeLeavesNoEntry() {
		UUID practice = chainWithEntries(1);
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(AuditEvent.of(practice, "test.rolled-back", "thing", 99, "Never happened"));
			throw new IllegalStateException("business failure");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(this.trail.count(practice, new AuditFilter(null, null, "test.rolled-back", null, null))).isZero();
	}

	@Test
	void theSameReadIsRecordedOncePerWindowAndChangesAlways() {
		UUID practice = chainWithEntries(1);
		try {
			read(practice, "all entries");
			read(practice, "all entries");
			assertThat(viewed(practice)).as("a reload within the window").isEqualTo(1);
			read(practice, "person: pat");
			assertThat(viewed(practice)).as("another read (other filter) is recorded").isEqualTo(2);
			this.transactions.executeWithoutResult((status) -> {
				this.events.publishEvent(AuditEvent.of(practice, "test.event", "thing", 1, "Event 1"));
				this.events.publishEvent(AuditEvent.of(practice, "test.event", "thing", 1, "Event 1"));
			});
			assertThat(this.trail.count(practice, new AuditFilter(null, null, "test.event", null, null)))
				.as("changes are never merged")
				.isEqualTo(3);
			this.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
			read(practice, "all entries");
			assertThat(viewed(practice)).as("the same read after the window").isEqualTo(3);
		}
		finally {
			this.clock.reset();
		}
	}

	@Test
	void aReadWhoseTransactionRolledBackIsRecordedByTheNextOne() {
		UUID practice = chainWithEntries(1);
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(new AuditTrailViewed(practice, "rolled back"));
			throw new IllegalStateException("failure after the read");
		})).isInstanceOf(IllegalStateException.class);
		read(practice, "rolled back");
		assertThat(viewed(practice)).isEqualTo(1);
	}

	private void read(UUID practice, String filter) {
		this.transactions
			.executeWithoutResult((status) -> this.events.publishEvent(new AuditTrailViewed(practice, filter)));
	}

	private long viewed(UUID practice) {
		return this.trail.count(practice, new AuditFilter(null, null, "audit.viewed", null, null));
	}

	@Test
	void aNewChainIsAnchoredAsSoonAsItsFirstEntriesCommit() {
		UUID practice = chainWithEntries(2);
		assertThat(this.jdbc.sql("select last_seq from audit_checkpoint_chain where practice_id = :p")
			.param("p", practice)
			.query(Long.class)
			.list()).containsExactly(2L);
		// Nothing new: nothing written. Later entries: anchored by the next checkpoint.
		assertThat(this.anchor.checkpoint()).isEmpty();
		this.transactions.executeWithoutResult(
				(status) -> this.events.publishEvent(AuditEvent.of(practice, "test.event", "thing", 3, "Event 3")));
		assertThat(this.anchor.checkpoint()).get()
			.satisfies((checkpoint) -> assertThat(checkpoint.chains())
				.containsExactly(new AuditCheckpoint.Chain(practice, 3, lastHash(practice))));
		assertThat(this.anchor.checkpoint()).isEmpty();
	}

	private String lastHash(UUID practice) {
		return this.jdbc.sql("select last_hash from audit_chain where practice_id = :p")
			.param("p", practice)
			.query(String.class)
			.single();
	}

	@Test
	void verifyReportsOkWithTheNumberOfEntriesAndCheckpoints() {
		chainWithEntries(3);
		StringWriter out = new StringWriter();
		CommandLine cli = CliTestSupport.commandLine(this.context);
		cli.setOut(new PrintWriter(out, true));
		assertThat(cli.execute("audit", "verify")).isZero();
		long entries = this.jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
		long checkpoints = this.jdbc.sql("select count(*) from audit_checkpoint").query(Long.class).single();
		assertThat(out.toString().trim()).isEqualTo("OK " + entries + " entries, " + checkpoints + " checkpoints");
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAnEntryOrACheckpoint() {
		UUID practice = chainWithEntries(1);
		assertThatThrownBy(() -> this.jdbc.sql("update audit_entry set summary = 'edited' where practice_id = :p")
			.param("p", practice)
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> this.jdbc.sql("delete from audit_entry where practice_id = :p").param("p", practice).update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_checkpoint_chain where practice_id = :p")
			.param("p", practice)
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("update audit_checkpoint set hash = prev_hash").update())
			.hasMessageContaining("append-only");
	}

	@Test
	void verifyNamesTheFirstTamperedEntryAndFails() {
		UUID practice = chainWithEntries(5);
		tamper(practice,
				() -> this.jdbc
					.sql("update audit_entry set summary = 'Nothing to see' where practice_id = :p and seq = 3")
					.param("p", practice)
					.update(),
				() -> {
					StringWriter err = new StringWriter();
					CommandLine cli = CliTestSupport.commandLine(this.context);
					cli.setErr(new PrintWriter(err, true));
					assertThat(cli.execute("audit", "verify")).isEqualTo(1);
					assertThat(err.toString()).contains("BROKEN at entry 3 of the practice " + practice + " chain")
						.contains("content");
				});
	}

	@Test
	void verifyNoticesEntriesRemovedFromTheEnd() {
		UUID practice = chainWithEntries(5);
		tamper(practice,
				() -> this.jdbc.sql("delete from audit_entry where practice_id = :p and seq = 5")
					.param("p", practice)
					.update(),
				() -> assertThat(this.trail.verify().problemOf(practice)).get()
					.satisfies((problem) -> assertThat(problem.reason()).contains("ends at entry 4")));
	}

	@Test
	void aPracticeWhoseWholeTrailWasDeletedHeadIncludedIsNamed() {
		UUID practice = chainWithEntries(4);
		UUID bystander = chainWithEntries(2);
		tamper(practice, () -> {
			this.jdbc.sql("delete from audit_entry where practice_id = :p").param("p", practice).update();
			this.jdbc.sql("delete from audit_chain where practice_id = :p").param("p", practice).update();
		}, () -> {
			AuditVerification result = this.trail.verify();
			assertThat(result.ok()).isFalse();
			assertThat(result.problemOf(practice)).get()
				.satisfies((problem) -> assertThat(problem.reason()).contains("vanished"));
			assertThat(result.problemOf(bystander)).isEmpty();
			StringWriter err = new StringWriter();
			CommandLine cli = CliTestSupport.commandLine(this.context);
			cli.setErr(new PrintWriter(err, true));
			assertThat(cli.execute("audit", "verify")).isEqualTo(1);
			assertThat(err.toString()).contains("practice " + practice).contains("vanished");
		});
	}

	@Test
	void aTrailCutShortWithItsHeadRewoundConsistentlyIsNoticed() {
		UUID practice = chainWithEntries(6);
		this.anchor.checkpoint();
		tamper(practice, () -> {
			String third = this.jdbc.sql("select hash from audit_entry where practice_id = :p and seq = 3")
				.param("p", practice)
				.query(String.class)
				.single();
			this.jdbc.sql("delete from audit_entry where practice_id = :p and seq > 3").param("p", practice).update();
			this.jdbc.sql("update audit_chain set last_seq = 3, last_hash = :h where practice_id = :p")
				.param("h", third)
				.param("p", practice)
				.update();
		}, () -> assertThat(this.trail.verify().problemOf(practice)).get()
			.satisfies((problem) -> assertThat(problem.reason()).contains("cut short").contains("entry 6")));
	}

	@Test
	void anExportedCheckpointCatchesEvenRewrittenCheckpoints(@TempDir Path dir) throws Exception {
		UUID practice = chainWithEntries(3);
		Path exported = dir.resolve("checkpoint.txt");
		StringWriter err = new StringWriter();
		CommandLine export = CliTestSupport.commandLine(this.context);
		export.setErr(new PrintWriter(err, true));
		assertThat(export.execute("audit", "checkpoint", "export", "--output", exported.toString())).isZero();
		assertThat(err.toString()).contains("written to");
		assertThat(Files.readString(exported)).startsWith(CheckpointExport.HEADER)
			.contains("chain " + practice + " 3 ");

		StringWriter out = new StringWriter();
		CommandLine verify = CliTestSupport.commandLine(this.context);
		verify.setOut(new PrintWriter(out, true));
		assertThat(verify.execute("audit", "verify", "--against", exported.toString())).isZero();
		assertThat(out.toString()).contains("exported checkpoint matches");

		// An attacker wipes the practice's trail and rewrites every checkpoint so that
		// the
		// database agrees with itself again.
		tamper(practice, () -> {
			this.jdbc.sql("delete from audit_entry where practice_id = :p").param("p", practice).update();
			this.jdbc.sql("delete from audit_chain where practice_id = :p").param("p", practice).update();
			this.jdbc.sql("delete from audit_checkpoint_chain").update();
			this.jdbc.sql("delete from audit_checkpoint").update();
			this.jdbc.sql("update audit_checkpoint_head set last_seq = 0, last_hash = :g")
				.param("g", AuditHash.GENESIS)
				.update();
			this.anchor.checkpoint();
		}, () -> {
			assertThat(this.trail.verify().ok()).as("the database alone agrees with itself").isTrue();
			StringWriter problems = new StringWriter();
			CommandLine against = CliTestSupport.commandLine(this.context);
			against.setErr(new PrintWriter(problems, true));
			assertThat(against.execute("audit", "verify", "--against", exported.toString())).isEqualTo(1);
			assertThat(problems.toString()).contains("exported checkpoint")
				.contains("practice " + practice)
				.contains("gone");
		});
	}

	@Test
	void aFileThatIsNoExportIsRefusedWithAReason(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("notes.txt");
		Files.writeString(file, "shopping list\n");
		StringWriter err = new StringWriter();
		CommandLine cli = CliTestSupport.commandLine(this.context);
		cli.setErr(new PrintWriter(err, true));
		assertThat(cli.execute("audit", "verify", "--against", file.toString())).isEqualTo(2);
		assertThat(err.toString()).contains("not an audit checkpoint export");
	}

	/** A new chain with that many committed entries. */
	private UUID chainWithEntries(int count) {
		UUID practice = UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> {
			for (int i = 1; i <= count; i++) {
				this.events.publishEvent(AuditEvent.of(practice, "test.event", "thing", i, "Event " + i));
			}
		});
		return practice;
	}

	/**
	 * Runs an attack with the append-only triggers off, as someone with database owner
	 * rights could, checks what verification says, and puts every audit row back as it
	 * was.
	 */
	private void tamper(UUID practice, Runnable attack, Runnable check) {
		List<Table> tables = List.of(new Table("audit_entry", "practice_id = '" + practice + "'", "practice_id, seq"),
				new Table("audit_chain", "practice_id = '" + practice + "'", "practice_id"),
				new Table("audit_checkpoint", "1 = 1", "seq"), new Table("audit_checkpoint_chain", "1 = 1", "1"),
				new Table("audit_checkpoint_head", "1 = 1", "id"));
		Map<Table, List<Map<String, Object>>> saved = new LinkedHashMap<>();
		tables.forEach((table) -> saved.put(table,
				this.jdbc
					.sql("select * from " + table.name() + " where " + table.where() + " order by " + table.order())
					.query()
					.listOfRows()));
		withoutAppendOnlyTriggers(attack);
		try {
			check.run();
		}
		finally {
			withoutAppendOnlyTriggers(() -> {
				List<Table> reversed = new ArrayList<>(tables);
				java.util.Collections.reverse(reversed);
				reversed.forEach(
						(table) -> this.jdbc.sql("delete from " + table.name() + " where " + table.where()).update());
				tables.forEach((table) -> saved.get(table).forEach((row) -> insert(table.name(), row)));
			});
		}
		assertThat(this.trail.verify().ok()).as("the trail is restored").isTrue();
	}

	private void insert(String table, Map<String, Object> row) {
		String columns = String.join(", ", row.keySet());
		String values = String.join(", ", row.keySet().stream().map((column) -> ":" + column).toList());
		JdbcClient.StatementSpec insert = this.jdbc
			.sql("insert into " + table + " (" + columns + ") values (" + values + ")");
		for (Map.Entry<String, Object> value : row.entrySet()) {
			insert = insert.param(value.getKey(), value.getValue());
		}
		insert.update();
	}

	private record Table(String name, String where, String order) {
	}

	private static final List<String> PROTECTED = List.of("audit_entry", "audit_checkpoint", "audit_checkpoint_chain");

	private void withoutAppendOnlyTriggers(Runnable tamper) {
		if (TestDatabaseEnvironment.isPostgres()) {
			PROTECTED.forEach(
					(table) -> this.jdbc.sql("alter table " + table + " disable trigger " + trigger(table)).update());
			try {
				tamper.run();
			}
			finally {
				PROTECTED.forEach((table) -> this.jdbc.sql("alter table " + table + " enable trigger " + trigger(table))
					.update());
			}
		}
		else {
			PROTECTED.forEach((table) -> this.jdbc.sql("drop trigger " + trigger(table)).update());
			try {
				tamper.run();
			}
			finally {
				PROTECTED.forEach(
						(table) -> this.jdbc
							.sql("create trigger " + trigger(table) + " before update, delete on " + table
									+ " for each row call 'dev.bulwark.audit.AppendOnlyTrigger'")
							.update());
			}
		}
	}

	private static String trigger(String table) {
		return table + "_no_update";
	}

}
