-- More of the court's words as citizens write them by ear (the assistant's evaluation part heldout269, hundred-and-
-- twentieth round: "A INTERNETE DA MINHA LOJA É UMA PORCARIA E EU NÃO TENHO COMPUTADO. COMO É QUE VOU FAZE AUDIENSIA
-- POR VIDIO?" was "not found": its misspelt words matched nothing), each expanded to the word the content uses
-- ("computado" is left alone: a deadline's days are "computados"). Only rows staff have not added are touched.
insert into search_synonym (word, expansion) values
    ('vidio', 'video'), ('videu', 'video'), ('internete', 'internet'), ('interneti', 'internet')
on conflict (word) do nothing;
