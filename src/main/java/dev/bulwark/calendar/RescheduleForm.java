package dev.bulwark.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** A new due date for an open task. */
record RescheduleForm(@NotNull(message = "Give the new due date.") LocalDate dueOn) {

}
