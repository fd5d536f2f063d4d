package dev.bulwark.calendar;

import java.util.UUID;

import dev.bulwark.shared.DueItemsReported.Basis;

/**
 * Which calendar items a list shows.
 *
 * @param show open (default), done, or all
 * @param ownerUserId only this person's items, or anyone's
 * @param basis only items of this basis, or any
 */
record TaskFilter(Show show, UUID ownerUserId, Basis basis) {

	TaskFilter {
		show = (show != null) ? show : Show.OPEN;
	}

	static TaskFilter open() {
		return new TaskFilter(Show.OPEN, null, null);
	}

	TaskFilter forOwner(UUID owner) {
		return new TaskFilter(this.show, owner, this.basis);
	}

	enum Show {

		OPEN, DONE, ALL

	}

}
