-- Hearing CSV imports (module `content`). A checked file is staged here, line by line, before staff confirm it;
-- the background task then copies its lines into `hearing` in one transaction and marks the import APPLIED in
-- that same transaction. So the file survives a crash of the instance running the task, and a rerun of the task
-- finds the import APPLIED and inserts nothing twice.
create table hearing_import (
    id          uuid primary key,
    file_name   varchar(200) not null,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null,
    state       varchar(12)  not null check (state in ('PREVIEW', 'QUEUED', 'APPLIED', 'REJECTED')),
    line_count  int          not null check (line_count > 0),
    task_id     uuid,
    finished_at timestamptz,
    -- why a queued import was refused when applied (a hearing added in the meantime), in Portuguese
    error       text
);
create index hearing_import_created_at on hearing_import (created_at);

-- The good lines of a staged file, already checked and normalised (formatted CNJ number, instant in UTC).
create table hearing_import_line (
    import_id        uuid         not null references hearing_import (id) on delete cascade,
    line_number      int          not null,
    scheduled_at     timestamptz  not null,
    case_number      varchar(25)  not null,
    procedural_class varchar(150) not null,
    hearing_type     varchar(30)  not null,
    mode             varchar(12)  not null,
    room             varchar(100),
    status           varchar(12)  not null,
    sealed           boolean      not null,
    primary key (import_id, line_number)
);
