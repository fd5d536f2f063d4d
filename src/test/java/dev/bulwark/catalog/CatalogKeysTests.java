package dev.bulwark.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys published in an earlier release keep resolving, so assessments and risks recorded
 * under it can still be read, compared and carried over.
 */
class CatalogKeysTests {

	private static final Path KEYS_2026_11_0 = Path.of("src", "test", "resources", "catalog", "keys-2026.11.0.txt");

	private final Catalog catalog = TestCatalog.get();

	@Test
	void everyKeyOfRelease2026_11_0StillResolves() throws IOException {
		List<String[]> keys = Files.readAllLines(KEYS_2026_11_0)
			.stream()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map((line) -> line.split(" "))
			.toList();
		assertThat(keys).filteredOn((key) -> key[0].equals("question")).hasSize(138);
		assertThat(keys).filteredOn((key) -> key[0].equals("vulnerability")).hasSize(61);
		for (String[] key : keys) {
			if (key[0].equals("question")) {
				assertThat(this.catalog.question(key[1])).as(key[1]).isPresent();
			}
			else {
				assertThat(this.catalog.vulnerability(key[1])).as(key[1]).isPresent();
			}
		}
	}

	@Test
	void theVersionIsBumpedWithAChangelogEntry() {
		CatalogVersion version = this.catalog.version();
		assertThat(version.version()).isEqualTo("2026.12.0");
		assertThat(version.changes()).extracting(CatalogVersion.Change::version).startsWith("2026.12.0", "2026.11.0");
		assertThat(String.join(" ", version.changes().get(0).notes())).contains("164.306")
			.contains("164.530(c)")
			.contains("cured_by_sign_off")
			.contains("gaps.yaml");
	}

}
