package dev.bulwark.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransportPolicyTests {

	@Test
	void plainHttpOnlyOnLoopback() {
		assertThat(TransportPolicy.decide("127.0.0.1", false, List.of())).isEqualTo(TransportPolicy.Mode.LOOPBACK_HTTP);
		assertThat(TransportPolicy.decide("::1", false, List.of())).isEqualTo(TransportPolicy.Mode.LOOPBACK_HTTP);
		assertThat(TransportPolicy.decide("localhost", false, List.of())).isEqualTo(TransportPolicy.Mode.LOOPBACK_HTTP);
	}

	@Test
	void anyOtherAddressNeedsTls() {
		assertThat(TransportPolicy.decide("0.0.0.0", false, List.of())).isEqualTo(TransportPolicy.Mode.SELF_SIGNED_TLS);
		assertThat(TransportPolicy.decide(null, false, List.of())).isEqualTo(TransportPolicy.Mode.SELF_SIGNED_TLS);
		assertThat(TransportPolicy.decide("192.168.1.10", true, List.of()))
			.isEqualTo(TransportPolicy.Mode.CONFIGURED_TLS);
		assertThat(TransportPolicy.decide("bulwark.example.org", false, List.of()))
			.isEqualTo(TransportPolicy.Mode.SELF_SIGNED_TLS);
	}

	@Test
	void aTrustedProxyAllowsPlainHttpBehindIt() {
		assertThat(TransportPolicy.decide("10.0.0.5", false, List.of("10.0.0.1")))
			.isEqualTo(TransportPolicy.Mode.BEHIND_PROXY);
		assertThat(TransportPolicy.decide("10.0.0.5", true, List.of("10.0.0.1")))
			.isEqualTo(TransportPolicy.Mode.CONFIGURED_TLS);
	}

}
