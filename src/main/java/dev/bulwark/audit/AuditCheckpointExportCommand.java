package dev.bulwark.audit;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.bulwark.shared.CliCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * {@code bulwark audit checkpoint export}: anchors every chain in a fresh checkpoint and
 * writes it out for the administrator to keep outside the server.
 */
// A fresh instance per run: picocli keeps an optional option's last value in the field.
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Write the audit trail's latest checkpoint (every chain's anchored head) to keep outside "
				+ "the server; check against it later with `audit verify --against <file>`.")
class AuditCheckpointExportCommand implements Callable<Integer>, CliCommand {

	private final AuditTrail trail;

	@Option(names = "--output", description = "Write to this file instead of the standard output")
	Path output;

	@Spec
	CommandSpec spec;

	AuditCheckpointExportCommand(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public String parent() {
		return "audit checkpoint";
	}

	@Override
	public Integer call() {
		StringWriter text = new StringWriter();
		Optional<Long> checkpoint = this.trail.exportCheckpoint(new PrintWriter(text));
		if (checkpoint.isEmpty()) {
			this.spec.commandLine().getErr().println("The audit trail is empty: there is nothing to anchor yet.");
			return 2;
		}
		if (this.output == null) {
			this.spec.commandLine().getOut().print(text);
			this.spec.commandLine().getOut().flush();
			return 0;
		}
		try {
			Files.writeString(this.output, text.toString(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			this.spec.commandLine().getErr().println("Cannot write " + this.output + ".");
			return 2;
		}
		this.spec.commandLine()
			.getErr()
			.println("Checkpoint " + checkpoint.get() + " written to " + this.output
					+ ". Keep a copy away from this server.");
		return 0;
	}

}
