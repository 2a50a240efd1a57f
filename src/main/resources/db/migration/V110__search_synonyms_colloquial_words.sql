-- Colloquial words citizens use that the content does not (the assistant evaluation, docs/ASSISTANT.md, second pass):
-- money ("grana"), spending ("gasto"), the size of the letters and seeing badly (the accessibility statement speaks of
-- "texto ampliado", "lupa" and "leitores de tela"), a case that is stuck ("travado"), a hearing moved ("remarcaram"),
-- a copy of the case (the certificate "de inteiro teor"), a computer and the internet ("pc", "net"), papers,
-- and being treated badly at the counter (a complaint to the Ouvidoria). A word the index has stays in the query
-- besides its expansion. Rows staff have already added are left as they are.
insert into search_synonym (word, expansion) values
    ('grana', 'dinheiro'), ('bufunfa', 'dinheiro'), ('dindin', 'dinheiro'),
    ('gasto', 'custa custas'), ('gasta', 'custa custas'), ('gastar', 'custa custas'), ('gastos', 'custas'),
    ('letra', 'texto ampliado lupa acessibilidade'), ('letras', 'texto ampliado lupa acessibilidade'),
    ('letrinha', 'texto ampliado lupa acessibilidade'), ('letrinhas', 'texto ampliado lupa acessibilidade'),
    ('fonte', 'texto ampliado lupa acessibilidade'),
    ('enxergo', 'lupa leitores tela acessibilidade'), ('enxergar', 'lupa leitores tela acessibilidade'),
    ('enxerga', 'lupa leitores tela acessibilidade'), ('visao', 'lupa leitores tela acessibilidade'),
    ('cega', 'leitores tela acessibilidade'), ('cegueira', 'leitores tela acessibilidade'),
    ('travado', 'parado'), ('travou', 'parado'), ('empacado', 'parado'), ('engavetado', 'parado'),
    ('remarcaram', 'redesignada'), ('remarcada', 'redesignada'), ('remarcado', 'redesignada'),
    ('remarcar', 'redesignada'), ('adiada', 'redesignada'), ('adiaram', 'redesignada'), ('adiou', 'redesignada'),
    ('desmarcaram', 'cancelada redesignada'), ('desmarcada', 'cancelada redesignada'),
    ('copia', 'inteiro teor certidao'), ('copias', 'inteiro teor certidao'), ('xerox', 'inteiro teor certidao'),
    ('pc', 'computador'), ('notebook', 'computador'), ('net', 'internet'), ('wifi', 'internet'),
    ('papel', 'documento'), ('papeis', 'documentos'), ('papelada', 'documentos'),
    ('maltratado', 'reclamacao ouvidoria'), ('maltratada', 'reclamacao ouvidoria'),
    ('grosso', 'reclamacao ouvidoria'), ('grossa', 'reclamacao ouvidoria'), ('grosseria', 'reclamacao ouvidoria')
on conflict (word) do nothing;
