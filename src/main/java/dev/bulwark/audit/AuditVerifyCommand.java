package dev.bulwark.audit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.bulwark.shared.CliCommand;
import dev.bulwark.shared.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * {@code bulwark audit verify}: recomputes every hash chain of the audit trail and checks
 * it against the checkpoints that anchor it, and optionally against an exported
 * checkpoint.
 */
// A fresh instance per run: picocli keeps an optional option's last value in the field.
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "verify", mixinStandardHelpOptions = true,
		description = "Recompute the audit trail's hash chains and check them against their checkpoints. "
				+ "Exit 0 if intact, 1 with every broken chain named.")
class AuditVerifyCommand implements Callable<Integer>, CliCommand {

	private final AuditTrail trail;

	@Option(names = "--against",
			description = "A file written earlier by `audit checkpoint export`: also check that its checkpoint "
					+ "and every entry it lists are still there, unchanged")
	Path against;

	@Spec
	CommandSpec spec;

	AuditVerifyCommand(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public String parent() {
		return "audit";
	}

	@Override
	public Integer call() {
		var err = this.spec.commandLine().getErr();
		AuditVerification result;
		if (this.against == null) {
			result = this.trail.verify();
		}
		else {
			try (Reader reader = Files.newBufferedReader(this.against, StandardCharsets.UTF_8)) {
				result = this.trail.verify(reader);
			}
			catch (IOException ex) {
				err.println("Cannot read " + this.against + ".");
				return 2;
			}
			catch (InvalidInputException ex) {
				err.println(this.against + ": " + String.join(" ", ex.errors().values()) + ".");
				return 2;
			}
		}
		if (result.ok()) {
			this.spec.commandLine()
				.getOut()
				.println("OK " + result.entries() + " entries, " + result.checkpoints() + " checkpoints"
						+ (this.against == null ? "" : ", and the exported checkpoint matches"));
			return 0;
		}
		for (AuditVerification.Problem problem : result.problems()) {
			err.println("BROKEN at " + problem.where() + ": " + problem.reason());
		}
		return 1;
	}

}
