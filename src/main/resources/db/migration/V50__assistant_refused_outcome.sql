-- The assistant declines requests for legal advice with its own outcome, so the staff review can find them.
alter table assistant_message drop constraint assistant_message_outcome_check;
alter table assistant_message add constraint assistant_message_outcome_check
    check (outcome in ('answered', 'not-found', 'refused'));
