-- The court's own words as citizens misspell them by ear (the assistant's evaluation parts heldout198 to heldout205,
-- eighty-fourth to eighty-seventh rounds: "minha audiensia contra o dentista", "oque siginifica citassão? apareceu no
-- prosseso", "a sertidão de distribuissão é paga?", "a audiencia de conciliassao", "ta escrito redesginada"), each
-- expanded to the word the content uses: a misspelt word matches nothing, and the rest of the question then decides
-- alone. Only rows staff have not added are touched.
insert into search_synonym (word, expansion) values
    ('audiensia', 'audiencia'), ('audienssia', 'audiencia'), ('adiencia', 'audiencia'),
    ('citassao', 'citacao'), ('citasao', 'citacao'), ('sitacao', 'citacao'),
    ('prosseso', 'processo'), ('proseso', 'processo'), ('prosesso', 'processo'), ('processso', 'processo'),
    ('sertidao', 'certidao'), ('distribuissao', 'distribuicao'), ('distribuisao', 'distribuicao'),
    ('conciliassao', 'conciliacao'), ('conciliasao', 'conciliacao'), ('intimassao', 'intimacao'),
    ('redesginada', 'redesignada'), ('redesignda', 'redesignada')
on conflict (word) do nothing;
