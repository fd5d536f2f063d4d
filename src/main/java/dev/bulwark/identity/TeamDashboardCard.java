package dev.bulwark.identity;

import java.util.List;

import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.DashboardCard;
import dev.bulwark.shared.Role;

import org.springframework.stereotype.Component;

/**
 * The security officer's dashboard card about access: who is in, and who has no second
 * factor yet.
 */
@Component
class TeamDashboardCard implements DashboardCard.Source {

	private final Accounts accounts;

	private final Invitations invitations;

	TeamDashboardCard(Accounts accounts, Invitations invitations) {
		this.accounts = accounts;
		this.invitations = invitations;
	}

	@Override
	public List<DashboardCard> cards() {
		Actor actor = CurrentActor.find().orElse(null);
		if (actor == null || !actor.is(Role.SECURITY_OFFICER)) {
			return List.of();
		}
		List<MemberSummary> active = this.accounts.activeMembers(actor.practiceId());
		long withoutSecondFactor = active.stream().filter((member) -> !member.secondFactorEnrolled()).count();
		int open = this.invitations.open(actor.practiceId()).size();
		String status = active.size() + (active.size() == 1 ? " person has" : " people have") + " access"
				+ (open > 0 ? "; " + open + " invitation" + (open == 1 ? "" : "s") + " open" : "") + ".";
		String next;
		if (withoutSecondFactor > 0) {
			next = withoutSecondFactor + " of them still need to set up their authenticator at their next sign-in.";
		}
		else if (active.size() == 1) {
			next = "Invite your colleagues so everyone has their own account instead of sharing one.";
		}
		else {
			next = null;
		}
		return List.of(new DashboardCard("Team and access", status, next, "/practice/users",
				withoutSecondFactor > 0 ? "attention" : "good", 900));
	}

}
