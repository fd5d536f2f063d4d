package dev.bulwark.workforce;

/**
 * How a person belongs to the workforce. The rule's workforce (160.103) covers all of
 * them, paid or not: volunteers and trainees are workforce members as much as employees.
 */
public enum WorkforceType {

	EMPLOYEE("Employee"), CONTRACTOR("Contractor under the practice's direct control"), VOLUNTEER("Volunteer"),
	TRAINEE("Trainee or student");

	private final String label;

	WorkforceType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
