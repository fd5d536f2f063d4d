package dev.bulwark.contingency;

import java.util.UUID;

/** A person to call in an emergency. */
record ContactDetails(UUID id, String name, String responsibility, String phone, String email) {

}
