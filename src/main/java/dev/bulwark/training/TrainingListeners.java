package dev.bulwark.training;

import dev.bulwark.identity.InvitationAccepted;
import dev.bulwark.shared.PracticeDayBegan;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reactions to other modules: a person who joins the practice is assigned every module; a
 * new day in the practice makes late assignments overdue, reports the due items and sends
 * the security reminders due that day. Each runs after the other module's commit, in its
 * own transaction, recorded in the event publication registry.
 */
@Component
class TrainingListeners {

	private final Training training;

	private final SecurityReminders reminders;

	TrainingListeners(Training training, SecurityReminders reminders) {
		this.training = training;
		this.reminders = reminders;
	}

	@ApplicationModuleListener
	void on(InvitationAccepted joined) {
		this.training.assignOnJoining(joined.practiceId(), joined.userId(), joined.person(), joined.role());
	}

	@ApplicationModuleListener
	void on(PracticeDayBegan day) {
		this.training.dayBegan(day.practiceId(), day.date());
		this.reminders.dayBegan(day.practiceId(), day.date());
	}

}
