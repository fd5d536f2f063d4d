package dev.bulwark.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.bulwark.shared.GapsReported;
import dev.bulwark.shared.GapsReported.Gap;

/**
 * Turns the inventory's findings into the gaps it reports to the risk register
 * ({@link GapsReported}): one gap per <em>kind</em> of gap, not per system, so ten
 * unencrypted laptops are one risk naming ten laptops, and a 10,000-row import proposes
 * at most a handful of risks. Plain Java, no I/O.
 * <p>
 * The gap's key is the kind (e.g. {@code asset.unencrypted}); an unencrypted laptop
 * breaks two rules (encryption at rest, and device and media controls) but is one kind of
 * gap. The title says what is true of the facts: how many systems, and whether the
 * safeguard is recorded as missing or only not known. The overdue yearly review is not a
 * risk of its own (it is an obligation for the calendar) and is left out.
 */
final class InventoryGaps {

	/** The source name, prefixing every risk's source key ({@code inventory:...}). */
	static final String SOURCE = "inventory";

	/**
	 * At most this many systems are named in a gap's detail; the findings page lists all.
	 */
	static final int NAMED_SUBJECTS = 10;

	/** Kinds in the order they are reported, with their wording. */
	private static final Map<String, Wording> KINDS = new LinkedHashMap<>();

	static {
		KINDS.put(FindingRules.UNENCRYPTED,
				new Wording("164.312(a)(2)(iv)", "device or system holding patient information",
						"devices or systems holding patient information", "is not encrypted", "are not encrypted",
						"is not known to be encrypted", "are not known to be encrypted",
						"are not encrypted or not known to be"));
		KINDS.put(FindingRules.NO_MFA,
				new Wording("164.312(d)", "application or cloud service with patient information",
						"applications or cloud services with patient information",
						"does not require multi-factor sign-in", "do not require multi-factor sign-in",
						"is not known to require multi-factor sign-in", "are not known to require multi-factor sign-in",
						"do not require multi-factor sign-in or are not known to"));
		KINDS.put(FindingRules.NO_BACKUP,
				new Wording("164.308(a)(7)(ii)(A)", "system storing patient information",
						"systems storing patient information", "is not backed up", "are not backed up",
						"is not known to be backed up", "are not known to be backed up",
						"are not backed up or not known to be"));
		KINDS.put(FindingRules.UNPATCHED,
				new Wording("164.308(a)(1)(ii)(B)", "system", "systems",
						"is behind on security updates or past end of support",
						"are behind on security updates or past end of support", null, null, null));
		KINDS.put(FindingRules.NO_ANTI_MALWARE,
				new Wording("164.308(a)(5)(ii)(B)", "computer", "computers",
						"has no protection from malicious software", "have no protection from malicious software", null,
						null, null));
		KINDS.put(FindingRules.ON_GUEST_NETWORK,
				new Wording("164.312(a)(1)", "system handling patient information",
						"systems handling patient information", "sits on the guest network", "sit on the guest network",
						null, null, null));
		KINDS.put(FindingRules.FLOW_UNENCRYPTED,
				new Wording("164.312(e)(2)(ii)", "transfer of patient information", "transfers of patient information",
						"is not encrypted in transit", "are not encrypted in transit",
						"is not known to be encrypted in transit", "are not known to be encrypted in transit",
						"are not encrypted in transit or not known to be"));
		KINDS.put(FindingRules.GUEST_NOT_SEPARATED,
				new Wording("164.312(a)(1)", "guest network", "guest networks",
						"is not separated from the networks where patient information is used",
						"are not separated from the networks where patient information is used",
						"is not known to be separated from the networks where patient information is used",
						"are not known to be separated from the networks where patient information is used",
						"are not separated, or not known to be, from the networks where patient information is used"));
	}

	private InventoryGaps() {
	}

	/**
	 * The open gaps, one per kind, in a fixed order.
	 * @param findings what the rules derived (every rule, every subject)
	 * @param assets the practice's assets
	 * @param flows its data flows
	 * @param segments its network segments
	 */
	static List<Gap> of(List<FindingRules.Derived> findings, List<AssetDetails> assets, List<DataFlowDetails> flows,
			List<NetworkSegmentDetails> segments) {
		Map<UUID, AssetDetails> assetsById = assets.stream()
			.collect(Collectors.toMap(AssetDetails::id, Function.identity(), (a, b) -> a));
		Map<UUID, DataFlowDetails> flowsById = flows.stream()
			.collect(Collectors.toMap(DataFlowDetails::id, Function.identity(), (a, b) -> a));
		Map<UUID, NetworkSegmentDetails> segmentsById = segments.stream()
			.collect(Collectors.toMap(NetworkSegmentDetails::id, Function.identity(), (a, b) -> a));
		Map<String, Map<String, Subject>> byKind = new LinkedHashMap<>();
		for (FindingRules.Derived finding : findings) {
			String kind = kind(finding.ruleKey());
			if (!KINDS.containsKey(kind)) {
				continue;
			}
			Subject subject = subject(finding, assetsById, flowsById, segmentsById);
			byKind.computeIfAbsent(kind, (k) -> new LinkedHashMap<>())
				.merge(finding.subjectKey(), subject, Subject::and);
		}
		List<Gap> gaps = new ArrayList<>();
		KINDS.forEach((kind, wording) -> {
			Map<String, Subject> subjects = byKind.get(kind);
			if (subjects != null && !subjects.isEmpty()) {
				gaps.add(gap(kind, wording, new ArrayList<>(subjects.values())));
			}
		});
		return gaps;
	}

	/**
	 * The kind of gap a rule points to: an unencrypted laptop breaks two rules but is one
	 * gap.
	 */
	static String kind(String ruleKey) {
		return FindingRules.PORTABLE_UNENCRYPTED.equals(ruleKey) ? FindingRules.UNENCRYPTED : ruleKey;
	}

	private static Gap gap(String kind, Wording wording, List<Subject> subjects) {
		int unknown = (int) subjects.stream().filter(Subject::unknown).count();
		boolean portable = FindingRules.UNENCRYPTED.equals(kind) && subjects.stream().allMatch(Subject::portable);
		Wording words = portable ? wording.withSubjects("laptop, phone or removable medium holding patient information",
				"laptops, phones or removable media holding patient information") : wording;
		String title = words.title(subjects.size(), unknown);
		List<String> names = subjects.stream().map(Subject::name).toList();
		String detail = (names.size() <= NAMED_SUBJECTS) ? String.join(", ", names)
				: String.join(", ", names.subList(0, NAMED_SUBJECTS)) + " and " + (names.size() - NAMED_SUBJECTS)
						+ " more";
		String link = (subjects.size() == 1) ? FindingRepository.link(subjects.get(0).key()) : "/inventory/findings";
		// No catalog vulnerability yet: the register matches one by the citation.
		return new Gap(kind, null, wording.citation(), title,
				"Affected: " + detail + ". The inventory's findings say what to do for each.", link);
	}

	private static Subject subject(FindingRules.Derived finding, Map<UUID, AssetDetails> assets,
			Map<UUID, DataFlowDetails> flows, Map<UUID, NetworkSegmentDetails> segments) {
		String key = finding.subjectKey();
		if (finding.assetId() != null && assets.containsKey(finding.assetId())) {
			AssetDetails asset = assets.get(finding.assetId());
			Answer answer = switch (kind(finding.ruleKey())) {
				case FindingRules.UNENCRYPTED -> asset.encryption();
				case FindingRules.NO_MFA -> asset.mfa();
				case FindingRules.NO_BACKUP -> asset.backedUp();
				default -> Answer.NO;
			};
			return new Subject(key, asset.name(), answer == Answer.UNKNOWN, asset.kind().isPortable());
		}
		UUID id = id(key);
		if (key.startsWith("flow:") && flows.containsKey(id)) {
			DataFlowDetails flow = flows.get(id);
			return new Subject(key, flow.from().label() + " to " + flow.to().label(),
					flow.encrypted() == Answer.UNKNOWN, false);
		}
		if (key.startsWith("segment:") && segments.containsKey(id)) {
			NetworkSegmentDetails segment = segments.get(id);
			return new Subject(key, segment.name(), segment.separated() == Answer.UNKNOWN, false);
		}
		return new Subject(key, finding.title(), false, false);
	}

	private static UUID id(String subjectKey) {
		int colon = subjectKey.indexOf(':');
		try {
			return (colon < 0) ? null : UUID.fromString(subjectKey.substring(colon + 1));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * One system, flow or network a gap concerns.
	 *
	 * @param unknown whether the safeguard is not known rather than recorded as missing
	 */
	private record Subject(String key, String name, boolean unknown, boolean portable) {

		/** The same subject found by two rules: missing if either says so. */
		Subject and(Subject other) {
			return new Subject(this.key, this.name, this.unknown && other.unknown, this.portable);
		}

	}

	/**
	 * How a kind of gap is put into words; the "unknown" phrases are {@code null} for
	 * gaps that are only raised when recorded as missing.
	 */
	private record Wording(String citation, String singular, String plural, String isMissing, String areMissing,
			String isUnknown, String areUnknown, String mixed) {

		Wording withSubjects(String singular, String plural) {
			return new Wording(this.citation, singular, plural, this.isMissing, this.areMissing, this.isUnknown,
					this.areUnknown, this.mixed);
		}

		String title(int count, int unknown) {
			String subject = (count == 1) ? article(this.singular) + " " + this.singular : count + " " + this.plural;
			String predicate;
			if (unknown == 0 || this.isUnknown == null) {
				predicate = (count == 1) ? this.isMissing : this.areMissing;
			}
			else if (unknown == count) {
				predicate = (count == 1) ? this.isUnknown : this.areUnknown;
			}
			else {
				predicate = this.mixed;
			}
			return subject + " " + predicate;
		}

		private static String article(String noun) {
			return ("aeiou".indexOf(noun.charAt(0)) >= 0) ? "An" : "A";
		}

	}

}
