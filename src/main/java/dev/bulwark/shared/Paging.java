package dev.bulwark.shared;

/**
 * Page numbers from a request: every list is paged, and an edited address with a negative
 * or absurd page must answer 400 with a clear message, not overflow an offset.
 */
public final class Paging {

	/**
	 * No list has more pages than this; it keeps {@code page * size} far from overflow.
	 */
	public static final int MAX_PAGE = 100_000;

	private Paging() {
	}

	/** The row offset of a zero-based page; rejects pages below 0 or above the limit. */
	public static int offset(int page, int size) {
		check(page);
		return page * size;
	}

	/** Rejects a page number below 0 or above {@link #MAX_PAGE}. */
	public static int check(int page) {
		if (page < 0 || page > MAX_PAGE) {
			throw InvalidInputException.of("page",
					"The page number must be between 0 and " + String.format("%,d", MAX_PAGE) + ".");
		}
		return page;
	}

	/** How many pages {@code total} rows fill; at least one. */
	public static int pages(long total, int size) {
		return (int) Math.max(1, Math.min(MAX_PAGE + 1L, (total + size - 1) / size));
	}

}
