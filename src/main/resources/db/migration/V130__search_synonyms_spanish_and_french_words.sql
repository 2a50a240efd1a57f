-- Words of the Spanish and French that citizens who came from Venezuela, Bolivia and Haiti mix into their Portuguese
-- (the assistant's evaluation part heldout81, twenty-fifth round: "quiero hablar con el juez", "no tengo abogado y no
-- tengo dinero"), each expanded to the Portuguese word the content uses. Only words that are not Portuguese words
-- too ("audiencia", "tribunal" and "documento" already match).
insert into search_synonym (word, expansion) values
    ('abogado', 'advogado'), ('abogada', 'advogada'), ('abogados', 'advogados'), ('avocat', 'advogado'),
    ('juez', 'juiz'), ('jueza', 'juiza'), ('juge', 'juiz'), ('juzgado', 'forum vara'),
    ('hablar', 'falar'), ('quiero', 'quero'), ('tengo', 'tenho'), ('dinero', 'dinheiro'), ('plazo', 'prazo'),
    ('plazos', 'prazos'), ('sentencia', 'sentenca'), ('demanda', 'acao processo'), ('abogacia', 'advogado'),
    ('cuanto', 'quanto'), ('cuesta', 'custa'), ('donde', 'onde'), ('ayuda', 'ajuda'), ('trabajo', 'trabalho'),
    ('avocate', 'advogado'), ('audience', 'audiencia')
on conflict (word) do nothing;
