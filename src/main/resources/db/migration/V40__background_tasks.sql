-- Background tasks (module `tasks`), on db-scheduler.

-- db-scheduler's own table, exactly as db-scheduler 16 expects it on PostgreSQL, with the priority column
-- (the scheduler runs with priorities enabled). One row per pending or running execution: db-scheduler deletes
-- a one-time task's row when it completes, and keeps one row per recurring task.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- Our record of every task enqueued through BackgroundTasks: its payload, state, tries and last error. It outlives
-- db-scheduler's execution row, so a task that failed for good stays here for staff to inspect, retry or cancel.
create table task_run (
    id             uuid primary key,
    type           text        not null,
    priority       smallint    not null,
    payload        text,
    state          text        not null
        check (state in ('WAITING', 'QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'BLOCKED', 'CANCELLED')),
    attempts       int         not null default 0,
    max_attempts   int         not null check (max_attempts > 0),
    last_error     text,
    -- the prerequisite whose failure (or cancellation) keeps this task from running
    blocked_by     uuid,
    progress_done  int,
    progress_total int,
    -- the earliest time to run it, kept for when its prerequisites release it
    not_before     timestamptz,
    created_at     timestamptz not null,
    started_at     timestamptz,
    finished_at    timestamptz
);
create index task_run_state_idx on task_run (state, created_at);
create index task_run_finished_at_idx on task_run (finished_at) where finished_at is not null;
create index task_run_blocked_by_idx on task_run (blocked_by) where blocked_by is not null;

-- "task_id runs only after prerequisite_id has succeeded".
create table task_dependency (
    task_id         uuid not null references task_run (id) on delete cascade,
    prerequisite_id uuid not null references task_run (id) on delete cascade,
    primary key (task_id, prerequisite_id),
    check (task_id <> prerequisite_id)
);
create index task_dependency_prerequisite_idx on task_dependency (prerequisite_id);

-- The last run of each recurring task, for the staff page (db-scheduler keeps only timestamps, not the error).
create table task_recurring_run (
    name             text primary key,
    last_started_at  timestamptz,
    last_finished_at timestamptz,
    last_outcome     text check (last_outcome in ('SUCCEEDED', 'FAILED')),
    last_error       text,
    last_duration_ms bigint
);
