package dev.bulwark.inventory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A network segment, e.g. "Clinical VLAN" or "Guest Wi-Fi", on the page and as the API's
 * JSON body.
 *
 * @param separated whether it is kept apart from the other segments (separate VLAN or
 * network with a firewall between them)
 */
record NetworkSegmentForm(
		@NotBlank(message = "Enter a name, for example \"Guest Wi-Fi\".") @Size(max = 200,
				message = "Keep the name under 200 characters.") String name,
		@NotNull(message = "Choose what the network is for.") SegmentKind kind, Answer separated,
		@Size(max = 2000, message = "Keep the description under 2,000 characters.") String description) {

	NetworkSegmentForm {
		separated = (separated != null) ? separated : Answer.UNKNOWN;
	}

	static NetworkSegmentForm blank() {
		return new NetworkSegmentForm(null, null, null, null);
	}

	static NetworkSegmentForm of(NetworkSegmentDetails segment) {
		return new NetworkSegmentForm(segment.name(), segment.kind(), segment.separated(), segment.description());
	}

}
