package dev.bulwark.inventory;

import java.util.UUID;

/**
 * A network segment and how many active assets sit in it.
 *
 * @param separated whether it is kept apart from the other segments
 */
record NetworkSegmentDetails(UUID id, String name, SegmentKind kind, Answer separated, String description,
		int assetCount) {

}
