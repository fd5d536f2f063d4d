package dev.bulwark.contingency;

import java.util.UUID;

/** One step of one plan, in its order. */
record StepDetails(UUID id, PlanPart part, int order, String text) {

}
