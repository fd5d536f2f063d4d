package dev.bulwark.msp;

import java.util.Optional;
import java.util.concurrent.Callable;

import dev.bulwark.identity.MspPeople;
import dev.bulwark.shared.Actor;
import dev.bulwark.shared.CliCommand;
import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.StateConflictException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

/**
 * {@code bulwark practice create}: an MSP administrator creates a practice from the
 * command line, exactly as on the page: they serve it, its first security officer is
 * invited (the link is printed), and a template may be applied.
 */
@Component
@Command(name = "create", mixinStandardHelpOptions = true,
		description = "Create a practice (MSP mode); its security officer is invited and the link printed.")
class PracticeCreateCommand implements Callable<Integer>, CliCommand {

	@Option(names = "--name", required = true, description = "The practice's name")
	String name;

	@Option(names = "--time-zone", required = true, paramLabel = "Area/City",
			description = "The practice's time zone, such as America/Chicago")
	String timeZone;

	@Option(names = "--officer-name", required = true, description = "The practice's security officer's name")
	String officerName;

	@Option(names = "--officer-email", required = true,
			description = "The security officer's e-mail address (invited by e-mail when mail is configured)")
	String officerEmail;

	@Option(names = "--template", description = "The name of a template to apply")
	String template;

	@Option(names = "--as", paramLabel = "EMAIL",
			description = "The MSP administrator acting (defaults to the first administrator)")
	String as;

	@Spec
	CommandSpec spec;

	private final MspPractices practices;

	private final MspTemplates templates;

	private final MspPeople people;

	PracticeCreateCommand(MspPractices practices, MspTemplates templates, MspPeople people) {
		this.practices = practices;
		this.templates = templates;
		this.people = people;
	}

	@Override
	public String parent() {
		return "practice";
	}

	@Override
	public Integer call() {
		var out = this.spec.commandLine().getOut();
		var err = this.spec.commandLine().getErr();
		Optional<Actor> admin = this.people.administrator(this.as);
		if (admin.isEmpty()) {
			err.println((this.as == null) ? "No MSP administrator: set Bulwark up first (bulwark setup)."
					: "No active MSP administrator " + this.as + ".");
			return 2;
		}
		java.util.UUID templateId = null;
		if (this.template != null) {
			Optional<TemplateSummary> found = this.templates.all()
				.stream()
				.filter((t) -> t.name().equalsIgnoreCase(this.template.strip()))
				.findFirst();
			if (found.isEmpty()) {
				err.println("--template: no template named \"" + this.template + "\".");
				return 2;
			}
			templateId = found.get().id();
		}
		try {
			NewPracticeForm form = new NewPracticeForm(blank(this.name), blank(this.timeZone), blank(this.officerName),
					blank(this.officerEmail), templateId);
			MspPractices.Created created = this.people.actingAs(admin.get(),
					() -> this.practices.create(admin.get(), form));
			out.println("Practice \"" + created.practice().name() + "\" created (time zone "
					+ created.practice().zone().getId() + "); " + admin.get().displayName() + " serves it.");
			if (created.applied() != null) {
				out.println("Template \"" + created.applied().templateName() + "\" applied: "
						+ created.applied().assets() + " assets, " + created.applied().flows() + " data flows.");
			}
			out.println("Security officer " + created.invitation().email() + " invited"
					+ (created.invitation().emailed() ? " by e-mail" : "") + "; the invitation link (valid 7 days):");
			out.println(created.invitation().link());
			return 0;
		}
		catch (InvalidInputException ex) {
			ex.errors().forEach((field, message) -> err.println(option(field) + ": " + message));
			return 2;
		}
		catch (StateConflictException ex) {
			err.println(ex.getMessage());
			return 2;
		}
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String option(String field) {
		return switch (field) {
			case "name" -> "--name";
			case "timeZone" -> "--time-zone";
			case "officerName" -> "--officer-name";
			case "officerEmail" -> "--officer-email";
			case "templateId" -> "--template";
			default -> "--" + field;
		};
	}

}
