-- "que dia" and "qual dia" (V114) counted "data" a second time, since the word "dia" already stands for "data": a
-- question about the date of a holiday ("que dia é o carnaval?") then reached the entry about the hearing's date.
-- The expressions with "quando" stay (it is a stop word, so nothing else asks for the date there).
delete from search_synonym where word in ('que dia', 'qual dia', 'que dia vai') and expansion = 'data';
