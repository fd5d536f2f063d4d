package dev.bulwark.catalog;

import java.util.List;

/**
 * Thrown at start-up when the catalog files are missing, unreadable or inconsistent. The
 * message names each file and entry at fault so that the content can be fixed without a
 * debugger.
 */
class InvalidCatalogException extends IllegalStateException {

	private final List<String> problems;

	private InvalidCatalogException(String message, List<String> problems, Throwable cause) {
		super(message, cause);
		this.problems = List.copyOf(problems);
	}

	static InvalidCatalogException missingFile(String location) {
		String problem = location + ": file not found on the class path";
		return new InvalidCatalogException("Catalog content cannot be loaded: " + problem, List.of(problem), null);
	}

	static InvalidCatalogException unreadableFile(String fileName, Throwable cause) {
		String problem = fileName + ": " + cause.getMessage();
		return new InvalidCatalogException("Catalog content cannot be parsed: " + problem, List.of(problem), cause);
	}

	static InvalidCatalogException inconsistent(List<String> problems) {
		StringBuilder message = new StringBuilder("Catalog content is inconsistent (").append(problems.size())
			.append(problems.size() == 1 ? " problem):" : " problems):");
		problems.forEach((problem) -> message.append(System.lineSeparator()).append(" - ").append(problem));
		return new InvalidCatalogException(message.toString(), problems, null);
	}

	/** Each problem found, as "file, entry: what is wrong". */
	List<String> problems() {
		return this.problems;
	}

}
