package dev.bulwark.demo;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.UUID;

import dev.bulwark.BulwarkIntegrationTest;
import dev.bulwark.CliTestSupport;
import dev.bulwark.identity.TestMembers;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.inventory.Inventory;
import dev.bulwark.shared.Role;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bulwark demo} on an installation of its own (a context and database apart from
 * the other tests', which hold real records): it fills an installation in trial, its
 * practices open on every main page, and it refuses an installation in use unless told
 * explicitly.
 */
@BulwarkIntegrationTest
@TestPropertySource(properties = "bulwark.test.context=demo")
class DemoCommandTests {

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Inventory inventory;

	@Autowired
	java.time.Clock clock;

	@Test
	void fillsAnInstallationOnTrialThenRefusesOneInUseUnlessToldExplicitly() {
		// Set-up made a practice with nothing in it yet: not real data.
		TestMember admin = this.members.newPractice(Role.SECURITY_OFFICER);
		Run run = run("demo", "--practices", "4", "--member", admin.email().toUpperCase());
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("Added 4 demo practices in");

		List<UUID> demo = this.jdbc.sql("select practice_id from demo_practice").query(UUID.class).list();
		assertThat(demo).hasSize(4);
		for (UUID practice : demo) {
			long assets = count("select count(*) from inv_asset where practice_id = :p", practice);
			long risks = count("select count(*) from asm_risk where practice_id = :p", practice);
			assertThat(assets).isBetween(10L, 300L);
			assertThat(risks).isBetween(20L, 100L);
			assertThat(count("select count(*) from vnd_vendor where practice_id = :p", practice)).isBetween(3L, 15L);
			assertThat(count("select count(*) from membership where practice_id = :p and user_id = :u", practice,
					admin.userId()))
				.isOne();
			// The inventory's own rules derived its findings (at least the yearly review,
			// never done in a demo practice), as the portfolio counts them.
			assertThat(count("select count(*) from inv_finding where practice_id = :p and status = 'OPEN'", practice))
				.isPositive();
			assertThat(this.inventory.openFindingCounts(List.of(practice)).get(practice)).isPositive();
			// What was created is in the practice's audit trail, in a few summarising
			// entries.
			assertThat(this.jdbc.sql("select action from audit_entry where practice_id = :p order by seq")
				.param("p", practice)
				.query(String.class)
				.list()).contains("practice.created", "demo.member-added", "demo.inventory-created",
						"inventory.findings-changed", "demo.vendors-created", "demo.assessments-created",
						"demo.risks-created", "demo.tasks-created");
			assertThat(this.jdbc
				.sql("select summary from audit_entry where practice_id = :p and action = 'demo.inventory-created'")
				.param("p", practice)
				.query(String.class)
				.single()).matches("Demo data created: \\d+ network segments, \\d+ assets, \\d+ data flows");
		}
		assertThat(run.out()).containsPattern("; [1-9]\\d* open inventory findings\\.");
		// At least three practices of four have overdue tasks of their own in the
		// calendar.
		assertThat(this.jdbc
			.sql("select count(distinct practice_id) from cal_item where practice_id in (:ids) and status = 'OPEN' "
					+ "and due_on < :today")
			.param("ids", demo)
			// Every demo time zone is behind UTC: overdue is before the UTC date.
			.param("today", java.time.LocalDate.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC))
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(3);
		// The hash chains of the demo practices (and of the whole installation) verify.
		Run verify = run("audit", "verify");
		assertThat(verify.exit()).as(verify.err()).isZero();
		assertThat(verify.out()).startsWith("OK ");
		// The same seed makes the same kinds of practices; across 4 of them, several
		// assessment states.
		assertThat(this.jdbc.sql("select distinct status from asm_assessment where practice_id in (:ids)")
			.param("ids", demo)
			.query(String.class)
			.list()).isNotEmpty();

		// Every main page of a demo practice opens for its security officer.
		TestMember officer = this.members.colleague(new TestMember(admin.userId(), admin.email(), admin.totpSecret(),
				demo.get(0), "demo", Role.SECURITY_OFFICER), Role.SECURITY_OFFICER);
		for (String page : List.of("/", "/inventory/assets", "/inventory/flows", "/inventory/findings", "/risks",
				"/assessments", "/vendors", "/treatment-plan")) {
			assertThat(this.mvc.get().uri(page).with(officer.signedIn())).as(page).hasStatusOk();
		}

		// A practice that is not a demo practice now holds a record: refused, unless
		// told.
		UUID real = admin.practiceId();
		this.jdbc.sql("""
				insert into vnd_vendor (practice_id, id, name, creates_phi, receives_phi, maintains_phi, transmits_phi,
				conduit, business_associate, risk_tier, created_at, updated_at)
				values (:p, :id, 'Real vendor', true, true, true, true, false, true, 'HIGH', current_timestamp,
				current_timestamp)""").param("p", real).param("id", UUID.randomUUID()).update();
		assertThat(count("select count(*) from vnd_vendor where practice_id = :p", real)).isOne();
		assertThat(this.context.getBean(DemoData.class).hasRealData()).isTrue();
		Run refused = run("demo", "--practices", "1");
		assertThat(refused.exit()).isEqualTo(2);
		assertThat(refused.err()).contains("holds real records; nothing was added").contains(DemoCommand.CONFIRM);
		assertThat(count("select count(*) from demo_practice where practice_id is not null", null)).isEqualTo(4);

		Run confirmed = run("demo", "--practices", "1", DemoCommand.CONFIRM);
		assertThat(confirmed.exit()).as(confirmed.err()).isZero();
		assertThat(count("select count(*) from demo_practice where practice_id is not null", null)).isEqualTo(5);
	}

	@Test
	void anUnknownMemberOrAnAbsurdCountChangesNothing() {
		long before = count("select count(*) from demo_practice where practice_id is not null", null);
		Run unknown = run("demo", "--practices", "1", "--member", "nobody@nowhere.example", DemoCommand.CONFIRM);
		assertThat(unknown.exit()).isEqualTo(2);
		assertThat(unknown.err()).contains("--member: no account has that e-mail address.");
		Run absurd = run("demo", "--practices", "0");
		assertThat(absurd.exit()).isEqualTo(2);
		assertThat(absurd.err()).contains("--practices: give a number from 1 to 10000.");
		assertThat(count("select count(*) from demo_practice where practice_id is not null", null)).isEqualTo(before);
	}

	private long count(String sql, UUID practice, UUID... user) {
		var statement = this.jdbc.sql(sql);
		if (practice != null) {
			statement = statement.param("p", practice);
		}
		if (user.length > 0) {
			statement = statement.param("u", user[0]);
		}
		return statement.query(Long.class).single();
	}

	private Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine cli = CliTestSupport.commandLine(this.context);
		cli.setOut(new PrintWriter(out, true));
		cli.setErr(new PrintWriter(err, true));
		int exit = cli.execute(args);
		return new Run(exit, out.toString(), err.toString());
	}

	record Run(int exit, String out, String err) {
	}

}
