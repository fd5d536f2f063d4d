package dev.bulwark.msp;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.bulwark.shared.CurrentActor;
import dev.bulwark.shared.Permission;
import dev.bulwark.shared.Permitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The MSP's API: the portfolio and creating practices. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "MSP", description = "Practices an MSP serves, their posture, and creating practices")
class MspApiController {

	static final String TOTAL_COUNT = "X-Total-Count";

	private final Portfolio portfolio;

	private final MspPractices practices;

	MspApiController(Portfolio portfolio, MspPractices practices) {
		this.portfolio = portfolio;
		this.practices = practices;
	}

	@GetMapping("/portfolio")
	@Permitted(Permission.MSP_PORTFOLIO)
	@Operation(summary = "The practices you serve with their posture, 100 per page (page=0, 1, ...; total in "
			+ "X-Total-Count); filter with q (name), show (ACTIVE, ATTENTION, ARCHIVED, ALL), order with sort "
			+ "(NAME, ANALYSIS, CRITICAL, HIGH, FINDINGS, OVERDUE)")
	ResponseEntity<List<PortfolioEntry>> portfolio(@ModelAttribute PortfolioFilter filter) {
		Portfolio.Page page = this.portfolio.page(CurrentActor.get(), filter);
		return ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(page.total())).body(page.rows());
	}

	/** A created practice and the link of its security officer's invitation. */
	record CreatedPractice(UUID id, String name, String timeZone, String officerEmail, String invitationLink,
			boolean invitationEmailed, String templateApplied) {
	}

	@PostMapping("/practices")
	@Permitted(Permission.MSP_ADMINISTER)
	@Operation(summary = "Create a practice (MSP administrators): name, timeZone, officerName and officerEmail are "
			+ "required; templateId applies a template. You serve the new practice; its security officer is "
			+ "invited (the link is in the answer)")
	ResponseEntity<CreatedPractice> create(@Valid @RequestBody NewPracticeForm form) {
		MspPractices.Created created = this.practices.create(CurrentActor.get(), form);
		return ResponseEntity.created(URI.create("/api/v1/practices/" + created.practice().id()))
			.body(new CreatedPractice(created.practice().id(), created.practice().name(),
					created.practice().zone().getId(), created.invitation().email(),
					MspPracticeController.absolute(created.invitation().link()), created.invitation().emailed(),
					created.applied() == null ? null : created.applied().templateName()));
	}

}
