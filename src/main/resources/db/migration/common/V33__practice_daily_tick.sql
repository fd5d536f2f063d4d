-- The practice's local date for which PracticeDayBegan was last published. The daily tick sets it with a
-- conditional update (only when it is earlier than today), so the event is published once per practice and
-- day however many nodes or runs try. Null: not yet ticked (the next tick publishes today's event).
alter table practice add column last_tick_date date;
