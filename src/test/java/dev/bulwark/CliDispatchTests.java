package dev.bulwark;

import java.util.List;

import dev.bulwark.shared.CliCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar bulwark.jar <command>} runs a command only when its first word is one
 * the launcher knows; any other first word starts the server. A module that contributes a
 * command must therefore also name it in {@code BulwarkApplication.COMMANDS}, or the
 * command silently starts a second server instead (as {@code practice create} once did).
 */
@BulwarkIntegrationTest
class CliDispatchTests {

	@Autowired
	List<CliCommand> commands;

	@Test
	void everyContributedCommandIsDispatchedByTheLauncher() {
		assertThat(this.commands).isNotEmpty();
		for (CliCommand command : this.commands) {
			String topLevel = command.parent().isBlank()
					? AopUtils.getTargetClass(command).getAnnotation(Command.class).name()
					: command.parent().trim().split(" ")[0];
			assertThat(BulwarkApplication.COMMANDS).as(AopUtils.getTargetClass(command).getSimpleName())
				.contains(topLevel);
		}
	}

}
