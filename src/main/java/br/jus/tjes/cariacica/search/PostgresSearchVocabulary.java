package br.jus.tjes.cariacica.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Synonyms and phrasings in PostgreSQL. A phrasing is also copied into its document's row
 * ({@code search_document.phrasings}), so the next query finds it; a full re-index copies
 * them again.
 */
@Service
class PostgresSearchVocabulary implements SearchVocabulary {

    private static final String PHRASINGS = """
            select p.id, p.kind, p.key, d.title, p.text
              from search_phrasing p join search_document d on d.kind = p.kind and d.key = p.key
            """;

    private final JdbcClient jdbc;

    private final SearchResultCache cache;

    PostgresSearchVocabulary(JdbcClient jdbc, SearchResultCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Synonym> synonyms() {
        return this.jdbc.sql("select word, expansion from search_synonym order by word")
            .query((rs, n) -> new Synonym(rs.getString("word"), rs.getString("expansion")))
            .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> staffWords() {
        return Set
            .copyOf(this.jdbc.sql("select word from search_synonym where added_by_staff").query(String.class).list());
    }

    @Override
    @Transactional
    public Optional<Synonym> saveSynonym(String word, String expansion) {
        Optional<Synonym> before = synonym(word);
        this.cache.clear();
        this.jdbc.sql("""
                insert into search_synonym (word, expansion, added_by_staff) values (:word, :expansion, true)
                on conflict (word) do update
                  set expansion = excluded.expansion, added_by_staff = true, updated_at = now()
                """).param("word", word).param("expansion", expansion).update();
        return before;
    }

    @Override
    @Transactional
    public Optional<Synonym> removeSynonym(String word) {
        Optional<Synonym> before = synonym(word);
        this.cache.clear();
        this.jdbc.sql("delete from search_synonym where word = :word").param("word", word).update();
        return before;
    }

    private Optional<Synonym> synonym(String word) {
        return this.jdbc.sql("select word, expansion from search_synonym where word = :word")
            .param("word", word)
            .query((rs, n) -> new Synonym(rs.getString("word"), rs.getString("expansion")))
            .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Phrasing> phrasings() {
        return this.jdbc.sql(PHRASINGS + " order by d.title, p.id").query((rs, n) -> phrasing(rs)).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Phrasing.Target> faqEntries() {
        return this.jdbc.sql("select kind, key, title from search_document where kind = :kind order by title")
            .param("kind", SearchDocument.FAQ)
            .query((rs, n) -> new Phrasing.Target(rs.getString("kind"), rs.getString("key"), rs.getString("title")))
            .list();
    }

    @Override
    @Transactional
    public Optional<Phrasing> addPhrasing(String kind, String key, String text) {
        boolean indexed = this.jdbc.sql("select count(*) from search_document where kind = :kind and key = :key")
            .param("kind", kind)
            .param("key", key)
            .query(Long.class)
            .single() > 0;
        if (!indexed) {
            return Optional.empty();
        }
        Optional<Long> id = this.jdbc.sql("""
                insert into search_phrasing (kind, key, text) values (:kind, :key, :text)
                on conflict do nothing returning id
                """).param("kind", kind).param("key", key).param("text", text).query(Long.class).optional();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        reindex(kind, key);
        return phrasing(id.get());
    }

    @Override
    @Transactional
    public Optional<Phrasing> removePhrasing(long id) {
        Optional<Phrasing> before = phrasing(id);
        before.ifPresent((phrasing) -> {
            this.jdbc.sql("delete from search_phrasing where id = :id").param("id", id).update();
            reindex(phrasing.target().kind(), phrasing.target().key());
        });
        return before;
    }

    private Optional<Phrasing> phrasing(long id) {
        return this.jdbc.sql(PHRASINGS + " where p.id = :id").param("id", id).query((rs, n) -> phrasing(rs)).optional();
    }

    private void reindex(String kind, String key) {
        this.cache.clear();
        this.jdbc.sql("select 1 from (select pg_advisory_xact_lock(:key)) locked")
            .param("key", PostgresSiteSearch.INDEX_LOCK)
            .query(Integer.class)
            .single();
        this.jdbc.sql("""
                update search_document d
                   set phrasings = coalesce((select string_agg(p.text, ' . ' order by p.id) from search_phrasing p
                                              where p.kind = d.kind and p.key = d.key), ''),
                       updated_at = now()
                 where d.kind = :kind and d.key = :key
                """).param("kind", kind).param("key", key).update();
        this.jdbc.sql("delete from search_term").update();
        this.jdbc.sql(PostgresSiteSearch.REFRESH_TERMS).update();
    }

    private static Phrasing phrasing(ResultSet rs) throws SQLException {
        return new Phrasing(rs.getLong("id"),
                new Phrasing.Target(rs.getString("kind"), rs.getString("key"), rs.getString("title")),
                rs.getString("text"));
    }

}
