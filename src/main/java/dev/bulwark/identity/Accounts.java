package dev.bulwark.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * What other modules may ask about people: the members of a practice (to assign owners,
 * list staff) and one member's details. Always scoped to a practice.
 */
@Service
public class Accounts {

	private final MembershipRepository memberships;

	Accounts(MembershipRepository memberships) {
		this.memberships = memberships;
	}

	/** Everyone who belongs to the practice, active or not, by name. */
	public List<MemberSummary> members(UUID practiceId) {
		return this.memberships.members(practiceId);
	}

	/** Active members only, e.g. for choosing an owner. */
	public List<MemberSummary> activeMembers(UUID practiceId) {
		return this.memberships.members(practiceId).stream().filter(MemberSummary::active).toList();
	}

	/** A member of the practice; empty if the person does not belong to it. */
	public Optional<MemberSummary> member(UUID practiceId, UUID userId) {
		return this.memberships.find(practiceId, userId);
	}

}
