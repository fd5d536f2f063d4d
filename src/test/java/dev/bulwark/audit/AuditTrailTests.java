package dev.bulwark.audit;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.UUID;

import dev.bulwark.CliTestSupport;
import dev.bulwark.TestDatabaseEnvironment;
import dev.bulwark.shared.AuditEvent;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
 * The audit trail on a database of its own, because the last tests deliberately tamper
 * with it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestPropertySource(properties = "bulwark.test.context=audit-tamper")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTrailTests {

	static final UUID PRACTICE = UUID.randomUUID();

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	@Order(1)
	void eventsBecomeChainedEntries() {
		this.transactions.executeWithoutResult((status) -> {
			for (int i = 1; i <= 5; i++) {
				this.events.publishEvent(AuditEvent.of(PRACTICE, "test.event", "thing", i, "Event " + i));
			}
		});
		var entries = this.trail.search(PRACTICE, new AuditFilter(null, null, "test.", null, null), 0);
		assertThat(entries).hasSize(5);
		assertThat(entries.get(0).seq()).isEqualTo(5);
		assertThat(entries.get(0).prevHash()).isEqualTo(entries.get(1).hash());
		assertThat(entries.get(4).prevHash()).isEqualTo(AuditHash.GENESIS);
	}

	@Test
	@Order(2)
	void aRolledBackChangeLeavesNoEntry() {
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(AuditEvent.of(PRACTICE, "test.rolled-back", "thing", 99, "Never happened"));
			throw new IllegalStateException("business failure");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(this.trail.count(PRACTICE, new AuditFilter(null, null, "test.rolled-back", null, null))).isZero();
	}

	@Test
	@Order(3)
	void verifyReportsOkWithTheNumberOfEntries() {
		StringWriter out = new StringWriter();
		CommandLine cli = CliTestSupport.commandLine(this.context);
		cli.setOut(new PrintWriter(out, true));
		assertThat(cli.execute("audit", "verify")).isZero();
		long total = this.jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
		assertThat(out.toString().trim()).isEqualTo("OK " + total + " entries");
	}

	@Test
	@Order(4)
	void theDatabaseRefusesToChangeOrDeleteAnEntry() {
		assertThatThrownBy(() -> this.jdbc.sql("update audit_entry set summary = 'edited' where practice_id = :p")
			.param("p", PRACTICE)
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> this.jdbc.sql("delete from audit_entry where practice_id = :p").param("p", PRACTICE).update())
			.hasMessageContaining("append-only");
	}

	@Test
	@Order(5)
	void verifyNamesTheFirstTamperedEntryAndFails() {
		// Someone with database owner rights disables the protection and edits entry 3.
		withoutAppendOnlyTrigger(() -> this.jdbc
			.sql("update audit_entry set summary = 'Nothing to see' where practice_id = :p and seq = 3")
			.param("p", PRACTICE)
			.update());
		StringWriter err = new StringWriter();
		CommandLine cli = CliTestSupport.commandLine(this.context);
		cli.setErr(new PrintWriter(err, true));
		assertThat(cli.execute("audit", "verify")).isEqualTo(1);
		assertThat(err.toString()).contains("BROKEN at entry 3").contains(PRACTICE.toString()).contains("content");
	}

	@Test
	@Order(6)
	void verifyNoticesEntriesRemovedFromTheEnd() {
		withoutAppendOnlyTrigger(() -> {
			this.jdbc.sql("update audit_entry set summary = 'Event 3' where practice_id = :p and seq = 3")
				.param("p", PRACTICE)
				.update();
			this.jdbc.sql("delete from audit_entry where practice_id = :p and seq = :last")
				.param("p", PRACTICE)
				.param("last", lastSeq())
				.update();
		});
		long remaining = lastSeq();
		AuditVerification result = this.trail.verify();
		assertThat(result.ok()).isFalse();
		assertThat(result.brokenPractice()).isEqualTo(PRACTICE);
		assertThat(result.reason()).contains("ends at entry " + remaining);
	}

	private long lastSeq() {
		return this.jdbc.sql("select max(seq) from audit_entry where practice_id = :p")
			.param("p", PRACTICE)
			.query(Long.class)
			.single();
	}

	private void withoutAppendOnlyTrigger(Runnable tamper) {
		if (TestDatabaseEnvironment.isPostgres()) {
			this.jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update").update();
			tamper.run();
			this.jdbc.sql("alter table audit_entry enable trigger audit_entry_no_update").update();
		}
		else {
			this.jdbc.sql("drop trigger audit_entry_no_update").update();
			tamper.run();
			this.jdbc
				.sql("create trigger audit_entry_no_update before update, delete on audit_entry "
						+ "for each row call 'dev.bulwark.audit.AppendOnlyTrigger'")
				.update();
		}
	}

}
