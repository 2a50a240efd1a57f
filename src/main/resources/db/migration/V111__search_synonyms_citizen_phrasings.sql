-- A synonym's key may be an expression of up to three words ("advogado de graca", "pela internet"): the assistant's
-- retrieval looks up every run of two or three consecutive words of a question as well as each word.
alter table search_synonym drop constraint search_synonym_word_check;
alter table search_synonym add constraint search_synonym_word_check check (word ~ '^[a-z0-9]+( [a-z0-9]+){0,2}$');

-- How citizens say what the content says in other words (the assistant evaluation, docs/ASSISTANT.md, third pass),
-- by kind rather than by question:
-- * "em que pé está" is the case's progress (the content says "andamento" and "fase");
-- * a conversation with the judge is "falar com o juiz";
-- * a free lawyer ("advogado gratuito", "de graça") is the Defensoria, and "gratuidade" and "gratuita" are one idea
--   the Portuguese stemmer keeps apart;
-- * a holiday, Carnival or a weekend is the plantão, for urgent requests;
-- * remote, online, on-line and at a distance are the virtual counter and the virtual hearing;
-- * searching for one's case and not finding it is the public consultation ("consulta", "encontro"), not the
--   satisfaction survey ("pesquisa") the typo correction would pick;
-- * not attending is missing the hearing ("faltar"); a case that "anda" or "andou" is its "andamento" (the typo
--   correction would read "anda" as the "andar" of the courthouse's address);
-- * a fee someone asks for by message is the scam notice's payment;
-- * and words the content says otherwise: "juíza" (juiz), calling (telefone), testifying (testemunha), being sued
--   ("processado": the citação), a deadline that "venceu", an injunction ("liminar": urgent requests), the
--   "sistema" (the PJe), exemption ("isento": gratuidade), an appointed lawyer ("dativo": the Defensoria), a
--   criminal record certificate ("antecedentes": the certidão de distribuição), negotiating (the conciliação), the
--   case's movements (andamento), fraud ("estelionato": the scam notice), how to get there (the address).
-- A word the index has stays in the query besides its expansion. Rows staff have already added are left as they are.
insert into search_synonym (word, expansion) values
    ('pe', 'andamento fase'),
    ('conversa', 'falar'), ('conversar', 'falar'), ('converso', 'falar'), ('papo', 'falar'),
    ('gratuito', 'gratuita defensoria'), ('gratuitos', 'gratuita defensoria'), ('gratuidade', 'gratuidade gratuita'),
    ('feriado', 'feriado plantao urgentes'), ('feriados', 'feriados plantao urgentes'),
    ('carnaval', 'feriado plantao urgentes'), ('fds', 'fim semana plantao urgentes'),
    ('remoto', 'virtual videochamada'), ('remota', 'virtual videochamada'), ('remotamente', 'virtual videochamada'),
    ('distancia', 'virtual videochamada'), ('line', 'virtual videoconferencia'),
    ('pesquiso', 'consulta publica encontro'), ('pesquisei', 'consulta publica encontro'),
    ('pesquisar', 'consulta publica encontro'), ('busco', 'consulta publica encontro'),
    ('busquei', 'consulta publica encontro'), ('buscar', 'consulta publica encontro'),
    ('procuro', 'consulta publica encontro'), ('procurei', 'consulta publica encontro'), ('achei', 'encontro'),
    ('anda', 'andamento'), ('andou', 'andamento'),
    ('comparecer', 'comparecer faltar'), ('compareci', 'faltar'), ('comparecendo', 'faltar'),
    ('taxa', 'pagamento custas'), ('taxas', 'pagamento custas'),
    ('juiza', 'juiz'), ('ligar', 'telefone'), ('ligo', 'telefone'), ('liguei', 'telefone'), ('ligou', 'telefone'),
    ('ligacao', 'telefone'), ('testemunhar', 'testemunha testemunhas'), ('testemunho', 'testemunha testemunhas'),
    ('processado', 'citacao'), ('processada', 'citacao'), ('venceu', 'vencimento prazo'),
    ('liminar', 'urgentes plantao'), ('sistema', 'pje'),
    ('isento', 'gratuidade gratuita'), ('isenta', 'gratuidade gratuita'), ('isencao', 'gratuidade gratuita'),
    ('dativo', 'defensoria'), ('antecedentes', 'certidao distribuicao'),
    ('negociar', 'acordo conciliacao'), ('negociacao', 'acordo conciliacao'),
    ('movimentacao', 'andamento'), ('movimentou', 'andamento'), ('movimento', 'andamento'),
    ('estelionato', 'golpes'), ('estelionatario', 'golpes'), ('numeracao', 'numero'),
    ('chego', 'endereco rua'), ('localiza', 'endereco rua')
on conflict (word) do nothing;

-- "De graça" also names the free lawyer (the Defensoria), not only the gratuidade. Only the row as V55 left it.
update search_synonym set expansion = 'gratuidade gratuita defensoria', updated_at = now()
 where word = 'graca' and expansion = 'gratuidade gratuita';

-- Expressions whose words mean little alone: a free or public lawyer is the Defensoria; not going is missing the
-- hearing; over the internet, from home or without going to the courthouse is the virtual counter or hearing; the
-- weekend is the plantão; not finding one's case is the public consultation; a lawyer one hired or pays is an
-- "advogado particular".
insert into search_synonym (word, expansion) values
    ('advogado gratuito', 'defensoria'), ('advogado de graca', 'defensoria'), ('advogado gratis', 'defensoria'),
    ('advogado publico', 'defensoria'), ('advogado do estado', 'defensoria'), ('advogado de gratis', 'defensoria'),
    ('adv de graca', 'defensoria'), ('adv gratuito', 'defensoria'),
    ('nao comparecer', 'faltar'), ('nao compareci', 'faltar'), ('nao for', 'faltar'), ('nao ir', 'faltar'),
    ('nao puder ir', 'faltar'), ('nao fui', 'faltar'), ('n for', 'faltar'),
    ('n ir', 'faltar'),
    ('pela internet', 'virtual'), ('por internet', 'virtual'), ('via internet', 'virtual'),
    ('pela net', 'virtual'), ('on line', 'virtual videoconferencia'), ('de casa', 'virtual'),
    ('sem ir ao', 'virtual'), ('sem ir no', 'virtual'), ('sem precisar ir', 'virtual'), ('sem sair de', 'virtual'),
    ('fim de semana', 'plantao urgentes'), ('final de semana', 'fim semana plantao urgentes'),
    ('nao aparece', 'consulta publica'), ('n aparece', 'consulta publica'), ('nao acho', 'consulta publica'),
    ('nao achei', 'consulta publica'), ('nao encontro', 'consulta publica'), ('nao encontrei', 'consulta publica'),
    ('contratei advogado', 'particular'), ('contratei um', 'particular'), ('advogado pago', 'particular'),
    ('paguei advogado', 'particular'), ('paguei um', 'particular'), ('tenho advogado', 'particular'),
    ('advogado contratado', 'particular'),
    ('chamada de video', 'virtual videoconferencia'), ('por video', 'virtual videoconferencia'),
    ('fim de ano', 'recesso'), ('ano novo', 'recesso'), ('que horas', 'horario'), ('como chegar', 'endereco rua')
on conflict (word) do nothing;
