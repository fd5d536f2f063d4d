package dev.bulwark.shared;

/**
 * Marker for picocli commands contributed by modules as Spring beans. The launcher in
 * {@code BulwarkApplication} registers every such bean as a sub-command of
 * {@code bulwark}; a command class must carry picocli's {@code @Command} annotation and
 * implement {@link java.util.concurrent.Callable} of {@link Integer} (the exit code).
 */
public interface CliCommand {

	/**
	 * The parent command for nested commands such as {@code audit verify}, or a path of
	 * groups separated by spaces ({@code audit checkpoint} for
	 * {@code audit checkpoint export}); empty for top-level ones.
	 */
	default String parent() {
		return "";
	}

}
