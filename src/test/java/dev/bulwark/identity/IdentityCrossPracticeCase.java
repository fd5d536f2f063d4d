package dev.bulwark.identity;

import java.util.List;

import dev.bulwark.CrossPracticeCase;
import dev.bulwark.identity.TestMembers.TestMember;
import dev.bulwark.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Accounts, invitations and tokens of another practice. */
class IdentityCrossPracticeCase implements CrossPracticeCase {

	private final TestMembers members;

	private final MembershipRepository memberships;

	private final UserAccountRepository users;

	private final Invitations invitations;

	private final ApiTokens tokens;

	private final JdbcClient jdbc;

	IdentityCrossPracticeCase(TestMembers members, MembershipRepository memberships, UserAccountRepository users,
			Invitations invitations, ApiTokens tokens, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.members = members;
		this.memberships = memberships;
		this.users = users;
		this.invitations = invitations;
		this.tokens = tokens;
	}

	@Override
	public List<String> covers() {
		return List.of("/practice/users/{userId}/role", "/practice/users/{userId}/deactivate",
				"/practice/users/{userId}/reactivate", "/practice/users/{userId}/reset-second-factor",
				"/practice/users/invitations/{id}/revoke", "/account/tokens/{id}/revoke",
				"/account/passkeys/{id}/delete");
	}

	@Override
	public List<Attempt> attempts(TestMember victimOwner) {
		TestMember staff = this.members.colleague(victimOwner, Role.STAFF);
		Runnable staffUnchanged = () -> {
			MemberSummary member = this.memberships.find(staff.practiceId(), staff.userId()).orElseThrow();
			assertThat(member.role()).isEqualTo(Role.STAFF);
			assertThat(member.active()).isTrue();
			assertThat(this.users.findById(staff.userId()).orElseThrow().hasTotp()).isTrue();
		};
		var invitation = this.invitations.create(victimOwner.actor(), new Invitations.InviteForm("Ivy Invitee",
				"invitee-" + victimOwner.userId() + "@victim.test", Role.STAFF));
		String token = this.members.apiToken(victimOwner);
		var tokenId = this.tokens.list(victimOwner.practiceId(), victimOwner.userId()).get(0).id();
		String credentialId = passkeyOf(victimOwner);
		return List.of(Attempt.of("change a member's role",
				post("/practice/users/{id}/role", staff.userId()).param("role", "SECURITY_OFFICER"), staffUnchanged),
				Attempt.of("deactivate a member", post("/practice/users/{id}/deactivate", staff.userId()),
						staffUnchanged),
				Attempt.of("reset a member's second factor",
						post("/practice/users/{id}/reset-second-factor", staff.userId()), staffUnchanged),
				Attempt.of("reactivate a member", post("/practice/users/{id}/reactivate", staff.userId()),
						staffUnchanged),
				Attempt.of("withdraw an invitation",
						post("/practice/users/invitations/{id}/revoke", invitation.invitation().id()),
						() -> assertThat(this.invitations.byToken(invitation.token())).isPresent()),
				Attempt.of("revoke an API token", post("/account/tokens/{id}/revoke", tokenId),
						() -> assertThat(this.tokens.resolve(token)).isPresent()),
				Attempt.of("remove a passkey", post("/account/passkeys/{id}/delete", credentialId),
						() -> assertThat(passkeyCount(credentialId)).isOne()),
				Attempt.of("switch into the practice",
						post("/practices/switch").param("practiceId", victimOwner.practiceId().toString()),
						() -> assertThat(this.memberships.activePracticeIds(victimOwner.userId()))
							.contains(victimOwner.practiceId())));
	}

	/**
	 * Stores a passkey record for the member, as Spring Security's JDBC repositories
	 * would.
	 */
	private String passkeyOf(TestMember member) {
		String entityId = "ue-" + member.userId();
		String credentialId = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(member.userId().toString().getBytes());
		this.jdbc.sql("insert into user_entities (id, name, display_name) values (:id, :name, :name)")
			.param("id", entityId)
			.param("name", member.email())
			.update();
		this.jdbc.sql("""
				insert into user_credentials (credential_id, user_entity_user_id, public_key, signature_count,
				uv_initialized, backup_eligible, backup_state, label, created, last_used)
				values (:c, :u, :k, 0, true, false, false, 'Victim laptop', current_timestamp, current_timestamp)""")
			.param("c", credentialId)
			.param("u", entityId)
			.param("k", new byte[] { 1, 2, 3 })
			.update();
		return credentialId;
	}

	private long passkeyCount(String credentialId) {
		return this.jdbc.sql("select count(*) from user_credentials where credential_id = :c")
			.param("c", credentialId)
			.query(Long.class)
			.single();
	}

}
