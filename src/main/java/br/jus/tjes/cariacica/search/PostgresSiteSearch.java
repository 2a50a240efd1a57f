package br.jus.tjes.cariacica.search;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * PostgreSQL full-text search in one statement per query: every word ranked with titles
 * above bodies; when no document has every word, any word; when none has any, each word
 * replaced by the nearest indexed word (trigram similarity), so "certidao" and
 * "audiensia" still find their pages.
 */
@Service
class PostgresSiteSearch implements SiteSearch, SearchIndex {

    /**
     * The advisory lock key of the index's writers (any constant unique in this database;
     * "busca" in ASCII).
     */
    static final long INDEX_LOCK = 0x6275736361L;

    /**
     * Every surface word of the index (phrasings included), for the typo correction.
     */
    static final String REFRESH_TERMS = """
            insert into search_term (word)
            select word from ts_stat('select to_tsvector(''simple_unaccent'', title || '' '' || phrasings || '' '' || body) from search_document')
             where length(word) between 3 and 100 and word ~ '^[[:alpha:]]+$'
            """;

    // Markers ts_headline puts around matches; control characters never survive indexing,
    // so they are
    // unambiguous, and the text between them is escaped before the markers become <mark>.
    private static final String START = "\u0001";

    private static final String STOP = "\u0002";

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private static final int PASSAGE_LENGTH = 2_000;

    private static final String SEARCH = """
            with q as (
                select to_tsquery('portuguese_unaccent', search_lemmas(:all)) as strict,
                       to_tsquery('portuguese_unaccent', search_lemmas(:any)) as relaxed,
                       -- The snippet parses the body as written, where "certidões" and "posso" keep
                       -- their own stems: the words as typed are marked too.
                       to_tsquery('portuguese_unaccent', :any) as surface
            ),
            fixed as (
                select coalesce(
                           (select t.word from search_term t
                             where t.word % unaccent(w) order by similarity(t.word, unaccent(w)) desc, t.word
                             limit 1),
                           unaccent(w)) as word
                  from unnest(string_to_array(:spaced, ' ')) as w
            ),
            fuzzy as (
                select to_tsquery('portuguese_unaccent', search_lemmas(coalesce(string_agg(word, ' | '), ''))) as query
                  from fixed where word ~ '^[[:alnum:]]+$'
            ),
            strict_hits as (
                select d.kind, d.key, 1 as level, q.strict as query from search_document d, q
                 where d.document @@ q.strict
            ),
            relaxed_hits as (
                select d.kind, d.key, 2 as level, q.relaxed as query from search_document d, q
                 where d.document @@ q.relaxed and not exists (select 1 from strict_hits)
            ),
            fuzzy_hits as (
                select d.kind, d.key, 3 as level, f.query from search_document d, fuzzy f
                 where d.document @@ f.query
                   and not exists (select 1 from strict_hits) and not exists (select 1 from relaxed_hits)
            ),
            hits as (
                select * from strict_hits union all select * from relaxed_hits union all select * from fuzzy_hits
            ),
            page as (
                -- Ranked and cut to one page first: the headline below, the costly part, is built only for the
                -- rows shown, whatever the number of hits.
                select h.kind, h.key, h.level, h.query, d.title, ts_rank(d.document, h.query, 1) as rank,
                       count(*) over () as total
                  from hits h join search_document d on d.kind = h.kind and d.key = h.key
                 order by rank desc, d.title
                 limit :limit offset :offset
            )
            select d.kind, d.key, d.title, d.url, d.body, p.level, p.rank,
                   ts_headline('portuguese_unaccent', d.body, p.query || q.surface,
                               'StartSel=' || chr(1) || ', StopSel=' || chr(2)
                               || ', MaxWords=35, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "')
                       as snippet,
                   p.total
              from page p join search_document d on d.kind = p.kind and d.key = p.key cross join q
             order by p.rank desc, p.title
            """;

    private final JdbcClient jdbc;

    private final RelevantPassages relevant;

    private final SearchResultCache cache;

    PostgresSiteSearch(JdbcClient jdbc, RelevantPassages relevant, SearchResultCache cache) {
        this.jdbc = jdbc;
        this.relevant = relevant;
        this.cache = cache;
    }

    // No transaction around the reads: each is one statement (autocommit), and a cached
    // result takes no connection at all.
    @Override
    public SearchResults search(String query, int page, int pageSize) {
        var parsed = SearchQuery.of(query);
        int size = Math.clamp(pageSize, 1, 50);
        int safePage = Math.max(page, 0);
        if (parsed.isEmpty()) {
            return SearchResults.empty(parsed.text(), size);
        }
        long offset = (long) safePage * size;
        SearchResultCache.Page found = this.cache.get(new SearchResultCache.Key("busca", parsed.spaced(), size, offset),
                () -> {
                    var rows = run(parsed, size, offset);
                    long total = rows.isEmpty() ? 0 : rows.getFirst().total();
                    boolean relaxed = !rows.isEmpty() && rows.getFirst().level() > 1;
                    return new SearchResultCache.Page(rows.stream().map(Row::hit).toList(), total, relaxed);
                });
        return new SearchResults(parsed.text(), found.hits(), found.total(), safePage, size, found.relaxed());
    }

    @Override
    public List<SearchHit> topPassages(String question, int limit) {
        var parsed = SearchQuery.of(question);
        if (parsed.isEmpty()) {
            return List.of();
        }
        int bounded = Math.clamp(limit, 1, 20);
        return this.cache.get(new SearchResultCache.Key("top", parsed.spaced(), bounded, 0),
                () -> run(parsed, bounded, 0).stream().map(Row::hit).toList());
    }

    @Override
    public List<SearchHit> relevantPassages(String question, int limit,
            Function<Supplier<List<SearchHit>>, List<SearchHit>> onMiss) {
        AssistantQuery query = AssistantQuery.of(question);
        if (query.isEmpty()) {
            return List.of();
        }
        // The folded words, phrases and their weights are all the statement reads of the
        // question.
        return this.cache.get(new SearchResultCache.Key("assistant",
                query.words() + " " + query.weights() + " " + query.phrases() + " " + query.phraseWeights(), limit, 0),
                () -> onMiss.apply(() -> this.relevant.find(question, limit)));
    }

    private List<Row> run(SearchQuery query, int limit, long offset) {
        return this.jdbc.sql(SEARCH)
            .param("all", query.allWords())
            .param("any", query.anyWord())
            .param("spaced", query.spaced())
            .param("limit", limit)
            .param("offset", offset)
            .query((rs, n) -> new Row(rs.getString("kind"), rs.getString("key"), rs.getString("title"),
                    rs.getString("url"), rs.getString("body"), rs.getInt("level"), rs.getDouble("rank"),
                    rs.getString("snippet"), rs.getLong("total")))
            .list();
    }

    @Override
    @Transactional
    public void replaceAll(String kind, Collection<SearchDocument> documents) {
        lockIndex();
        this.cache.clear();
        this.jdbc.sql("delete from search_document where kind = :kind").param("kind", kind).update();
        documents.forEach(this::insert);
        refreshTerms();
    }

    @Override
    @Transactional
    public void upsert(SearchDocument document) {
        lockIndex();
        this.cache.clear();
        this.jdbc.sql("delete from search_document where kind = :kind and key = :key")
            .param("kind", document.kind())
            .param("key", document.key())
            .update();
        insert(document);
        refreshTerms();
    }

    @Override
    @Transactional
    public void remove(String kind, String key) {
        lockIndex();
        this.cache.clear();
        this.jdbc.sql("delete from search_document where kind = :kind and key = :key")
            .param("kind", kind)
            .param("key", key)
            .update();
        refreshTerms();
    }

    @Override
    public void forgetCachedResults() {
        this.cache.clear();
    }

    /**
     * One writer at a time, on every instance: two rebuilds (the startup one and a queued
     * refresh task, or two instances) would each delete the other's uncommitted rows
     * unseen and then collide on the primary key. The lock is PostgreSQL's, held until
     * the transaction ends; writes are rare, so waiting is cheap.
     */
    private void lockIndex() {
        this.jdbc.sql("select 1 from (select pg_advisory_xact_lock(:key)) locked")
            .param("key", INDEX_LOCK)
            .query(Integer.class)
            .single();
    }

    private void insert(SearchDocument document) {
        this.jdbc.sql("""
                insert into search_document (kind, key, title, body, url, phrasings)
                values (:kind, :key, :title, :body, :url,
                        coalesce((select string_agg(p.text, ' . ' order by p.id) from search_phrasing p
                                   where p.kind = :kind and p.key = :key), ''))
                """)
            .param("kind", document.kind())
            .param("key", document.key())
            .param("title", clean(document.title()))
            .param("body", clean(document.body()))
            .param("url", document.url())
            .update();
    }

    /**
     * Small: the index holds hundreds of documents, so the word list is rebuilt whole on
     * each change.
     */
    private void refreshTerms() {
        this.jdbc.sql("delete from search_term").update();
        this.jdbc.sql(REFRESH_TERMS).update();
    }

    private static String clean(String text) {
        return (text != null) ? CONTROL.matcher(text).replaceAll(" ") : "";
    }

    private record Row(String kind, String key, String title, String url, String body, int level, double rank,
            String snippet, long total) {

        SearchHit hit() {
            String passage = (this.body.length() > PASSAGE_LENGTH) ? this.body.substring(0, PASSAGE_LENGTH) + "…"
                    : this.body;
            return new SearchHit(this.kind, this.key, this.title, this.url, highlight(this.snippet), passage,
                    this.rank);
        }

        private static String highlight(String headline) {
            return HtmlUtils.htmlEscape((headline != null) ? headline : "")
                .replace(START, "<mark>")
                .replace(STOP, "</mark>");
        }
    }

}
