-- The court's own words as citizens misspell them by ear (the assistant's evaluation parts heldout198 to heldout211,
-- eighty-fourth to ninetieth rounds: "minha audiensia contra o dentista", "oque siginifica citassão? apareceu no
-- prosseso", "a sertidão de distribuissão é paga?", "a audiencia de conciliassao", "ta escrito redesginada", "o
-- linque do balcão virtual"), each expanded to the word the content uses: a misspelt word matches nothing, and the
-- rest of the question then decides alone. Only rows staff have not added are touched.
insert into search_synonym (word, expansion) values
    ('audiensia', 'audiencia'), ('audienssia', 'audiencia'), ('adiencia', 'audiencia'),
    ('citassao', 'citacao'), ('citasao', 'citacao'), ('sitacao', 'citacao'),
    ('prosseso', 'processo'), ('proseso', 'processo'), ('prosesso', 'processo'), ('processso', 'processo'),
    ('sertidao', 'certidao'), ('distribuissao', 'distribuicao'), ('distribuisao', 'distribuicao'),
    ('conciliassao', 'conciliacao'), ('conciliasao', 'conciliacao'), ('intimassao', 'intimacao'),
    ('redesginada', 'redesignada'), ('redesignda', 'redesignada'), ('linque', 'link'), ('linki', 'link')
on conflict (word) do nothing;
