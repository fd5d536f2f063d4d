package dev.bulwark.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.bulwark.shared.GapsReported;
import dev.bulwark.shared.GapsReported.Gap;

/**
 * Keeps the risks proposed from another module's gaps in step with its latest report
 * ({@link GapsReported}): plain Java, no I/O.
 * <ul>
 * <li>A gap that opened since the source's previous report is proposed as a risk, keyed
 * {@code source:key}; a proposal withdrawn automatically earlier comes back instead of a
 * new one. A gap that stays open is not proposed again, so a risk someone dismissed or
 * closed while the gap was open stays as they left it.</li>
 * <li>A proposal nobody has worked on follows its gap's current title, affected systems
 * and link.</li>
 * <li>When a gap is no longer reported, its proposal is withdrawn unless someone has
 * worked on it.</li>
 * </ul>
 * Applying the same report twice changes nothing the second time.
 */
final class GapProposals {

	/** Sources are module names: {@code inventory}, {@code vendors}... */
	static final Pattern SOURCE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	/** Keys are stable identifiers such as {@code asset.no-mfa}. */
	static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/_-]{0,149}");

	private GapProposals() {
	}

	/**
	 * What to change.
	 *
	 * @param propose gaps to propose as new risks
	 * @param repropose automatically withdrawn risks to propose again, with their gap
	 * @param refresh untouched proposals whose gap is worded differently now
	 * @param withdraw untouched proposals whose gap is no longer reported
	 * @param open the keys reported open, to remember for the next report
	 */
	record Plan(List<Gap> propose, Map<UUID, Gap> repropose, Map<UUID, Gap> refresh, List<UUID> withdraw,
			Set<String> open) {

		boolean isEmpty() {
			return this.propose.isEmpty() && this.repropose.isEmpty() && this.refresh.isEmpty()
					&& this.withdraw.isEmpty();
		}

	}

	static String sourceKey(String source, String key) {
		return source + ":" + key;
	}

	/**
	 * @param source the reporting module
	 * @param previouslyOpen the keys of its previous report (empty before the first)
	 * @param reported the gaps open now; ones with an unusable key are ignored
	 * @param risks the register's risks of this source (others are ignored)
	 */
	static Plan plan(String source, Set<String> previouslyOpen, List<Gap> reported, List<RiskRecord> risks) {
		Map<String, Gap> gaps = new LinkedHashMap<>();
		for (Gap gap : reported) {
			if (gap.key() != null && KEY.matcher(gap.key()).matches() && gap.title() != null
					&& !gap.title().isBlank()) {
				gaps.putIfAbsent(gap.key(), gap);
			}
		}
		Map<String, List<RiskRecord>> bySourceKey = new LinkedHashMap<>();
		String prefix = sourceKey(source, "");
		for (RiskRecord risk : risks) {
			if (risk.sourceKey() != null && risk.sourceKey().startsWith(prefix)) {
				bySourceKey.computeIfAbsent(risk.sourceKey(), (k) -> new ArrayList<>()).add(risk);
			}
		}
		List<Gap> propose = new ArrayList<>();
		Map<UUID, Gap> repropose = new LinkedHashMap<>();
		Map<UUID, Gap> refresh = new LinkedHashMap<>();
		for (Gap gap : gaps.values()) {
			List<RiskRecord> existing = bySourceKey.getOrDefault(sourceKey(source, gap.key()), List.of());
			List<RiskRecord> current = existing.stream().filter((risk) -> risk.status().current()).toList();
			if (!current.isEmpty()) {
				current.stream()
					.filter(RiskRecord::untouchedProposal)
					.filter((risk) -> !wordedAs(risk, gap))
					.forEach((risk) -> refresh.put(risk.id(), gap));
				continue;
			}
			if (previouslyOpen.contains(gap.key())) {
				// Open all along and no current risk: someone closed or dismissed it.
				continue;
			}
			existing.stream()
				.filter((risk) -> risk.status() == RiskStatus.WITHDRAWN && !risk.edited())
				.findFirst()
				.ifPresentOrElse((risk) -> repropose.put(risk.id(), gap), () -> propose.add(gap));
		}
		List<UUID> withdraw = new ArrayList<>();
		bySourceKey.forEach((key, list) -> {
			String gapKey = key.substring(prefix.length());
			if (!gaps.containsKey(gapKey)) {
				list.stream().filter(RiskRecord::untouchedProposal).map(RiskRecord::id).forEach(withdraw::add);
			}
		});
		return new Plan(propose, repropose, refresh, withdraw, new java.util.LinkedHashSet<>(gaps.keySet()));
	}

	/**
	 * The title a risk takes from its gap (the register's titles are at most 300
	 * characters).
	 */
	static String title(Gap gap) {
		String title = gap.title().strip();
		return (title.length() <= 300) ? title : title.substring(0, 299) + "…";
	}

	/** A link into Bulwark, or {@code null}: only paths of this application are kept. */
	static String link(Gap gap) {
		String link = gap.link();
		return (link != null && link.startsWith("/") && !link.startsWith("//") && link.length() <= 300
				&& link.indexOf('\\') < 0 && link.chars().noneMatch(Character::isWhitespace)) ? link : null;
	}

	private static boolean wordedAs(RiskRecord risk, Gap gap) {
		// A risk that answers raised too keeps its own title.
		return (!risk.questionKeys().isEmpty() || risk.title().equals(title(gap)))
				&& Objects.equals(risk.assets(), gap.detail()) && Objects.equals(risk.sourceLink(), link(gap));
	}

}
