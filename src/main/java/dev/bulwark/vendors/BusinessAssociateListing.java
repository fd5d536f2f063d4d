package dev.bulwark.vendors;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A business associate as a report on the practice lists it: who, for what, and its
 * agreement with dates.
 *
 * @param name the vendor's name
 * @param service what it does for the practice
 * @param agreement where its business associate agreement stands, in words
 * @param effectiveOn the day its latest agreement took effect, or {@code null} when none
 * is recorded
 * @param expiresOn the day that agreement ends, or {@code null} when it runs until ended
 * @param renewalOn the end or renewal date of the agreement in effect, or {@code null}
 */
public record BusinessAssociateListing(String name, @Nullable String service, String agreement,
		@Nullable LocalDate effectiveOn, @Nullable LocalDate expiresOn, @Nullable LocalDate renewalOn) {

}
