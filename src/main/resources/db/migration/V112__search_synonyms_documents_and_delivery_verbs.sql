-- General vocabulary of delivering a paper to a case (docs/ASSISTANT.md, fourth pass): a receipt, a proof or a report
-- is a document for the case; "entregar" and "incluir" a document are what the content calls "juntar". The retrieval
-- reads a synonym keyed on an infinitive for every form of the verb ("entreguei", "incluo"). A word the index has stays
-- in the query besides its expansion. Rows staff have already added are left as they are.
insert into search_synonym (word, expansion) values
    ('comprovante', 'comprovante documento'), ('comprovantes', 'comprovante documentos'),
    ('recibo', 'documento'), ('recibos', 'documentos'), ('laudo', 'documento'), ('laudos', 'documentos'),
    ('arquivo', 'documento'), ('arquivos', 'documentos'),
    ('entregar', 'entrego juntados'), ('incluir', 'juntados')
on conflict (word) do nothing;
