package dev.bulwark.calendar;

import java.time.Clock;

import dev.bulwark.calendar.CalendarEvent.ReminderPreferencesChanged;
import dev.bulwark.shared.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's own calendar settings: when reminders come. */
@Service
class PersonalSettings {

	private final ReminderRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PersonalSettings(ReminderRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	ReminderPreferences preferences(Actor actor) {
		return this.repository.preferences(actor.practiceId(), actor.userId()).orElse(ReminderPreferences.DEFAULTS);
	}

	@Transactional
	ReminderPreferences save(Actor actor, ReminderPreferences preferences) {
		this.repository.savePreferences(actor.practiceId(), actor.userId(), preferences, this.clock.instant());
		this.events.publishEvent(new ReminderPreferencesChanged(actor.practiceId(), actor.userId(),
				preferences.daysBefore(), preferences.onDueDate(), preferences.overdue(), preferences.weeklyDigest()));
		return preferences;
	}

}
