-- Two phrasings of the assistant's evaluation parts heldout64 and heldout65 (seventeenth round) that the content does
-- not use: "as sessões marcadas no fórum" are the hearings of the pauta, and "ficar livre de pagar as despesas do
-- processo" is the gratuidade of the costs guide; those questions ranked the unit's page first (docs/ASSISTANT.md).
insert into search_synonym (word, expansion) values
    ('sessao', 'audiencia'), ('sessoes', 'audiencias pauta'),
    ('livre de pagar', 'gratuidade'), ('ficar livre', 'gratuidade')
on conflict (word) do nothing;
