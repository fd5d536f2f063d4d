package dev.bulwark.contingency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the contingency plan is written from besides the registers (emergency contacts,
 * step lists) and the record of its tests. Every statement names {@code practice_id}.
 * Contacts and steps are short lists read whole: they are printed whole in the plan.
 */
@Repository
class PlanRepository {

	/** Most contacts and steps kept per practice: a plan people can read. */
	static final int MAX_ITEMS = 200;

	private static final String EXERCISE = """
			select id, held_on, kind, scenario, participants, findings, follow_up, follow_up_due_on,
			follow_up_done_on from cnt_exercise""";

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Contacts

	void insertContact(UUID practiceId, ContactDetails contact, Instant now) {
		this.jdbc.sql("""
				insert into cnt_contact (practice_id, id, name, responsibility, phone, email, created_at)
				values (:practiceId, :id, :name, :responsibility, :phone, :email, :now)""")
			.param("practiceId", practiceId)
			.param("id", contact.id())
			.param("name", contact.name())
			.param("responsibility", contact.responsibility())
			.param("phone", contact.phone())
			.param("email", contact.email())
			.param("now", Timestamp.from(now))
			.update();
	}

	int deleteContact(UUID practiceId, UUID id) {
		return this.jdbc.sql("delete from cnt_contact where practice_id = :practiceId and id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.update();
	}

	List<ContactDetails> contacts(UUID practiceId) {
		return this.jdbc.sql("""
				select id, name, responsibility, phone, email from cnt_contact where practice_id = :practiceId
				order by created_at, id""")
			.param("practiceId", practiceId)
			.query((rs, row) -> new ContactDetails(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("responsibility"), rs.getString("phone"), rs.getString("email")))
			.list();
	}

	long countContacts(UUID practiceId) {
		return this.jdbc.sql("select count(*) from cnt_contact where practice_id = :practiceId")
			.param("practiceId", practiceId)
			.query(Long.class)
			.single();
	}

	// Steps

	void insertStep(UUID practiceId, UUID id, PlanPart part, String text, Instant now) {
		int next = this.jdbc
			.sql("select coalesce(max(step_order), 0) + 1 from cnt_plan_step where practice_id = :practiceId "
					+ "and part = :part")
			.param("practiceId", practiceId)
			.param("part", part.name())
			.query(Integer.class)
			.single();
		this.jdbc.sql("""
				insert into cnt_plan_step (practice_id, id, part, step_order, step_text, created_at)
				values (:practiceId, :id, :part, :order, :text, :now)""")
			.param("practiceId", practiceId)
			.param("id", id)
			.param("part", part.name())
			.param("order", next)
			.param("text", text)
			.param("now", Timestamp.from(now))
			.update();
	}

	int deleteStep(UUID practiceId, UUID id) {
		return this.jdbc.sql("delete from cnt_plan_step where practice_id = :practiceId and id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.update();
	}

	List<StepDetails> steps(UUID practiceId) {
		return this.jdbc.sql("""
				select id, part, step_order, step_text from cnt_plan_step where practice_id = :practiceId
				order by part, step_order, id""")
			.param("practiceId", practiceId)
			.query((rs, row) -> new StepDetails(rs.getObject("id", UUID.class), PlanPart.valueOf(rs.getString("part")),
					rs.getInt("step_order"), rs.getString("step_text")))
			.list();
	}

	long countExercises(UUID practiceId) {
		return this.jdbc.sql("select count(*) from cnt_exercise where practice_id = :practiceId")
			.param("practiceId", practiceId)
			.query(Long.class)
			.single();
	}

	long countSteps(UUID practiceId) {
		return this.jdbc.sql("select count(*) from cnt_plan_step where practice_id = :practiceId")
			.param("practiceId", practiceId)
			.query(Long.class)
			.single();
	}

	// Exercises

	void insertExercise(UUID practiceId, ExerciseDetails exercise, UUID recordedBy, Instant now) {
		this.jdbc.sql("""
				insert into cnt_exercise (practice_id, id, held_on, kind, scenario, participants, findings, follow_up,
				follow_up_due_on, follow_up_done_on, recorded_by, created_at)
				values (:practiceId, :id, :heldOn, :kind, :scenario, :participants, :findings, :followUp, :dueOn,
				null, :recordedBy, :now)""")
			.param("practiceId", practiceId)
			.param("id", exercise.id())
			.param("heldOn", exercise.heldOn())
			.param("kind", exercise.kind().name())
			.param("scenario", exercise.scenario())
			.param("participants", exercise.participants())
			.param("findings", exercise.findings())
			.param("followUp", exercise.followUp())
			.param("dueOn", exercise.followUpDueOn())
			.param("recordedBy", recordedBy)
			.param("now", Timestamp.from(now))
			.update();
	}

	void completeFollowUp(UUID practiceId, UUID id, LocalDate doneOn) {
		this.jdbc
			.sql("update cnt_exercise set follow_up_done_on = :doneOn where practice_id = :practiceId and id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.param("doneOn", doneOn)
			.update();
	}

	Optional<ExerciseDetails> exercise(UUID practiceId, UUID id) {
		return this.jdbc.sql(EXERCISE + " where practice_id = :practiceId and id = :id")
			.param("practiceId", practiceId)
			.param("id", id)
			.query(PlanRepository::exercise)
			.optional();
	}

	/** One page of exercises, newest first. */
	List<ExerciseDetails> exercises(UUID practiceId, int offset, int size) {
		return this.jdbc
			.sql(EXERCISE + " where practice_id = :practiceId order by held_on desc, created_at desc, id limit " + size
					+ " offset " + offset)
			.param("practiceId", practiceId)
			.query(PlanRepository::exercise)
			.list();
	}

	/**
	 * The exercises that matter for due dates: the newest one and every one with open
	 * follow-up actions.
	 */
	List<ExerciseDetails> dueExercises(UUID practiceId) {
		return this.jdbc
			.sql(EXERCISE + " e where e.practice_id = :practiceId and ((e.follow_up is not null and "
					+ "e.follow_up_done_on is null) or e.held_on = (select max(m.held_on) from cnt_exercise m "
					+ "where m.practice_id = :practiceId))")
			.param("practiceId", practiceId)
			.query(PlanRepository::exercise)
			.list();
	}

	private static ExerciseDetails exercise(ResultSet rs, int row) throws SQLException {
		return new ExerciseDetails(rs.getObject("id", UUID.class), rs.getObject("held_on", LocalDate.class),
				ExerciseKind.valueOf(rs.getString("kind")), rs.getString("scenario"), rs.getString("participants"),
				rs.getString("findings"), rs.getString("follow_up"), rs.getObject("follow_up_due_on", LocalDate.class),
				rs.getObject("follow_up_done_on", LocalDate.class));
	}

}
