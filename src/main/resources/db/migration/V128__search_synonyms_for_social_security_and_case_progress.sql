-- The social security and the course of a case in the words of two parts of the assistant's evaluation (heldout62
-- and heldout63, sixteenth round): "um auxílio cortado pela Previdência Social, uma ação contra a autarquia
-- previdenciária" is the INSS of the entry on suing it, and "a tramitação do meu processo" is its "andamento"; the
-- content says neither, and those questions ranked the costs and the digital court first (docs/ASSISTANT.md).
insert into search_synonym (word, expansion) values
    ('previdencia', 'inss'), ('previdenciaria', 'inss'), ('previdenciario', 'inss'),
    ('tramitacao', 'andamento')
on conflict (word) do nothing;
