/**
 * Technology asset inventory, ePHI data flows and network segments ("you cannot protect
 * what you have not identified"). Records every device, application and cloud service
 * that touches ePHI, how ePHI moves between them and outside parties, and which network
 * each sits in; derives findings from the gaps (an unencrypted laptop, a cloud service
 * without MFA, an unencrypted flow...) with their Security Rule citations, draws the
 * data-flow diagram, and records the yearly review.
 * <p>
 * The public API is {@link dev.bulwark.inventory.Inventory} with its read records. The
 * inventory's open gaps reach the risk register through the shared contract
 * {@link dev.bulwark.shared.GapsReported} (source {@code inventory}, one gap per kind),
 * so the risk assessment proposes risks without retyping and this module never calls it.
 */
@ApplicationModule(displayName = "Inventory", allowedDependencies = "shared")
package dev.bulwark.inventory;

import org.springframework.modulith.ApplicationModule;
