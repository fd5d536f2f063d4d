package dev.bulwark.msp;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.bulwark.identity.MspPeople;
import dev.bulwark.identity.MspPerson;
import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The MSP's people in the API: who holds an MSP role; granting, changing, removing it.
 */
@RestController
@RequestMapping("/api/v1/msp/people")
@Tag(name = "MSP", description = "Practices an MSP serves, their posture, and creating practices")
class MspPeopleApiController {

	private final MspPeople people;

	MspPeopleApiController(MspPeople people) {
		this.people = people;
	}

	@GetMapping
	@Permitted(Permission.MSP_ADMINISTER)
	@Operation(summary = "Everyone holding an MSP role (MSP administrators), administrators first; the list is "
			+ "whole (an MSP has few people), with its length in X-Total-Count")
	ResponseEntity<List<MspPerson>> list() {
		List<MspPerson> people = this.people.people();
		return ResponseEntity.ok().header(MspApiController.TOTAL_COUNT, String.valueOf(people.size())).body(people);
	}

	@PostMapping
	@Permitted(Permission.MSP_ADMINISTER)
	@Operation(summary = "Grant an MSP role (ADMINISTRATOR or TECHNICIAN) to an existing account that holds none, "
			+ "by its e-mail address; effective at the person's next request")
	ResponseEntity<MspPerson> grant(@RequestBody MspRoleForm form) {
		MspPerson person = this.people.grantRole(CurrentActor.get(), form.email(), form.role());
		return ResponseEntity.created(URI.create("/api/v1/msp/people/" + person.userId())).body(person);
	}

	@PutMapping("/{userId}")
	@Permitted(Permission.MSP_ADMINISTER)
	@Operation(summary = "Change an MSP person's role; the last MSP administrator keeps theirs (409)")
	MspPerson change(@PathVariable UUID userId, @RequestBody RoleChangeForm form) {
		return this.people.changeRole(CurrentActor.get(), userId, form.role());
	}

	@DeleteMapping("/{userId}")
	@Permitted(Permission.MSP_ADMINISTER)
	@Operation(summary = "Remove an MSP person's role and end their assignments to practices; the last MSP "
			+ "administrator keeps theirs (409)")
	ResponseEntity<Void> remove(@PathVariable UUID userId) {
		this.people.removeRole(CurrentActor.get(), userId);
		return ResponseEntity.noContent().build();
	}

}
