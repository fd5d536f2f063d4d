package dev.bulwark.inventory;

import java.util.UUID;

/** A finding whose gap the inventory now shows closed. */
public record InventoryFindingResolved(UUID practiceId, UUID findingId) {

}
