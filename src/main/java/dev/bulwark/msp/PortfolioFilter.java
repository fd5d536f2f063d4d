package dev.bulwark.msp;

/**
 * The portfolio's filter and order, from the address:
 * {@code ?q=dental&show=ATTENTION&sort=CRITICAL}.
 *
 * @param q part of the practice's name
 * @param show which practices
 * @param sort the order
 * @param page the page, from 0
 */
record PortfolioFilter(String q, Show show, Sort sort, Integer page) {

	PortfolioFilter {
		show = (show != null) ? show : Show.ACTIVE;
		sort = (sort != null) ? sort : Sort.NAME;
		page = (page != null) ? page : 0;
	}

	enum Show {

		ACTIVE("Active practices"), ATTENTION("Needing attention"), ARCHIVED("Archived"), ALL("All");

		private final String label;

		Show(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

	enum Sort {

		NAME("Name"), ANALYSIS("Risk analysis (overdue first)"), CRITICAL("Critical risks"), HIGH("High risks"),
		FINDINGS("Inventory findings"), OVERDUE("Overdue items");

		private final String label;

		Sort(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

}
