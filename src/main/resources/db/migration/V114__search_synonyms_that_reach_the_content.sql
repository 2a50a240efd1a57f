-- Synonyms whose expansion never reached the content (docs/ASSISTANT.md, fifth pass). The content is indexed with
-- accents removed before stemming, so a noun and its verb no longer share a stem: "reclamação" stems to "reclamaca"
-- and "reclamo" to "reclam", "urgência" to "urgenc" and "urgente" to "urgent". An expansion must therefore name the
-- form the content uses: "reclamacao" matched no indexed document at all ("Como reclamo do atendimento?" says
-- "reclamo"), and the urgency words reached the notices that say "urgentes" but not the entry "Tenho uma urgência no
-- fim de semana". RelevantPassagesTests keeps every expansion word of the sample synonyms matching some document.
update search_synonym
   set expansion = array_to_string(array_replace(string_to_array(expansion, ' '), 'reclamacao', 'reclamo'), ' '),
       updated_at = now()
 where 'reclamacao' = any (string_to_array(expansion, ' '));

update search_synonym
   set expansion = expansion || ' urgencia', updated_at = now()
 where 'urgentes' = any (string_to_array(expansion, ' ')) and not 'urgencia' = any (string_to_array(expansion, ' '));

-- "Descobrir" is what the content calls finding ("Onde encontro o número…") as much as knowing ("Como sei a data…").
update search_synonym set expansion = 'sei encontro', updated_at = now()
 where word in ('descobrir', 'descubro') and expansion = 'sei';

-- A day of rest or the night is when the plantão answers what cannot wait.
insert into search_synonym (word, expansion) values
    ('noite', 'plantao urgencia'), ('sabados', 'plantao'), ('domingos', 'plantao'),
    ('urgencias', 'urgencia urgentes plantao'), ('emergencias', 'urgencia urgentes plantao'),
    ('funcionario', 'servidor atendimento'), ('funcionaria', 'servidor atendimento'),
    ('atendente', 'servidor atendimento'), ('servidora', 'servidor atendimento')
on conflict (word) do nothing;

-- When something will happen is asked by its date ("Como sei a data da minha audiência?"): "quando" alone is a stop
-- word, so the expressions that ask for a date stand for "data".
insert into search_synonym (word, expansion) values
    ('quando vai ser', 'data'), ('quando sera', 'data'), ('quando e a', 'data'), ('quando e o', 'data'),
    ('quando e minha', 'data'), ('quando e meu', 'data'), ('que dia', 'data'), ('qual dia', 'data'),
    ('que dia vai', 'data'), ('qual a data', 'data'), ('quando vai ter', 'data')
on conflict (word) do nothing;

-- The whole case on line is what the content calls the Juízo 100% Digital; "online" alone stays the virtual
-- hearing or counter.
insert into search_synonym (word, expansion) values
    ('todo online', 'digital'), ('tudo online', 'digital'), ('totalmente online', 'digital'),
    ('inteiro online', 'digital'), ('so online', 'digital'), ('100 online', 'digital'),
    ('processo online', 'digital'), ('processo digital', 'digital'), ('processo virtual', 'digital'),
    ('tudo pela internet', 'digital'), ('todo pela internet', 'digital'), ('so pela internet', 'digital'),
    ('inteiro pela internet', 'digital'), ('tudo digital', 'digital'), ('todo digital', 'digital'),
    ('tudo virtual', 'digital'), ('todo virtual', 'digital'), ('sem papel', 'digital')
on conflict (word) do nothing;

-- How citizens say they were badly treated: what the content calls a complaint to the Ouvidoria.
insert into search_synonym (word, expansion) values
    ('tratou mal', 'reclamo ouvidoria'), ('trataram mal', 'reclamo ouvidoria'), ('mal atendido', 'reclamo ouvidoria'),
    ('mal atendida', 'reclamo ouvidoria'), ('mal educado', 'reclamo ouvidoria'), ('mal educada', 'reclamo ouvidoria'),
    ('falta de respeito', 'reclamo ouvidoria'), ('desrespeito', 'reclamo ouvidoria'), ('reclamacao', 'reclamo ouvidoria')
on conflict (word) do nothing;
