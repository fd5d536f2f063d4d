package dev.bulwark.shared;

/**
 * An audited read: a page or record was looked at, nothing changed. The audit trail
 * records it like any other {@link AuditableEvent}, except that the same read by the same
 * person from the same address (same action, object and summary) is recorded once per
 * {@code bulwark.audit.repeated-reads} (default 5 minutes): every entry is written under
 * the practice's chain lock, so recording each reload of a page made 32 people reading
 * one practice wait for each other (issue 8). Pages kept for a while (the dashboard, the
 * portfolio, the practice switcher) are not dropped by a read, since it changes nothing
 * they show.
 */
public interface AuditableRead extends AuditableEvent {

}
