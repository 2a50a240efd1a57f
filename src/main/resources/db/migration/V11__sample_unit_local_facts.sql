-- ============================================================================================================
-- SAMPLE LOCAL FACTS — REPLACE BEFORE GOING LIVE.
-- Everything in this file that a citizen could act on (address, postal code, map link, phone numbers, e-mails,
-- WhatsApp, Balcão Virtual link, room names, hours, the privacy officer's contact) is sample data that has NOT
-- been checked against the court's real data. It is kept here, and only here, so it can be replaced in one
-- place (a later migration that updates these rows, or the staff area).
-- ============================================================================================================

insert into unit (id, name, handles_md, not_handled_md, street, district, city, state, postal_code, map_url,
                  accessibility_md, plantao_md, ouvidoria_md, defensoria_md, privacy_officer_contact)
values (1, '2ª Vara Cível de Cariacica',
$md$A 2ª Vara Cível de Cariacica julga **causas cíveis** da comarca de Cariacica que não pertencem a uma vara ou
juizado especializado, por exemplo:

- cobranças, contratos e indenizações (danos materiais e morais) acima do limite dos Juizados ou quando a parte
  prefere a Justiça Comum;
- ações de consumidor contra empresas (bancos, planos de saúde, lojas, concessionárias de serviço);
- despejo, cobrança de aluguel e outras ações de locação;
- ações possessórias (reintegração e manutenção de posse) e usucapião;
- execução de títulos (cheques, notas promissórias, contratos) e cumprimento de sentença;
- monitórias, busca e apreensão de veículos financiados e demais procedimentos do Código de Processo Civil.$md$,
$md$Alguns assuntos **não são desta vara**. Procure:

- **Juizado Especial Cível**: causas de até 40 salários mínimos; até 20 salários mínimos é possível ir sem
  advogado (Lei nº 9.099/1995).
- **Vara de Família**: divórcio, pensão alimentícia, guarda, visitas, reconhecimento de paternidade.
- **Vara da Fazenda Pública**: ações contra o Estado do Espírito Santo, o Município de Cariacica e suas
  autarquias.
- **Vara da Infância e Juventude**: adoção e medidas de proteção a crianças e adolescentes.
- **Vara de Órfãos e Sucessões**: inventários, partilhas e testamentos.
- **Justiça Federal**: ações contra o INSS, a Caixa Econômica Federal e a União.
- **Justiça do Trabalho**: questões de emprego e salários.
- **Delegacia de Polícia**: registro de crimes (boletim de ocorrência).

Em caso de dúvida, fale com o atendimento antes de se deslocar até o fórum.$md$,
'Rua Exemplo do Fórum, 100', 'Centro', 'Cariacica', 'ES', '29140-000',
'https://www.openstreetmap.org/search?query=F%C3%B3rum%20de%20Cariacica%20ES',
$md$O fórum tem **entrada no nível da calçada**, **rampa** de acesso e **elevador** até o andar da vara.
Há **banheiro acessível** no térreo e **vagas reservadas** para pessoas com deficiência e idosos no
estacionamento.

Pessoas com deficiência, idosos a partir de 60 anos, gestantes, lactantes e pessoas com criança de colo têm
**atendimento prioritário** no balcão. Quem precisar de intérprete de Libras pode pedir com antecedência pelo
e-mail ou telefone da vara, informando a data da audiência.$md$,
$md$Fora do horário de expediente, nos fins de semana e feriados, pedidos **urgentes** (por exemplo, risco à
vida ou à saúde, ou perecimento de direito) vão ao **plantão judiciário** do Tribunal de Justiça do Espírito
Santo. O plantão não recebe pedidos que possam esperar o próximo dia útil. O telefone e o endereço do plantão
da região estão publicados pelo Tribunal; nesta amostra, use o telefone de plantão (27) 3000-1299.$md$,
$md$A **Ouvidoria do Tribunal de Justiça** recebe reclamações, sugestões, elogios e denúncias sobre o
atendimento. Ela não altera decisões judiciais: para discordar de uma decisão, é preciso recurso, feito por
advogado ou pela Defensoria. Contato da amostra: ouvidoria@tjes.exemplo.jus.br.$md$,
$md$Quem não pode pagar advogado sem prejuízo do próprio sustento pode procurar a **Defensoria Pública do
Estado do Espírito Santo**, pelo telefone **129** ou em uma de suas unidades. A Defensoria orienta e, se for o
caso, entra com a ação ou apresenta a defesa.$md$,
'encarregado.dados@tjes.exemplo.jus.br');

insert into contact_channel (unit_id, kind, name, contact, contact_url, description_md, position)
values
    (1, 'BALCAO_PRESENCIAL', 'Balcão presencial', 'Rua Exemplo do Fórum, 100, 2º andar', null,
     'Atendimento no cartório da vara, por ordem de chegada, com prioridade legal. Leve documento com foto e, se tiver, o número do processo.', 1),
    (1, 'BALCAO_VIRTUAL', 'Balcão Virtual', 'Sala de videoconferência da vara', 'https://balcaovirtual.exemplo.jus.br/2vara-civel-cariacica',
     'Atendimento por videochamada com um servidor, no mesmo horário do balcão presencial (Resolução CNJ nº 372/2021). Basta abrir o link pelo celular ou computador; não é preciso agendar.', 2),
    (1, 'TELEFONE', 'Telefone da secretaria', '(27) 3000-1234', 'tel:+552730001234',
     'Informações sobre andamento de processos e audiências. Tenha o número do processo em mãos.', 3),
    (1, 'WHATSAPP', 'WhatsApp (mensagens)', '(27) 99999-0000', 'https://wa.me/5527999990000',
     'Somente mensagens de texto, respondidas em horário de expediente. Não envie documentos para o processo por aqui: petições são protocoladas no PJe.', 4),
    (1, 'EMAIL', 'E-mail da secretaria', 'vara2civel.cariacica@tjes.exemplo.jus.br', 'mailto:vara2civel.cariacica@tjes.exemplo.jus.br',
     'Para pedidos que não precisam de resposta imediata. A resposta vem em até dois dias úteis.', 5);

-- Monday to Friday, 12:00 to 18:00 (local time), for every channel that has hours; e-mail takes messages anytime.
insert into channel_hours (channel_id, day_of_week, opens, closes)
select c.id, d, time '12:00', time '18:00'
from contact_channel c cross join generate_series(1, 5) as d
where c.unit_id = 1 and c.kind in ('BALCAO_PRESENCIAL', 'BALCAO_VIRTUAL', 'TELEFONE', 'WHATSAPP');

-- National holidays and the end-of-year recess (20 Dec to 20 Jan suspends deadlines; attendance stops until
-- 6 Jan), for this year and the next. Local holidays of Cariacica and Holy Week must be added by the staff.
insert into closure (unit_id, starts_on, ends_on, reason)
select 1, make_date(y, m, d), make_date(y, m, d), reason
from generate_series(extract(year from now())::int, extract(year from now())::int + 1) as y
cross join (values (1, 1, 'Confraternização Universal'),
                   (4, 21, 'Tiradentes'),
                   (5, 1, 'Dia do Trabalho'),
                   (9, 7, 'Independência do Brasil'),
                   (10, 12, 'Nossa Senhora Aparecida'),
                   (11, 2, 'Finados'),
                   (11, 15, 'Proclamação da República'),
                   (11, 20, 'Dia Nacional de Zumbi e da Consciência Negra'),
                   (12, 25, 'Natal')) as h(m, d, reason);

insert into closure (unit_id, starts_on, ends_on, reason)
select 1, make_date(y, 12, 20), make_date(y + 1, 1, 6), 'Recesso forense de fim de ano'
from generate_series(extract(year from now())::int - 1, extract(year from now())::int) as y;

insert into urgent_notice (unit_id, message_md, active_from, active_until)
values (1, 'O sistema PJe passará por **manutenção programada** no próximo sábado, das 8h às 14h. Os prazos que vencerem nesse período serão prorrogados conforme as normas do Tribunal.',
        now() - interval '1 day', now() + interval '21 days');
