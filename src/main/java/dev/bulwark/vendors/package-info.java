/**
 * Vendors and business associate agreements (164.308(b), 164.314(a)).
 * <p>
 * The vendor register records each vendor's service, contact, the inventory's systems it
 * touches and its data flows, and asks what it does with patient information: a vendor
 * that creates, receives, maintains or transmits it for the practice is a business
 * associate, unless it is a mere conduit; a cloud service that stores encrypted
 * information without the key still maintains it.
 * <p>
 * The facade is {@link dev.bulwark.vendors.Vendors} ({@code businessAssociates} lists
 * them with their agreements' dates for the risk analysis). Events
 * ({@link dev.bulwark.vendors.VendorEvent}, all audited) record every change. Open gaps
 * (a business associate without a current agreement) reach the risk register through
 * {@link dev.bulwark.shared.GapsReported} (source {@code vendors}); due dates reach the
 * calendar through {@link dev.bulwark.shared.DueItemsReported}.
 */
@ApplicationModule(displayName = "Vendors", allowedDependencies = { "shared", "inventory", "evidence", "practice" })
package dev.bulwark.vendors;

import org.springframework.modulith.ApplicationModule;
