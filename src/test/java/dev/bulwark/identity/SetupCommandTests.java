package dev.bulwark.identity;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.bulwark.shared.InvalidInputException;
import dev.bulwark.shared.TimeZones;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The {@code --time-zone} option of {@code bulwark setup}, without a database (the whole
 * command runs in {@link HeadlessSetupTests}).
 */
class SetupCommandTests {

	private final FirstRunSetup setup = mock(FirstRunSetup.class);

	private final StringWriter err = new StringWriter();

	private CommandLine command() {
		CommandLine cli = new CommandLine(
				new SetupCommand(this.setup, mock(SecondFactors.class), mock(UserAccountRepository.class)));
		cli.setErr(new PrintWriter(this.err, true));
		return cli;
	}

	@Test
	void withoutTheOptionThePracticeGetsTheServersZone(@TempDir Path dir) throws Exception {
		Path password = Files.writeString(dir.resolve("pw"), TestMembers.PASSWORD);
		when(this.setup.run(any())).thenThrow(InvalidInputException.of("email", "stop here"));
		command().execute("--practice", "Lake Dental", "--admin-name", "Lee Lake", "--admin-email", "lee@lake.example",
				"--admin-password-file", password.toString());
		verify(this.setup).run(new FirstRunSetup.Request("Lake Dental", TimeZones.serverDefault().getId(), "Lee Lake",
				"lee@lake.example", TestMembers.PASSWORD, null, true));
	}

	@Test
	void anUnknownZoneIsAClearErrorWithExitCode2BeforeAnythingHappens(@TempDir Path dir) throws Exception {
		Path password = Files.writeString(dir.resolve("pw"), TestMembers.PASSWORD);
		int exit = command().execute("--practice", "Lake Dental", "--admin-name", "Lee Lake", "--admin-email",
				"lee@lake.example", "--admin-password-file", password.toString(), "--time-zone", "Mars/Olympus");
		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString()).startsWith("--time-zone: \"Mars/Olympus\" is not a time zone")
			.contains("America/Chicago");
		verify(this.setup, never()).run(any());
	}

}
