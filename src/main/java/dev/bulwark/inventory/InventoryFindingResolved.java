package dev.bulwark.inventory;

import java.util.UUID;

/**
 * A finding whose gap the inventory now shows closed.
 *
 * @param ruleKey which rule had found it
 */
public record InventoryFindingResolved(UUID practiceId, UUID findingId, String ruleKey) {

}
