-- Answers from the court's data (open now, a hearing, "é aqui?", contacts) and the refusal of legal advice are given
-- by the assistant directly, whether or not the model is configured: they get their own mode, so neither the citizen
-- nor the staff review reads them as "the model is unavailable".
alter table assistant_message drop constraint assistant_message_mode_check;
alter table assistant_message add constraint assistant_message_mode_check
    check (mode in ('ai', 'knowledge-base', 'direct'));
