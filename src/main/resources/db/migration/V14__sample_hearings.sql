-- Sample pauta: 80 hearings from four weeks before to five weeks after the migration time, on weekdays between
-- 13:00 and 16:00 local time, so the pauta is never empty. Case numbers are fictitious but valid CNJ numbers
-- (check digits by ISO 7064 mod 97-10) of TJES (J = 8, TR = 08), origin 0012. No party names exist anywhere.
-- Room names are sample local facts.

insert into hearing (scheduled_at, case_number, procedural_class, hearing_type, mode, room, status, sealed, updated_at)
select (g.day + g.at) at time zone 'America/Sao_Paulo',
       g.seq || '-' || lpad((98 - ((g.seq || g.yr || '8080012' || '00')::numeric % 97))::text, 2, '0')
           || '.' || g.yr || '.8.08.0012',
       g.class,
       g.type,
       g.mode,
       case when g.mode = 'PRESENCIAL' then (array['Sala de audiências 1', 'Sala de audiências 2',
                                                 'Sala de conciliação'])[g.i % 3 + 1] end,
       case when g.i % 9 = 0 then 'CANCELADA'
            when g.i % 11 = 0 then 'REDESIGNADA'
            when g.day < (now() at time zone 'America/Sao_Paulo')::date then 'REALIZADA'
            else 'DESIGNADA' end,
       g.i % 10 = 3,
       now() - make_interval(hours => g.i % 20)
from (
    select i,
           d0 + case extract(isodow from d0)::int when 6 then 2 when 7 then 1 else 0 end as day,
           time '13:00' + make_interval(mins => (i % 5) * 45) as at,
           lpad(((1000000 + i * 7919) % 10000000)::text, 7, '0') as seq,
           (2019 + i % 7)::text as yr,
           (array['Procedimento Comum Cível', 'Execução de Título Extrajudicial', 'Monitória',
                  'Busca e Apreensão em Alienação Fiduciária', 'Despejo por Falta de Pagamento',
                  'Reintegração / Manutenção de Posse', 'Usucapião', 'Cumprimento de Sentença'])[i % 8 + 1] as class,
           (array['CONCILIACAO', 'CONCILIACAO', 'INSTRUCAO_JULGAMENTO', 'MEDIACAO', 'CONCILIACAO',
                  'JUSTIFICACAO', 'INSTRUCAO_JULGAMENTO', 'SANEAMENTO'])[i % 8 + 1] as type,
           case when i % 3 = 0 then 'VIRTUAL' else 'PRESENCIAL' end as mode
    from generate_series(1, 80) as i,
         lateral (select (now() at time zone 'America/Sao_Paulo')::date + ((i * 37) % 64 - 28) as d0) as base
) as g;
