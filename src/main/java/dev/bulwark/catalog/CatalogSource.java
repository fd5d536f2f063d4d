package dev.bulwark.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Where the catalog's YAML files are read from: the class path in the application,
 * in-memory text in tests that check how broken content is reported.
 */
@FunctionalInterface
interface CatalogSource {

	/**
	 * The text of one catalog file.
	 * @param fileName the file name, e.g. {@code questions.yaml}
	 * @return its content
	 * @throws InvalidCatalogException if the file does not exist
	 */
	String read(String fileName);

	/** Files under the given class-path directory, e.g. {@code catalog/}. */
	static CatalogSource classpath(String directory) {
		return (fileName) -> {
			String location = directory + fileName;
			try (InputStream in = CatalogSource.class.getClassLoader().getResourceAsStream(location)) {
				if (in == null) {
					throw InvalidCatalogException.missingFile(location);
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read catalog file " + location, ex);
			}
		};
	}

}
