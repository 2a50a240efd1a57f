-- Words citizens use that the content never does (docs/ASSISTANT.md, fifth pass), found by listing everyday words of
-- the court against the index, not from any evaluation question: the registry ("escrivão", "escrivania": the
-- content says "secretaria"), the building, how to get there, a closed counter, what the unit judges
-- ("competência"), a "despacho", and the poor litigant's legal word. And the expressions of the phone scam: someone
-- "pedindo dinheiro" or "cobrando taxa" in the court's name is what the notice about scams answers; "dinheiro" or
-- "taxa" alone stay the costs. Rows staff have already added are left as they are.
insert into search_synonym (word, expansion) values
    ('escrivao', 'secretaria'), ('escriva', 'secretaria'), ('escrivania', 'secretaria'), ('cartorio', 'secretaria'),
    ('predio', 'forum'), ('mapa', 'endereco rua'), ('onibus', 'endereco rua'), ('fechado', 'horario atendimento'),
    ('fechada', 'horario atendimento'), ('competencia', 'julga'), ('despacho', 'decisao andamento'),
    ('hipossuficiente', 'gratuidade gratuita'), ('hipossuficiencia', 'gratuidade gratuita'),
    ('sem pagar', 'gratuidade gratuita'), ('sem pagar nada', 'gratuidade gratuita'), ('sem custo', 'gratuidade gratuita'),
    ('sem custas', 'gratuidade gratuita'),
    ('pedindo dinheiro', 'golpes pagamento'), ('pediram dinheiro', 'golpes pagamento'), ('pediu dinheiro', 'golpes pagamento'),
    ('pedindo pix', 'golpes pagamento'), ('pediram pix', 'golpes pagamento'), ('pediu pix', 'golpes pagamento'),
    ('pedindo deposito', 'golpes pagamento'), ('pediram deposito', 'golpes pagamento'),
    ('cobrando taxa', 'golpes pagamento'), ('cobraram taxa', 'golpes pagamento'), ('cobrou taxa', 'golpes pagamento')
on conflict (word) do nothing;
