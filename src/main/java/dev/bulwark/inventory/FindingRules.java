package dev.bulwark.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Derives findings from what the inventory records. Plain Java, no I/O: the same inputs
 * always give the same findings, in a stable order.
 * <p>
 * "Not known" counts as a gap wherever the safeguard protects ePHI directly (encryption,
 * MFA, backup, encryption in transit, network separation): a practice cannot show a
 * safeguard it does not know it has, and lost data whose encryption is unknown is treated
 * as unsecured. Patching and anti-malware are flagged only when recorded as missing, to
 * keep a half-filled inventory from drowning in findings.
 */
final class FindingRules {

	static final String UNENCRYPTED = "asset.unencrypted";

	static final String PORTABLE_UNENCRYPTED = "asset.portable-unencrypted";

	static final String NO_MFA = "asset.no-mfa";

	static final String NO_BACKUP = "asset.no-backup";

	static final String UNPATCHED = "asset.unpatched";

	static final String NO_ANTI_MALWARE = "asset.no-anti-malware";

	static final String ON_GUEST_NETWORK = "asset.on-guest-network";

	static final String FLOW_UNENCRYPTED = "flow.unencrypted";

	static final String GUEST_NOT_SEPARATED = "segment.guest-not-separated";

	static final String REVIEW_OVERDUE = "inventory.review-overdue";

	/** Subject key of findings about the inventory as a whole. */
	static final String INVENTORY_SUBJECT = "inventory";

	private FindingRules() {
	}

	/**
	 * A finding as the rules see it, before it has an id.
	 *
	 * @param subjectKey what it is about: {@code asset:<id>}, {@code flow:<id>},
	 * {@code segment:<id>} or {@code inventory}
	 */
	record Derived(String ruleKey, String subjectKey, UUID assetId, String citation, String title, String detail,
			boolean proposedRule) {

		String key() {
			return key(this.ruleKey, this.subjectKey);
		}

		static String key(String ruleKey, String subjectKey) {
			return ruleKey + "|" + subjectKey;
		}

	}

	/**
	 * All findings for one practice.
	 * @param assets the practice's assets; disposed ones are ignored
	 * @param flows its data flows
	 * @param segments its network segments
	 * @param lastReviewedOn the practice's local date of the last review, or {@code null}
	 * @param today the practice's local date
	 */
	static List<Derived> evaluate(List<AssetDetails> assets, List<DataFlowDetails> flows,
			List<NetworkSegmentDetails> segments, LocalDate lastReviewedOn, LocalDate today) {
		List<Derived> findings = new ArrayList<>();
		Map<UUID, NetworkSegmentDetails> segmentsById = segments.stream()
			.collect(Collectors.toMap(NetworkSegmentDetails::id, Function.identity()));
		boolean anyActive = false;
		for (AssetDetails asset : assets) {
			if (asset.active()) {
				anyActive = true;
				findings.addAll(forAsset(asset, segmentsById.get(asset.segmentId())));
			}
		}
		for (DataFlowDetails flow : flows) {
			Derived finding = forFlow(flow);
			if (finding != null) {
				findings.add(finding);
			}
		}
		boolean clinicalNetworkOrEphi = segments.stream().anyMatch((s) -> s.kind().isClinical())
				|| assets.stream().anyMatch((a) -> a.active() && a.ephi().involved());
		for (NetworkSegmentDetails segment : segments) {
			if (segment.kind() == SegmentKind.GUEST && segment.separated() != Answer.YES && clinicalNetworkOrEphi) {
				findings.add(guestNotSeparated(segment));
			}
		}
		Derived review = reviewOverdue(anyActive, lastReviewedOn, today);
		if (review != null) {
			findings.add(review);
		}
		return findings;
	}

	static List<Derived> forAsset(AssetDetails asset, NetworkSegmentDetails segment) {
		List<Derived> findings = new ArrayList<>();
		String subject = "asset:" + asset.id();
		String name = asset.name();
		String kind = asset.kind().label().toLowerCase(java.util.Locale.ROOT);
		boolean unknown;
		if (asset.unencryptedEphiStore()) {
			unknown = asset.encryption() == Answer.UNKNOWN;
			findings.add(new Derived(UNENCRYPTED, subject, asset.id(), "164.312(a)(2)(iv)",
					(unknown ? "Encryption not confirmed on " : "Unencrypted ePHI on ") + name,
					"The " + kind + " \"" + name + "\" stores ePHI and is " + (unknown ? "not known to be" : "not")
							+ " encrypted. Turn on full-disk encryption "
							+ "(e.g. BitLocker, FileVault) so that data on a lost or stolen device stays unreadable; "
							+ "encrypted data lost with its key kept safe is not a reportable breach.",
					false));
			if (asset.kind().isPortable()) {
				findings
					.add(new Derived(PORTABLE_UNENCRYPTED, subject, asset.id(), "164.310(d)(1)",
							"Portable " + kind + " with unencrypted ePHI: " + name,
							"\"" + name + "\" can leave the building with ePHI on it. Device and media controls ask "
									+ "you to govern how such hardware moves; encrypt it, or keep ePHI off it.",
							false));
			}
		}
		else if (asset.unencryptedPortableWithSavedFiles()) {
			unknown = asset.encryption() == Answer.UNKNOWN;
			findings.add(new Derived(PORTABLE_UNENCRYPTED, subject, asset.id(), "164.310(d)(1)",
					"Portable " + kind + " where patient files can be saved, "
							+ (unknown ? "encryption not confirmed: " : "not encrypted: ") + name,
					"\"" + name + "\" only reaches patient information kept elsewhere, but files can be saved on it "
							+ "(downloads, exports, e-mail attachments), and it can leave the building. Turn on "
							+ "full-disk encryption (e.g. BitLocker, FileVault), or stop files from being saved on it.",
					false));
		}
		if (asset.kind().isSoftware() && asset.ephi().involved() && asset.mfa() != Answer.YES) {
			unknown = asset.mfa() == Answer.UNKNOWN;
			findings.add(new Derived(NO_MFA, subject, asset.id(), "164.312(d)",
					(unknown ? "MFA not confirmed for " : "No multi-factor sign-in for ") + name,
					"\"" + name + "\" gives access to ePHI but multi-factor authentication is "
							+ (unknown ? "not known to be" : "not") + " enforced. A stolen password alone should "
							+ "never be enough: turn on MFA for every account.",
					false));
		}
		// A backup target (EphiUse.BACKUPS) is where the copies go: it is not asked to
		// have a
		// backup of its own.
		if (asset.ephi() == EphiUse.STORES && needsBackup(asset.kind()) && asset.backedUp() != Answer.YES) {
			unknown = asset.backedUp() == Answer.UNKNOWN;
			findings
				.add(new Derived(NO_BACKUP, subject, asset.id(), "164.308(a)(7)(ii)(A)",
						(unknown ? "Backup not confirmed for " : "No backup of ") + name,
						"\"" + name + "\" stores ePHI and is " + (unknown ? "not known to be" : "not")
								+ " backed up. The data backup plan requires retrievable exact copies of ePHI.",
						false));
		}
		if (asset.patchStatus() == PatchStatus.END_OF_LIFE || asset.patchStatus() == PatchStatus.BEHIND) {
			boolean endOfLife = asset.patchStatus() == PatchStatus.END_OF_LIFE;
			String version = (asset.osVersion() != null) ? " (" + asset.osVersion() + ")" : "";
			findings.add(new Derived(UNPATCHED, subject, asset.id(), "164.308(a)(1)(ii)(B)",
					(endOfLife ? "Unsupported software on " : "Missing updates on ") + name,
					endOfLife
							? "\"" + name + "\" runs software" + version + " that no longer gets security fixes. "
									+ "Replace or upgrade it, or isolate it and record why."
							: "\"" + name + "\"" + version + " is missing updates. Risk management means applying "
									+ "security fixes promptly (the proposed rule: critical within 15 days).",
					false));
		}
		if (asset.kind().needsAntiMalware() && asset.antiMalware() == Answer.NO) {
			findings
				.add(new Derived(NO_ANTI_MALWARE, subject, asset.id(), "164.308(a)(5)(ii)(B)",
						"No anti-malware on " + name,
						"The " + kind + " \"" + name + "\" has no protection from malicious software. Install and "
								+ "keep anti-malware up to date (the built-in one is fine if it is switched on).",
						false));
		}
		if (segment != null && segment.kind() == SegmentKind.GUEST && asset.ephi().involved()) {
			findings.add(new Derived(ON_GUEST_NETWORK, subject, asset.id(), "164.312(a)(1)",
					"ePHI system on the guest network: " + name,
					"\"" + name + "\" handles ePHI but sits in the guest network \"" + segment.name()
							+ "\". Move it to a clinical or administrative network that visitors cannot reach.",
					false));
		}
		return findings;
	}

	private static boolean needsBackup(AssetKind kind) {
		return kind == AssetKind.SERVER || kind == AssetKind.WORKSTATION || kind == AssetKind.LAPTOP
				|| kind == AssetKind.APPLICATION || kind == AssetKind.CLOUD_SERVICE || kind == AssetKind.MEDICAL_DEVICE;
	}

	static Derived forFlow(DataFlowDetails flow) {
		// A fax between two fax machines is not an electronic transmission under the
		// Security Rule; an e-fax service should be recorded as a portal or API.
		if (flow.encrypted() == Answer.YES || flow.channel() == FlowChannel.FAX) {
			return null;
		}
		boolean unknown = flow.encrypted() == Answer.UNKNOWN;
		String route = flow.from().label() + " to " + flow.to().label();
		String what = (flow.ephiDescription() != null) ? flow.ephiDescription() : "ePHI";
		return new Derived(FLOW_UNENCRYPTED, "flow:" + flow.id(), null, "164.312(e)(2)(ii)",
				(unknown ? "Encryption in transit not confirmed: " : "Unencrypted ePHI in transit: ") + route,
				what + " travels from " + route + " by " + flow.channel().label().toLowerCase(java.util.Locale.ROOT)
						+ " and is " + (unknown ? "not known to be" : "not")
						+ " encrypted in transit. Transmission security (164.312(e)(1)) asks you to guard ePHI "
						+ "sent over a network; use encrypted e-mail, a portal, TLS or a VPN.",
				false);
	}

	static Derived guestNotSeparated(NetworkSegmentDetails segment) {
		boolean unknown = segment.separated() == Answer.UNKNOWN;
		return new Derived(GUEST_NOT_SEPARATED, "segment:" + segment.id(), null, "164.312(a)(1)",
				(unknown ? "Guest network separation not confirmed: " : "Guest network not separated: ")
						+ segment.name(),
				"The guest network \"" + segment.name() + "\" is " + (unknown ? "not known to be" : "not")
						+ " separated from the networks where ePHI is used. Visitors' devices must not reach "
						+ "clinical systems: use a separate network or VLAN with a firewall between them.",
				false);
	}

	/**
	 * The yearly-review finding, or {@code null} when no review is due or there is
	 * nothing in use to review.
	 */
	static Derived reviewOverdue(boolean anyActive, LocalDate lastReviewedOn, LocalDate today) {
		if (!anyActive || !reviewDue(lastReviewedOn, today)) {
			return null;
		}
		return new Derived(REVIEW_OVERDUE, INVENTORY_SUBJECT, null, "164.308(a)(1)(ii)(A)",
				(lastReviewedOn == null) ? "The inventory has never been reviewed"
						: "The inventory was last reviewed more than 12 months ago",
				"The risk analysis rests on knowing where ePHI is. The 2025 proposed rule asks for a review of the "
						+ "technology asset inventory and network map at least every 12 months and after changes. "
						+ "Walk through the list, correct it, and mark it reviewed.",
				true);
	}

	/**
	 * Never reviewed, or last reviewed 12 months ago or more, counted in the practice's
	 * calendar days: a review on 2025-03-01 is due again on 2026-03-01.
	 */
	static boolean reviewDue(LocalDate lastReviewedOn, LocalDate today) {
		return lastReviewedOn == null || !today.isBefore(lastReviewedOn.plusMonths(12));
	}

}
