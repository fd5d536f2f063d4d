package dev.bulwark.workforce;

import java.util.List;

/**
 * The onboarding checklist's rules, plain Java: the steps a new person's checklist has,
 * and what Bulwark can tell about each from the records it keeps (the accounts recorded,
 * the policies still to acknowledge).
 */
final class Onboarding {

	static final String ACCOUNTS = "ACCOUNTS_LEAST_PRIVILEGE";

	static final String TRAINING = "TRAINING_ASSIGNED";

	static final String POLICIES = "POLICIES_ACKNOWLEDGED";

	private Onboarding() {
	}

	/** A step of the checklist: kind and what to do. */
	record NewStep(String kind, String title) {
	}

	/** The steps every new person's checklist starts with, in order. */
	static List<NewStep> steps() {
		return List.of(new NewStep(ACCOUNTS,
				"Create the accounts this person needs, each their own and with the least privilege their job requires"),
				new NewStep(TRAINING, "Assign security awareness training"),
				new NewStep(POLICIES, "Have the person read and acknowledge the security policies"));
	}

	/**
	 * What the recorded accounts say about the accounts step: how many are enabled and
	 * how many carry more than standard rights, which should be justified by the job.
	 */
	static String accountsState(List<SystemAccount> accounts) {
		List<SystemAccount> enabled = accounts.stream().filter(SystemAccount::enabled).toList();
		if (enabled.isEmpty()) {
			return "No account recorded yet.";
		}
		long raised = enabled.stream().filter((a) -> a.privilege() != Privilege.USER).count();
		long withoutMfa = enabled.stream().filter((a) -> !a.mfa()).count();
		StringBuilder state = new StringBuilder(count(enabled.size(), "account", "accounts") + " recorded");
		if (raised > 0) {
			state.append("; ")
				.append(raised)
				.append((raised == 1) ? " has" : " have")
				.append(" more than standard rights: check the job needs them");
		}
		else {
			state.append(", all with standard rights");
		}
		if (withoutMfa > 0) {
			state.append("; ").append(withoutMfa).append(" without multi-factor sign-in");
		}
		return state.append('.').toString();
	}

	/**
	 * What Bulwark knows about the policies step: the number of policies still to
	 * acknowledge for someone who signs in to Bulwark ({@code pending} is {@code null}
	 * for someone who does not).
	 */
	static String policiesState(Integer pending) {
		if (pending == null) {
			return "Does not sign in to Bulwark: keep their signed acknowledgement as evidence.";
		}
		if (pending == 0) {
			return "Every policy in effect is acknowledged.";
		}
		return count(pending, "policy", "policies") + " still to acknowledge.";
	}

	private static String count(long n, String one, String many) {
		return n + " " + ((n == 1) ? one : many);
	}

}
