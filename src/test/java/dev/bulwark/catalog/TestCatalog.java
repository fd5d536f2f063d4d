package dev.bulwark.catalog;

/**
 * The shipped catalog, loaded once for all tests without a Spring context.
 */
final class TestCatalog {

	private static final Catalog CATALOG = new Catalog(CatalogLoader.fromClasspath().load());

	private TestCatalog() {
	}

	static Catalog get() {
		return CATALOG;
	}

}
