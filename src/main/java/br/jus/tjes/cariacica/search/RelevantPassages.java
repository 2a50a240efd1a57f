package br.jus.tjes.cariacica.search;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The assistant's retrieval: one statement per question, no headline, no total. Each
 * query word, and each run of two or three words that is a synonym's key ("em que pé"),
 * is replaced by its synonyms (staff-curated, {@code search_synonym}; the word itself
 * stays only when the index has it, so a word the site never uses cannot match an
 * unrelated word with the same stem, "cuida" the "Cuidado" of the scam notice) and, when
 * the index knows neither the word nor its stem, by the nearest indexed word (trigram
 * similarity, so typos still land: a word whose stem the site has is a form of a word it
 * uses, "conto" of "conta", not a typo of "contato"); words PostgreSQL's Portuguese
 * configuration treats as stop words drop out. An expression is also looked up with each
 * of its words spelled out by a one-word synonym ("qdo vai ser" is "quando vai ser", "adv
 * de graca" is "advogado de graca"), so staff write an expression once, not once per
 * abbreviation. A synonym written for a verb's infinitive ("anexar", "reclamar") stands
 * for every form of the verb with the same stem ("anexo", "anexei", "reclamo"), so staff
 * write a verb once, not each person and tense. Every word, in the index and here, is
 * read through {@code search_lemmas} (V120): the forms of common irregular verbs are
 * their infinitive, so "posso" is not "posse" and "peço" is "pedir", not "peça", and
 * plurals in "-ões" and "-veis" their singular (V121: "certidões" is "certidão"). A
 * document scores the sum, over the question's words it contains, of the word's rarity in
 * the index (BM25's inverse document frequency) times the word's weight, doubled when the
 * word is in the title or a staff phrasing. That score is comparable across questions (it
 * grows with how much specific vocabulary the question and the document share), so one
 * floor separates "the site answers this" from "it does not". The order of the hits that
 * pass it is by a rank that differs in two ways: a title that lists many topics counts
 * less for each ({@link #TITLE_LENGTH}), and a title the question covers more of counts
 * more ({@link #TITLE_SHARE}), so a broad summary page no longer outranks the entry about
 * the one thing asked.
 */
@Component
class RelevantPassages {

    /**
     * The least relevance of a best hit: about one rare word in a body, or one common
     * word in a title, with most of the question's words found. Calibrated on the
     * evaluation's tuning questions (see docs/ASSISTANT.md): the weakest right answers
     * there score 3.3 (heavy typos), the strongest out-of-scope question 3.0.
     */
    static final double FLOOR = 3.2;

    /**
     * Hits after the first are kept while they score at least this share of the first.
     */
    static final double TAIL = 0.35;

    /**
     * A word in the title or a staff phrasing counts this many times a word in the body:
     * an FAQ entry's title is the question it answers, while a long page shares many of a
     * question's common words in its body. 2.5 rather than 2: on the evaluation (third
     * pass, docs/ASSISTANT.md) it put the short entry first more often on every part.
     */
    private static final double TITLE_BOOST = 2.5;

    /**
     * Added to the relevance the floor reads in proportion to the share of a title's
     * words the question has (unchanged since the floor was calibrated).
     */
    private static final double FLOOR_TITLE_SHARE = 1.0;

    /**
     * Added to the rank in proportion to the share of a title's words the question has:
     * among titles that all match, the one most about the question (the FAQ entry "O que
     * é o Balcão Virtual?" over "Balcão Virtual com novo endereço", "Atendimento pela
     * Defensoria Pública" over the page whose title lists six topics) comes first. 3
     * rather than 1 since the fourth pass (docs/ASSISTANT.md): the right page among the
     * first three more often on every part, no first page lost.
     */
    private static final double TITLE_SHARE = 3.0;

    /**
     * How much a page's or guide's title matches weigh less as the title names more
     * topics than the average title (BM25F's length normalisation of the title field, 0
     * none, 1 in full proportion; only ever a reduction). A page titled "Atendimento:
     * Balcão Virtual, telefones, horários, plantão, ouvidoria e Defensoria" is about each
     * of them a little, and its title outranked the guide or entry about one of them. An
     * FAQ entry's title is one question however long it is ("Não tenho internet nem
     * computador. Como faço a audiência virtual?"), so it is not reduced. Measured with
     * 0.5, 0.75 and 1 (docs/ASSISTANT.md, fourth pass); 0.75 and 1 give the same figures.
     */
    private static final double TITLE_LENGTH = 0.75;

    /**
     * How much of the relevance depends on the share of the question's words found: a
     * question with two words of which the site knows one ("me conta uma piada") is not
     * about the page that has that word.
     */
    private static final double COVERAGE_SHARE = 0.5;

    /** A typo-corrected word counts for less than a word typed right. */
    private static final double FUZZY_FACTOR = 0.8;

    private static final double MIN_SIMILARITY = 0.4;

    private static final int PASSAGE_LENGTH = 2_000;

    private static final String QUERY = """
            with input as (
                select t.word, t.weight, t.ord
                  from unnest(cast(:words as text[]), cast(:weights as float8[])) with ordinality as t(word, weight, ord)
            ),
            phrase as (
                select t.phrase, t.weight, 1000 + t.ord as ord
                  from unnest(cast(:phrases as text[]), cast(:phraseWeights as float8[])) with ordinality as t(phrase, weight, ord)
            ),
            spelled as (
                select p.ord, string_agg(coalesce(s.expansion, w.word), ' ' order by w.n) as phrase
                  from phrase p cross join lateral unnest(string_to_array(p.phrase, ' ')) with ordinality as w(word, n)
                  left join search_synonym s on s.word = w.word and s.expansion ~ '^[a-z0-9]+$'
                 group by p.ord
            ),
            phrase_hit as (
                select distinct on (k.ord) k.ord, k.weight, s.expansion
                  from (select p.ord, p.weight, p.phrase as key, 0 as spelled from phrase p
                        union all
                        select p.ord, p.weight, x.phrase, 1 from phrase p join spelled x on x.ord = p.ord
                         where x.phrase <> p.phrase) k
                  join search_synonym s on s.word = k.key
                 order by k.ord, k.spelled
            ),
            synonyms as (
                select i.ord, i.weight, i.word,
                       coalesce((select s.expansion from search_synonym s where s.word = i.word),
                                (select s.expansion from search_synonym s
                                  where length(i.word) >= 5 and s.verb_stem <> ''::tsvector
                                    and s.verb_stem = to_tsvector('portuguese_unaccent', search_lemmas(i.word))
                                  order by s.word limit 1)) as expansion
                  from input i
            ),
            candidates as (
                select i.ord, i.weight, i.word, (i.expansion is not null) as replaced
                  from synonyms i
                 where i.expansion is null or exists (select 1 from search_term t where t.word = i.word)
                union all
                select i.ord, i.weight, e.word, true
                  from synonyms i
                 cross join lateral unnest(string_to_array(i.expansion, ' ')) as e(word)
                union all
                select p.ord, p.weight, e.word, true
                  from phrase_hit p
                 cross join lateral unnest(string_to_array(p.expansion, ' ')) as e(word)
            ),
            known as (
                select c.*, w.stemmable,
                       (exists (select 1 from search_term k where k.word = c.word)
                        or (w.stemmable and exists (select 1 from search_document d
                             where d.document @@ plainto_tsquery('portuguese_unaccent', search_lemmas(c.word))))) as known
                  from candidates c
                 cross join lateral (select length(c.word) >= 4 and c.word ~ '^[a-z]+$'
                                            and to_tsvector('portuguese_unaccent', search_lemmas(c.word)) <> ''::tsvector as stemmable) w
            ),
            resolved as (
                select c.ord, c.weight * (case when c.known or c.replaced then 1.0 else :fuzzyFactor end) as weight,
                       case when c.known or c.replaced or not c.stemmable then c.word
                            else coalesce((select t.word from search_term t
                                   where t.word % c.word and similarity(t.word, c.word) >= :similarity
                                   order by similarity(t.word, c.word) desc, t.word limit 1), c.word)
                       end as word
                  from known c
            ),
            lexemes as (
                select r.ord, l.lex, max(r.weight) as weight
                  from resolved r
                 cross join lateral unnest(tsvector_to_array(to_tsvector('portuguese_unaccent', search_lemmas(r.word)))) as l(lex)
                 where r.word is not null
                 group by r.ord, l.lex
            ),
            corpus as (
                select greatest(count(*), 1)::float8 as n from search_document
            ),
            titles as (
                select t.kind, t.key, t.words,
                       case when t.kind = 'faq' then 1.0
                            else least(1.0, 1.0 / (1 - :titleLength + :titleLength * t.words / avg(t.words) over ()))
                       end as breadth
                  from (select kind, key, title_words::float8 as words from search_document) t
            ),
            rarity as (
                select w.lex, ln(1 + (c.n - count(d.key) + 0.5) / (count(d.key) + 0.5)) as idf
                  from (select distinct lex from lexemes) w cross join corpus c
                  left join search_document d on d.document @@ cast(quote_literal(w.lex) as tsquery)
                 group by w.lex, c.n
            ),
            asked as (
                select coalesce(sum(weight), 0) as total
                  from (select ord, max(weight) as weight from lexemes group by ord) w
            ),
            matches as (
                select d.kind, d.key, l.ord, max(l.weight) as weight,
                       bool_or(d.document @@ cast(quote_literal(l.lex) || ':A' as tsquery)) as in_title,
                       max(l.weight * r.idf * (case when d.document @@ cast(quote_literal(l.lex) || ':A' as tsquery)
                                                    then :titleBoost else 1.0 end)) as points
                  from lexemes l join rarity r on r.lex = l.lex
                  join search_document d on d.document @@ cast(quote_literal(l.lex) as tsquery)
                 group by d.kind, d.key, l.ord
            ),
            scored as (
                select kind, key, sum(points) as score, sum(weight) as matched,
                       coalesce(sum(points) filter (where in_title), 0) as title_points,
                       count(*) filter (where in_title) as title_matches
                  from matches group by kind, key
            ),
            shares as (
                select s.kind, s.key, s.score, s.title_points, t.breadth,
                       coalesce(s.matched / nullif(a.total, 0), 0) as coverage,
                       least(1.0, s.title_matches / t.words) as title_share
                  from scored s join titles t on t.kind = s.kind and t.key = s.key cross join asked a
            ),
            relevance as (
                select h.*,
                       (h.score + :floorTitleShare * h.title_share) * (1 - :coverageShare + :coverageShare * h.coverage)
                           as relevance,
                       (h.score - h.title_points * (1 - h.breadth) + :titleShare * h.title_share)
                           * (1 - :coverageShare + :coverageShare * h.coverage) as rank
                  from shares h
            )
            select d.kind, d.key, d.title, d.url, d.body, r.score, r.coverage, r.relevance, r.rank,
                   max(r.relevance) over () as best
              from relevance r join search_document d on d.kind = r.kind and d.key = r.key
             order by r.rank desc, d.title
             limit :limit
            """;

    private final JdbcClient jdbc;

    RelevantPassages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // Each read is one statement in autocommit: a read-only transaction around it would
    // only add round trips (set read-only, commit, reset).

    /**
     * The passages that answer a question, best first, or none when nothing on the site
     * is relevant enough.
     * @param question the citizen's message
     * @param limit how many at most
     * @return the hits, with their score as rank; empty below the floor
     */
    List<SearchHit> find(String question, int limit) {
        List<Scored> scored = scored(question, limit);
        if (scored.isEmpty() || scored.getFirst().best() < FLOOR) {
            return List.of();
        }
        double tail = scored.getFirst().rank() * TAIL;
        return scored.stream().filter((hit) -> hit.rank() >= tail).map(Scored::hit).toList();
    }

    /**
     * Every scored hit, floor or not (for calibration).
     * @param question the citizen's message
     * @param limit how many at most
     * @return the hits, best first
     */
    List<Scored> scored(String question, int limit) {
        AssistantQuery query = AssistantQuery.of(question);
        if (query.isEmpty()) {
            return List.of();
        }
        return this.jdbc.sql(QUERY)
            .param("words", query.words().toArray(String[]::new))
            .param("weights", query.weights().toArray(Double[]::new))
            .param("phrases", query.phrases().toArray(String[]::new))
            .param("phraseWeights", query.phraseWeights().toArray(Double[]::new))
            .param("fuzzyFactor", FUZZY_FACTOR)
            .param("similarity", MIN_SIMILARITY)
            .param("titleBoost", TITLE_BOOST)
            .param("floorTitleShare", FLOOR_TITLE_SHARE)
            .param("titleShare", TITLE_SHARE)
            .param("titleLength", TITLE_LENGTH)
            .param("coverageShare", COVERAGE_SHARE)
            .param("limit", Math.clamp(limit, 1, 20))
            .query((rs, n) -> {
                double rank = rs.getDouble("rank");
                return new Scored(
                        new SearchHit(rs.getString("kind"), rs.getString("key"), rs.getString("title"),
                                rs.getString("url"), "", shortened(rs.getString("body")), rank),
                        rs.getDouble("score"), rs.getDouble("coverage"), rs.getDouble("relevance"), rank,
                        rs.getDouble("best"));
            })
            .list();
    }

    private static String shortened(String body) {
        return (body.length() > PASSAGE_LENGTH) ? body.substring(0, PASSAGE_LENGTH) + "…" : body;
    }

    /**
     * One hit with how it scored.
     *
     * @param hit the hit, its rank being the relevance
     * @param score the summed rarity of the shared words
     * @param coverage the (weighted) share of the question's words the document has
     * @param relevance the score discounted by the words the document lacks (what the
     * floor reads)
     * @param rank what orders the hits: the relevance with broad titles reduced and
     * titles the question covers raised
     * @param best the highest relevance among all hits of the question
     */
    record Scored(SearchHit hit, double score, double coverage, double relevance, double rank, double best) {
    }

}
