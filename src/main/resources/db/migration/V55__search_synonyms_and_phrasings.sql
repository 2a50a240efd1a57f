-- What staff teach the assistant's retrieval (and the site search): synonyms (a word citizens use -> words the
-- content uses) and alternative phrasings of an indexed document (an FAQ entry, typically). Both take effect on
-- the next query: synonyms are read by the query itself, phrasings are copied into the document's row.

create table search_synonym (
    word       varchar(60)  primary key check (word ~ '^[a-z0-9]+$'),
    expansion  varchar(300) not null,
    updated_at timestamptz  not null default now()
);

create table search_phrasing (
    id         bigserial    primary key,
    kind       varchar(20)  not null,
    key        varchar(200) not null,
    text       varchar(300) not null,
    created_at timestamptz  not null default now()
);

create unique index search_phrasing_unique_idx on search_phrasing (kind, key, lower(text));

-- The phrasings of a document weigh like its title.
alter table search_document add column phrasings text not null default '';
drop index search_document_document_idx;
alter table search_document drop column document;
alter table search_document add column document tsvector generated always as (
    setweight(to_tsvector('portuguese_unaccent', title), 'A')
    || setweight(to_tsvector('portuguese_unaccent', phrasings), 'A')
    || setweight(to_tsvector('portuguese_unaccent', body), 'B')) stored;
create index search_document_document_idx on search_document using gin (document);

-- How citizens write, mapped to the words of the content. Keys are lower case without accents; an expansion of
-- stop words only ("pra" -> "para") just removes the word from the query.
insert into search_synonym (word, expansion) values
    ('vc', 'voce'), ('vcs', 'voces'), ('pra', 'para'), ('pro', 'para'), ('pras', 'para'),
    ('pros', 'para'), ('q', 'que'), ('oq', 'que'), ('tbm', 'tambem'), ('tb', 'tambem'), ('ta', 'esta'),
    ('to', 'estou'), ('tao', 'estao'), ('pq', 'porque'), ('hj', 'hoje'), ('agr', 'agora'), ('qdo', 'quando'),
    ('qnd', 'quando'), ('qto', 'quanto'), ('qnto', 'quanto'), ('td', 'tudo'), ('mt', 'muito'),
    ('mto', 'muito'), ('msm', 'mesmo'), ('cmg', 'comigo'), ('dps', 'depois'), ('msg', 'mensagem'),
    ('num', 'nao'), ('eh', 'e'), ('neh', 'e'), ('aki', 'aqui'),
    ('zap', 'whatsapp'), ('zapzap', 'whatsapp'), ('wpp', 'whatsapp'), ('whats', 'whatsapp'),
    ('watsapp', 'whatsapp'), ('tel', 'telefone'), ('email', 'mail'), ('emails', 'mail'), ('fone', 'telefone'),
    ('adv', 'advogado'), ('aud', 'audiencia'), ('proc', 'processo'),
    ('divorciar', 'divorcio familia'), ('divorcia', 'divorcio familia'), ('separar', 'divorcio familia'),
    ('separacao', 'divorcio familia'), ('casamento', 'divorcio familia'), ('pensao', 'pensao alimenticia familia'),
    ('alimentos', 'pensao alimenticia familia'), ('filho', 'guarda familia'), ('filhos', 'guarda familia'),
    ('cadeirante', 'acessivel rampa elevador deficiencia'), ('cadeira', 'rampa elevador deficiencia'),
    ('deficiente', 'deficiencia rampa prioritario'), ('rodas', 'rampa elevador deficiencia'),
    ('surdo', 'libras interprete'), ('surda', 'libras interprete'), ('cego', 'leitores tela acessibilidade'),
    ('golpe', 'golpes pagamento'), ('golpista', 'golpes pagamento'), ('pix', 'golpes pagamento'),
    ('fraude', 'golpes'), ('deposito', 'golpes pagamento'), ('depositar', 'golpes pagamento'),
    ('gratis', 'gratuidade gratuita'), ('graca', 'gratuidade gratuita'), ('pobre', 'defensoria gratuita recursos'),
    ('online', 'virtual videoconferencia'), ('video', 'videoconferencia virtual'),
    ('videochamada', 'videochamada virtual'), ('zoom', 'videoconferencia virtual'),
    ('meet', 'videoconferencia virtual'), ('camera', 'camera videoconferencia'),
    ('ferias', 'recesso'), ('natal', 'recesso'), ('janeiro', 'recesso janeiro'),
    ('horas', 'horario'), ('abre', 'horario atendimento'), ('fecha', 'horario atendimento'),
    ('endereco', 'endereco rua'), ('localizacao', 'rua'),
    ('reclamar', 'reclamacao ouvidoria'), ('queixa', 'reclamacao ouvidoria'),
    ('sigilo', 'segredo'), ('sigiloso', 'segredo'), ('prefeitura', 'municipio'),
    ('trabalhista', 'trabalho emprego'), ('patrao', 'trabalho emprego'), ('demitido', 'trabalho emprego'),
    ('heranca', 'inventarios sucessoes'), ('inventario', 'inventarios sucessoes'),
    ('aposentadoria', 'inss'), ('beneficio', 'inss'), ('adocao', 'infancia adocao'),
    ('boleto', 'guia custas'), ('preco', 'custa custas'),
    ('caro', 'custa custas'),
    ('demorando', 'parado'), ('lento', 'parado'), ('parou', 'parado'),
    ('atrasado', 'parado'), ('andando', 'andamento'), ('fase', 'fase andamento'),
    ('juntar', 'juntados'), ('anexar', 'juntados'), ('mandar', 'juntados'), ('enviar', 'juntados'),
    ('peticao', 'peticoes'), ('protocolar', 'peticoes pje'),
    ('faltei', 'faltar'), ('falto', 'faltar'),
    ('acordo', 'acordo conciliacao'), ('emergencia', 'urgentes plantao'), ('urgente', 'urgentes plantao'),
    ('domingo', 'plantao'), ('sabado', 'plantao'), ('madrugada', 'plantao'),
    ('ouvidor', 'ouvidoria'), ('pequena', 'pequeno juizado'), ('juizadinho', 'juizado'),
    ('descobrir', 'sei'), ('descubro', 'sei'), ('dia', 'data'), ('atestado', 'certidao'), ('consta', 'certidao distribuicao');
