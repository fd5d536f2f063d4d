package dev.bulwark.demo;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;

import dev.bulwark.shared.CliCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code bulwark demo --practices N}: fills the installation with demo practices for a
 * trial or a benchmark. Refuses an installation in use (a practice that is not a demo
 * practice holds records) unless {@code --i-understand-this-adds-demo-data} is given.
 */
@Component
@Command(name = "demo", mixinStandardHelpOptions = true,
		description = "Add realistic demo practices (inventories, assessments, risks, vendors) for a trial or a "
				+ "benchmark. Refuses an installation that holds real records unless told explicitly.")
class DemoCommand implements Callable<Integer>, CliCommand {

	static final String CONFIRM = "--i-understand-this-adds-demo-data";

	@Option(names = "--practices", required = true, description = "How many practices to add (1 to 10000)")
	int count;

	// Explicit defaults: the command is a singleton bean, and picocli would otherwise
	// take
	// the values of a previous run in the same JVM (tests) as the defaults.
	@Option(names = CONFIRM, defaultValue = "false",
			description = "Add demo practices even though the installation holds real records (they stay apart: "
					+ "each demo practice is a practice of its own)")
	boolean confirmed;

	@Option(names = "--member", paramLabel = "E-MAIL", defaultValue = Option.NULL_VALUE,
			description = "An existing account to make security officer of every demo practice, to open them")
	String member;

	@Option(names = "--seed", defaultValue = "1",
			description = "Seed of the generator: the same seed gives the same practices (default ${DEFAULT-VALUE})")
	long seed;

	@Spec
	CommandSpec spec;

	private final DemoData demo;

	private final JdbcTemplate jdbc;

	DemoCommand(DemoData demo, JdbcTemplate jdbc) {
		this.demo = demo;
		this.jdbc = jdbc;
	}

	@Override
	public Integer call() {
		var out = this.spec.commandLine().getOut();
		var err = this.spec.commandLine().getErr();
		if (this.count < 1 || this.count > 10_000) {
			err.println("--practices: give a number from 1 to 10000.");
			return 2;
		}
		if (this.demo.hasRealData() && !this.confirmed) {
			err.println("This installation holds real records; nothing was added. Demo practices are meant for a trial "
					+ "or a benchmark installation. To add them anyway, run the command again with " + CONFIRM + ".");
			return 2;
		}
		UUID memberId = null;
		if (this.member != null) {
			List<UUID> ids = this.jdbc.queryForList("select id from app_user where lower(email) = ?", UUID.class,
					this.member.trim().toLowerCase(Locale.ROOT));
			if (ids.isEmpty()) {
				err.println("--member: no account has that e-mail address.");
				return 2;
			}
			memberId = ids.get(0);
		}
		int first = this.demo.demoPractices();
		long started = System.nanoTime();
		DemoData.Totals totals = DemoData.Totals.none();
		for (int i = 0; i < this.count; i++) {
			totals = totals.plus(this.demo.createPractice(first + i, this.seed, memberId));
			if ((i + 1) % 100 == 0 && i + 1 < this.count) {
				out.printf("  %d practices ...%n", i + 1);
				out.flush();
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		out.printf(Locale.ROOT,
				"Added %d demo practices in %.1f s: %d assets, %d data flows, %d vendors, %d assessments (%d answers), "
						+ "%d risks with %d treatment tasks; %d open inventory findings.%n",
				totals.practices(), seconds, totals.assets(), totals.flows(), totals.vendors(), totals.assessments(),
				totals.answers(), totals.risks(), totals.tasks(), totals.findings());
		return 0;
	}

}
