package dev.bulwark.audit;

import java.util.UUID;

/**
 * The installation's audit checkpoint was exported on the command line (an entry of the
 * installation chain).
 */
public record AuditCheckpointExported() implements AuditTrailEvent {

	@Override
	public UUID practiceId() {
		return null;
	}

	@Override
	public String action() {
		return "audit.checkpoint-exported";
	}

	@Override
	public String summary() {
		return "Audit checkpoint exported on the command line";
	}

	@Override
	public String actorLabel() {
		return "installation administrator (command line)";
	}

}
