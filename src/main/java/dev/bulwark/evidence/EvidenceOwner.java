package dev.bulwark.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.bulwark.shared.InvalidInputException;

/**
 * The record an evidence item is attached to, named by type and id so that the evidence
 * store depends on no other module: {@code vendor/3f2a...}, {@code asset/...},
 * {@code question/access-control-unique-ids}.
 * <p>
 * The types are listed in {@link #TYPES}; a module that attaches evidence to a new kind
 * of record adds its type there (with the path of the record's page, once it has one).
 *
 * @param type the kind of record, one of {@link #TYPES}
 * @param id the record's id (a UUID, except for catalog questions)
 */
public record EvidenceOwner(String type, String id) {

	/** Owner types: label, whether ids are UUIDs, and the record's page ({id}). */
	public static final Map<String, Kind> TYPES;

	static {
		Map<String, Kind> types = new LinkedHashMap<>();
		types.put("asset", new Kind("Asset", true, "/inventory/assets/{id}"));
		types.put("risk", new Kind("Risk", true, "/risks/{id}"));
		types.put("question", new Kind("Assessment question", false, null));
		types.put("task", new Kind("Task", true, "/tasks/{id}"));
		types.put("vendor", new Kind("Vendor", true, "/vendors/{id}"));
		types.put("baa", new Kind("Business associate agreement", true, null));
		types.put("training-record", new Kind("Training record", true, null));
		types.put("incident", new Kind("Incident", true, "/incidents/{id}"));
		types.put("policy", new Kind("Policy", true, null));
		types.put("backup", new Kind("Backup", true, null));
		types.put("restore-test", new Kind("Restore test", true, "/contingency/restore-tests/{id}"));
		types.put("scan", new Kind("Vulnerability scan", true, null));
		types.put("vendor-verification", new Kind("Vendor safeguards verification", true, null));
		TYPES = java.util.Collections.unmodifiableMap(types);
	}

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

	/**
	 * Checks the type and id; a problem is an {@link InvalidInputException} on the fields
	 * {@code ownerType} and {@code ownerId}.
	 */
	public EvidenceOwner {
		if (type == null || !TYPES.containsKey(type)) {
			throw InvalidInputException.of("ownerType",
					"Choose what the evidence belongs to: one of " + String.join(", ", TYPES.keySet()) + ".");
		}
		if (id == null || !ID.matcher(id).matches()) {
			throw InvalidInputException.of("ownerId", "Give the id of the record the evidence belongs to.");
		}
		if (TYPES.get(type).uuidIds()) {
			try {
				id = UUID.fromString(id).toString();
			}
			catch (IllegalArgumentException ex) {
				throw InvalidInputException.of("ownerId", "This is not the id of a " + type + " record.");
			}
		}
	}

	/**
	 * The owner for a record with a UUID, e.g.
	 * {@code EvidenceOwner.of("vendor", vendor.id())}.
	 */
	public static EvidenceOwner of(String type, UUID id) {
		return new EvidenceOwner(type, (id != null) ? id.toString() : null);
	}

	/**
	 * The owner named by two optional form fields: {@code null} when both are empty.
	 */
	static EvidenceOwner optional(String type, String id) {
		if ((type == null || type.isBlank()) && (id == null || id.isBlank())) {
			return null;
		}
		return new EvidenceOwner(type, id);
	}

	/** The kind of record, in words ("Vendor"). */
	public String label() {
		return TYPES.get(this.type).label();
	}

	/** The record's page in Bulwark, or {@code null} if its module has none yet. */
	public String path() {
		String template = TYPES.get(this.type).path();
		return (template != null) ? template.replace("{id}", this.id) : null;
	}

	@Override
	public String toString() {
		return this.type + "/" + this.id;
	}

	/**
	 * One type of owner.
	 *
	 * @param label the kind of record, in words
	 * @param uuidIds whether its ids are UUIDs
	 * @param path its page, with {@code {id}}; {@code null} if there is none yet
	 */
	public record Kind(String label, boolean uuidIds, String path) {
	}

}
