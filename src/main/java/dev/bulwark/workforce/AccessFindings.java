package dev.bulwark.workforce;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.bulwark.inventory.InventorySystem;

/**
 * What is wrong with who can sign in where, derived from the roster, the accounts and the
 * systems people use. Plain Java, no I/O.
 * <ul>
 * <li>a shared login: one enabled account (same system, same user name) recorded for two
 * or more people still working (164.312(a)(2)(i));</li>
 * <li>an enabled account without multi-factor sign-in on a system with patient
 * information, of someone still working (164.312(d));</li>
 * <li>an enabled account of someone who has left (164.308(a)(3)(ii)(C));</li>
 * <li>someone still working who uses a system with patient information without an enabled
 * account of their own there, shared logins not counting (164.312(a)(2)(i)).</li>
 * </ul>
 * A person has left once the moment their employment ended has passed.
 */
final class AccessFindings {

	static final String SHARED_LOGIN = "account.shared-login";

	static final String NO_MFA = "account.no-mfa";

	static final String LEAVER_ACTIVE = "account.leaver-active";

	static final String NO_UNIQUE_ACCOUNT = "person.no-unique-account";

	private AccessFindings() {
	}

	static List<AccessFinding> of(List<StaffMember> staff, List<SystemAccount> accounts, List<UUID[]> uses,
			List<InventorySystem> systems, Instant now) {
		Map<UUID, StaffMember> people = staff.stream()
			.collect(Collectors.toMap(StaffMember::id, Function.identity(), (a, b) -> a));
		Map<UUID, InventorySystem> bySystem = systems.stream()
			.collect(Collectors.toMap(InventorySystem::id, Function.identity(), (a, b) -> a));
		List<AccessFinding> findings = new ArrayList<>();

		// Shared logins: the same user name on the same system for several people at
		// work.
		Map<String, List<SystemAccount>> logins = new LinkedHashMap<>();
		for (SystemAccount account : accounts) {
			if (account.enabled() && working(people.get(account.personId()), now)) {
				logins
					.computeIfAbsent(account.systemId() + "|" + account.username().toLowerCase(Locale.ROOT),
							(k) -> new ArrayList<>())
					.add(account);
			}
		}
		Set<UUID> sharedAccounts = new LinkedHashSet<>();
		for (List<SystemAccount> login : logins.values()) {
			Set<UUID> holders = login.stream().map(SystemAccount::personId).collect(Collectors.toSet());
			if (holders.size() > 1) {
				SystemAccount first = login.get(0);
				login.forEach((a) -> sharedAccounts.add(a.id()));
				List<String> names = login.stream().map(SystemAccount::personName).distinct().sorted().toList();
				findings.add(new AccessFinding(SHARED_LOGIN, "164.312(a)(2)(i)",
						"\"" + first.username() + "\" on " + first.systemName() + ", used by " + and(names),
						List.copyOf(new LinkedHashSet<>(login.stream().map(SystemAccount::personId).toList())),
						"login:" + first.systemId() + ":" + first.username().toLowerCase(Locale.ROOT)));
			}
		}

		for (SystemAccount account : accounts) {
			StaffMember person = people.get(account.personId());
			if (!account.enabled() || person == null) {
				continue;
			}
			if (!working(person, now)) {
				findings.add(new AccessFinding(LEAVER_ACTIVE, "164.308(a)(3)(ii)(C)",
						person.name() + "'s account \"" + account.username() + "\" on " + account.systemName()
								+ " (left on " + person.endedOn() + ")",
						List.of(person.id()), "account:" + account.id()));
			}
			else if (!account.mfa() && ephi(bySystem, account.systemId())) {
				findings.add(new AccessFinding(NO_MFA, "164.312(d)",
						person.name() + "'s account \"" + account.username() + "\" on " + account.systemName(),
						List.of(person.id()), "account:" + account.id()));
			}
		}

		for (UUID[] use : uses) {
			StaffMember person = people.get(use[0]);
			InventorySystem system = bySystem.get(use[1]);
			if (person == null || !working(person, now) || system == null || !system.ephi()) {
				continue;
			}
			boolean ownAccount = accounts.stream()
				.anyMatch((a) -> a.personId().equals(person.id()) && a.systemId().equals(system.id()) && a.enabled()
						&& !sharedAccounts.contains(a.id()));
			if (!ownAccount) {
				findings.add(
						new AccessFinding(NO_UNIQUE_ACCOUNT, "164.312(a)(2)(i)", person.name() + " on " + system.name(),
								List.of(person.id()), "use:" + person.id() + ":" + system.id()));
			}
		}
		return findings;
	}

	/** Whether the person is still at work now (no departure, or one still to come). */
	static boolean working(StaffMember person, Instant now) {
		return person != null && (person.endedAt() == null || person.endedAt().isAfter(now));
	}

	private static boolean ephi(Map<UUID, InventorySystem> systems, UUID systemId) {
		InventorySystem system = systems.get(systemId);
		return system != null && system.ephi();
	}

	static String and(List<String> names) {
		if (names.size() <= 1) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

}
