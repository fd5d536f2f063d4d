package dev.bulwark.audit;

import java.util.concurrent.Callable;

import dev.bulwark.shared.CliCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

/** {@code bulwark audit verify}: recomputes every hash chain of the audit trail. */
@Component
@Command(name = "verify", mixinStandardHelpOptions = true,
		description = "Recompute the audit trail's hash chains. Exit 0 if intact, 1 at the first broken entry.")
class AuditVerifyCommand implements Callable<Integer>, CliCommand {

	private final AuditTrail trail;

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
		AuditVerification result = this.trail.verify();
		if (result.ok()) {
			this.spec.commandLine().getOut().println("OK " + result.entries() + " entries");
			return 0;
		}
		String chain = AuditTrail.INSTALLATION.equals(result.brokenPractice()) ? "installation"
				: "practice " + result.brokenPractice();
		this.spec.commandLine()
			.getErr()
			.println("BROKEN at entry " + result.brokenSeq() + " of the " + chain + " chain: " + result.reason());
		return 1;
	}

}
