package dev.bulwark.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.bulwark.shared.Paging;
import org.jspecify.annotations.Nullable;

/**
 * The risk treatment plan (164.308(a)(1)(ii)(B)): the current risks the practice reduces,
 * transfers or avoids, grouped by level, highest first, each with its remediation tasks,
 * owner and due date. Accepted risks are listed apart. The page shows the same tasks as
 * the {@link #topFive() five to do first} ({@link TreatmentPriority}), then
 * {@link #byOwner() by owner}, then the {@link #doneTasks() done ones}.
 *
 * @param byLevel risks to treat by level, critical first; levels without risks are left
 * out
 * @param accepted risks the security officer accepted
 */
record TreatmentPlan(@Nullable AssessmentSummary assessment, Map<RiskLevel, List<RiskDetails>> byLevel,
		List<RiskDetails> accepted, LocalDate today) {

	/** Open tasks across the plan. */
	public long openTasks() {
		return this.byLevel.values()
			.stream()
			.flatMap(List::stream)
			.flatMap((risk) -> risk.tasks().stream())
			.filter((task) -> !task.done())
			.count();
	}

	/** Open tasks whose due date has passed. */
	public long overdueTasks() {
		return this.byLevel.values()
			.stream()
			.flatMap(List::stream)
			.flatMap((risk) -> risk.tasks().stream())
			.filter((task) -> task.overdueOn(this.today))
			.count();
	}

	/** Every task of the risks to treat, open or done. */
	public List<TreatmentTask> tasks() {
		return this.byLevel.values().stream().flatMap(List::stream).flatMap((risk) -> risk.tasks().stream()).toList();
	}

	/** The five most valuable open tasks, by {@link TreatmentPriority}. */
	public List<TreatmentTask> topFive() {
		return TreatmentPriority.top(tasks(), this.today);
	}

	/** The rule that picks the top five, in one plain sentence. */
	public String rule() {
		return TreatmentPriority.RULE;
	}

	/**
	 * The open tasks by owner (a task without an owner of its own is its risk's owner's),
	 * owners by name, each list most valuable first; tasks nobody owns form the last
	 * group. Owners without open tasks are left out.
	 */
	public List<OwnerGroup> byOwner() {
		Map<UUID, List<TreatmentTask>> owned = new LinkedHashMap<>();
		Map<UUID, String> names = new LinkedHashMap<>();
		List<TreatmentTask> unassigned = new ArrayList<>();
		for (TreatmentTask task : TreatmentPriority.open(tasks(), this.today)) {
			if (task.ownerId() == null) {
				unassigned.add(task);
			}
			else {
				owned.computeIfAbsent(task.ownerId(), (id) -> new ArrayList<>()).add(task);
				names.putIfAbsent(task.ownerId(), (task.ownerName() != null) ? task.ownerName() : "Former member");
			}
		}
		List<OwnerGroup> groups = new ArrayList<>(owned.entrySet()
			.stream()
			.map((entry) -> new OwnerGroup(entry.getKey(), names.get(entry.getKey()), List.copyOf(entry.getValue())))
			.sorted(Comparator.comparing(OwnerGroup::ownerName, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(OwnerGroup::ownerId))
			.toList());
		if (!unassigned.isEmpty()) {
			groups.add(new OwnerGroup(null, null, List.copyOf(unassigned)));
		}
		return groups;
	}

	/** How many of the plan's tasks are done. */
	public long doneCount() {
		return tasks().stream().filter(TreatmentTask::done).count();
	}

	/**
	 * The most recently done tasks, at most {@link #DONE_SHOWN}, newest first: the page
	 * keeps them folded away at its end.
	 */
	public List<TreatmentTask> doneTasks() {
		return tasks().stream()
			.filter(TreatmentTask::done)
			.sorted(Comparator
				.comparing(TreatmentTask::doneAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
				.thenComparing(TreatmentTask::id))
			.limit(DONE_SHOWN)
			.toList();
	}

	/** Risks to treat that have no task yet. */
	public List<RiskDetails> risksWithoutTasks() {
		return this.byLevel.values().stream().flatMap(List::stream).filter((risk) -> risk.tasks().isEmpty()).toList();
	}

	/** How many done tasks the page lists. */
	static final int DONE_SHOWN = 50;

	/**
	 * The open tasks of one owner ({@code "none"} for the tasks nobody owns yet): the
	 * group, empty when the owner has no open task.
	 */
	public OwnerGroup group(String owner) {
		return byOwner().stream()
			.filter((group) -> group.key().equals(owner))
			.findFirst()
			.orElse(new OwnerGroup(null, null, List.of()));
	}

	public boolean isEmpty() {
		return this.byLevel.isEmpty() && this.accepted.isEmpty();
	}

	/**
	 * One owner's open tasks, most valuable first.
	 *
	 * @param ownerId the owner, {@code null} for the tasks nobody owns yet
	 * @param ownerName the owner's name, {@code null} for the tasks nobody owns yet
	 */
	record OwnerGroup(@Nullable UUID ownerId, @Nullable String ownerName, List<TreatmentTask> open) {

		/**
		 * How many of an owner's open tasks the plan shows; the rest are on the owner's
		 * own pages, {@link #PAGE_SIZE} at a time. A practice whose register was proposed
		 * from a large inventory can have hundreds of tasks nobody owns yet.
		 */
		static final int SHOWN = 20;

		/** Open tasks per page of one owner's list. */
		static final int PAGE_SIZE = 50;

		public int openCount() {
			return this.open.size();
		}

		/** The first {@link #SHOWN} open tasks, for the plan. */
		public List<TreatmentTask> shown() {
			return (this.open.size() <= SHOWN) ? this.open : this.open.subList(0, SHOWN);
		}

		/** Whether the plan shows only some of the open tasks. */
		public boolean more() {
			return this.open.size() > SHOWN;
		}

		/** One page of the open tasks, for the owner's own list. */
		public List<TreatmentTask> page(int page) {
			int from = Math.min(this.open.size(), Paging.offset(page, PAGE_SIZE));
			return this.open.subList(from, Math.min(this.open.size(), from + PAGE_SIZE));
		}

		public int pages() {
			return Paging.pages(this.open.size(), PAGE_SIZE);
		}

		/** The owner in an address: the id, or {@code none}. */
		public String key() {
			return (this.ownerId == null) ? "none" : this.ownerId.toString();
		}

		public boolean unassigned() {
			return this.ownerId == null;
		}

	}

}
