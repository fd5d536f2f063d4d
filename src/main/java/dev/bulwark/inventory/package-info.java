/**
 * Technology asset inventory, ePHI data flows and network segments ("you cannot protect
 * what you have not identified"). Records every device, application and cloud service
 * that touches ePHI, how ePHI moves between them and outside parties, and which network
 * each sits in; derives findings from the gaps (an unencrypted laptop, a cloud service
 * without MFA, an unencrypted flow...) with their Security Rule citations, draws the
 * data-flow diagram, and records the yearly review.
 * <p>
 * The public API is {@link dev.bulwark.inventory.Inventory} with its read records; the
 * events {@link dev.bulwark.inventory.InventoryFindingOpened} and
 * {@link dev.bulwark.inventory.InventoryFindingResolved} let the risk assessment propose
 * risks without retyping.
 */
@ApplicationModule(displayName = "Inventory", allowedDependencies = "shared")
package dev.bulwark.inventory;

import org.springframework.modulith.ApplicationModule;
