package dev.bulwark.vendors;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.AuditableEvent;

/**
 * What happened in the vendor register, one record per fact, each an entry of the audit
 * trail written in the transaction that made the change. Action names are stable.
 * Summaries name vendors, never patient information.
 */
public sealed interface VendorEvent extends AuditableEvent {

	UUID vendorId();

	@Override
	default String objectType() {
		return "vendor";
	}

	@Override
	default String objectId() {
		return vendorId().toString();
	}

	/**
	 * A vendor was added to the register.
	 *
	 * @param determination whether it is a business associate, in words
	 */
	record VendorAdded(UUID practiceId, UUID vendorId, String name, String determination) implements VendorEvent {

		@Override
		public String action() {
			return "vendor.added";
		}

		@Override
		public String summary() {
			return "Vendor \"" + this.name + "\" added: " + this.determination;
		}

	}

	/**
	 * A vendor's details were changed.
	 *
	 * @param changes what changed that matters for the audit, e.g.
	 * {@code risk tier LOW -> HIGH}
	 */
	record VendorChanged(UUID practiceId, UUID vendorId, String name, List<String> changes) implements VendorEvent {

		public VendorChanged {
			changes = List.copyOf(changes);
		}

		@Override
		public String action() {
			return "vendor.changed";
		}

		@Override
		public String summary() {
			return "Vendor \"" + this.name + "\" changed"
					+ (this.changes.isEmpty() ? "" : ": " + String.join(", ", this.changes));
		}

	}

	/**
	 * A business associate agreement was recorded with its signed document.
	 *
	 * @param expiresOn its end or renewal date, or {@code null} when it has none
	 */
	record BaaRecorded(UUID practiceId, UUID vendorId, UUID baaId, String vendorName, LocalDate effectiveOn,
			LocalDate expiresOn, int breachWindowDays) implements VendorEvent {

		@Override
		public String action() {
			return "vendor.baa-recorded";
		}

		@Override
		public String summary() {
			return "Business associate agreement with \"" + this.vendorName + "\" recorded: effective "
					+ this.effectiveOn + ", " + ((this.expiresOn != null) ? "renewal " + this.expiresOn : "no end date")
					+ ", breaches reported within " + this.breachWindowDays + " days";
		}

	}

	/** An agreement's dates, window or terms were changed. */
	record BaaChanged(UUID practiceId, UUID vendorId, UUID baaId, String vendorName, LocalDate effectiveOn,
			LocalDate expiresOn, int breachWindowDays, List<String> terms) implements VendorEvent {

		public BaaChanged {
			terms = List.copyOf(terms);
		}

		@Override
		public String action() {
			return "vendor.baa-changed";
		}

		@Override
		public String summary() {
			return "Business associate agreement with \"" + this.vendorName + "\" changed: effective "
					+ this.effectiveOn + ", " + ((this.expiresOn != null) ? "renewal " + this.expiresOn : "no end date")
					+ ", breaches reported within " + this.breachWindowDays + " days, terms " + this.terms;
		}

	}

	/**
	 * Where a vendor's agreement stands changed: an agreement was recorded, completed or
	 * expired, or the vendor became a business associate.
	 *
	 * @param from the standing before, in words
	 * @param to the standing now, in words
	 * @param gap whether the vendor is now a business associate without a current
	 * agreement
	 */
	record BaaStandingChanged(UUID practiceId, UUID vendorId, String vendorName, String from, String to,
			boolean gap) implements VendorEvent {

		@Override
		public String action() {
			return "vendor.baa-standing-changed";
		}

		@Override
		public String summary() {
			return "\"" + this.vendorName + "\": " + this.from + " -> " + this.to;
		}

	}

	/**
	 * A yearly written verification of a business associate's technical safeguards was
	 * recorded with the vendor's certification (a requirement of the 2025 proposed rule,
	 * not in force).
	 */
	record VerificationRecorded(UUID practiceId, UUID vendorId, UUID verificationId, String vendorName,
			LocalDate verifiedOn, int score, LocalDate nextDueOn) implements VendorEvent {

		@Override
		public String action() {
			return "vendor.verification-recorded";
		}

		@Override
		public String summary() {
			return "Safeguards of \"" + this.vendorName + "\" verified on " + this.verifiedOn + ", score " + this.score
					+ "%, next due " + this.nextDueOn + " (proposed rule)";
		}

	}

	/**
	 * A pattern of activity or practice of a business associate that is a material breach
	 * of its agreement was recorded, with the steps taken (164.504(e)(1)(ii)).
	 *
	 * @param outcome where the response stands, in words
	 */
	record MaterialBreachRecorded(UUID practiceId, UUID vendorId, UUID breachId, String vendorName, LocalDate learnedOn,
			String outcome) implements VendorEvent {

		@Override
		public String action() {
			return "vendor.material-breach-recorded";
		}

		@Override
		public String summary() {
			return "Material breach by \"" + this.vendorName + "\" recorded (learned of on " + this.learnedOn + "): "
					+ this.outcome;
		}

	}

	/** The record of a material breach was brought up to date (steps, outcome). */
	record MaterialBreachUpdated(UUID practiceId, UUID vendorId, UUID breachId, String vendorName,
			String outcome) implements VendorEvent {

		@Override
		public String action() {
			return "vendor.material-breach-updated";
		}

		@Override
		public String summary() {
			return "Material breach by \"" + this.vendorName + "\" updated: " + this.outcome;
		}

	}

}
