package dev.bulwark.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A stored remediation task of a risk. */
record TaskRecord(UUID id, UUID riskId, String title, @Nullable UUID ownerId, @Nullable LocalDate dueDate,
		@Nullable Instant doneAt, int position, Instant createdAt) {

	/** A catalog vulnerability's remediation steps as the first tasks of a new risk. */
	static List<TaskRecord> fromControls(UUID riskId, List<String> controls, Instant now) {
		List<TaskRecord> tasks = new ArrayList<>();
		for (int i = 0; i < controls.size(); i++) {
			tasks.add(new TaskRecord(UUID.randomUUID(), riskId, controls.get(i), null, null, null, i, now));
		}
		return tasks;
	}

}
