package dev.bulwark.web;

import dev.bulwark.shared.SignedIn;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Stay signed in": the idle warning's button. Any request restarts the session's idle
 * timer; this one does nothing else.
 */
@Controller
class KeepAliveController {

	@PostMapping("/session/keep-alive")
	@SignedIn
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().build();
	}

}
