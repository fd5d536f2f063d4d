package dev.bulwark.msp;

import java.util.UUID;

import dev.bulwark.shared.AuditableEvent;

/** What the MSP did with templates; each is an audit entry. */
public sealed interface MspEvent extends AuditableEvent {

	/**
	 * A template was saved from a practice's inventory (recorded in that practice's
	 * trail: its inventory was read).
	 */
	record TemplateSaved(UUID practiceId, UUID templateId, String name, int assets, int flows) implements MspEvent {

		public String action() {
			return "msp.template-saved";
		}

		public String objectType() {
			return "msp-template";
		}

		public String objectId() {
			return this.templateId.toString();
		}

		public String summary() {
			return "Template \"" + this.name + "\" saved from this practice's inventory: " + this.assets + " assets, "
					+ this.flows + " data flows";
		}

	}

	/** A template was applied to a practice. */
	record TemplateApplied(UUID practiceId, UUID templateId, String name, int assets, int flows) implements MspEvent {

		public String action() {
			return "msp.template-applied";
		}

		public String objectType() {
			return "msp-template";
		}

		public String objectId() {
			return this.templateId.toString();
		}

		public String summary() {
			return "Template \"" + this.name + "\" applied: " + this.assets + " assets and " + this.flows
					+ " data flows added";
		}

	}

	/** A template was deleted (installation-wide). */
	record TemplateDeleted(UUID templateId, String name) implements MspEvent {

		public UUID practiceId() {
			return null;
		}

		public String action() {
			return "msp.template-deleted";
		}

		public String objectType() {
			return "msp-template";
		}

		public String objectId() {
			return this.templateId.toString();
		}

		public String summary() {
			return "Template \"" + this.name + "\" deleted";
		}

	}

}
