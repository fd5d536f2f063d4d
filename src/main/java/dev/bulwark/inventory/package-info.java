/**
 * Technology asset inventory, ePHI data flows and network segments ("you cannot protect
 * what you have not identified"). Records every device, application and cloud service
 * that touches ePHI, how ePHI moves between them and outside parties, and which network
 * each sits in; derives findings from the gaps (an unencrypted laptop, a cloud service
 * without MFA, an unencrypted flow...) with their Security Rule citations, draws the
 * data-flow diagram, and records the yearly review.
 * <p>
 * This module is the worked example of {@code docs/developing.md}:
 * <ul>
 * <li>{@link dev.bulwark.inventory.Inventory}, the facade: queries taking the practice
 * id; public only what other modules call (the summary, the open findings and the diagram
 * for the risk assessment's report);</li>
 * <li>{@code AssetService} and {@code NetworkService}: the commands, taking the acting
 * person, package-private because only this module's controllers call them;</li>
 * <li>{@link dev.bulwark.inventory.InventoryEvent}: one record per fact, each also an
 * audit entry;</li>
 * <li>{@code Asset}: the rules of an asset's life in plain Java;</li>
 * <li>{@code DailyReviewCheck}: the yearly review falls due on the daily tick
 * ({@link dev.bulwark.shared.PracticeDayBegan}), never while a page is read.</li>
 * </ul>
 * The inventory's open gaps reach the risk register through the shared contract
 * {@link dev.bulwark.shared.GapsReported} (source {@code inventory}, one gap per kind,
 * built by {@code InventoryGaps}), so the risk assessment proposes risks without retyping
 * and this module never calls it.
 */
@ApplicationModule(displayName = "Inventory", allowedDependencies = { "shared", "evidence" })
package dev.bulwark.inventory;

import org.springframework.modulith.ApplicationModule;
