package dev.bulwark.identity;

import java.util.UUID;

/**
 * An invitation an MSP administrator sent: to a new practice's first security officer, or
 * to a technician. The link is shown once to the administrator, who may pass it on.
 *
 * @param link the invitation's address (the configured public address, or the path)
 * @param emailed whether the e-mail was sent (false when no mail server is configured)
 */
public record MspInvitation(UUID practiceId, UUID invitationId, String name, String email, String link,
		boolean emailed) {

}
