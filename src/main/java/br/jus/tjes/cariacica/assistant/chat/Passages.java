package br.jus.tjes.cariacica.assistant.chat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import br.jus.tjes.cariacica.assistant.CourtFacts;
import br.jus.tjes.cariacica.assistant.upstream.Passage;
import br.jus.tjes.cariacica.search.SearchHit;
import br.jus.tjes.cariacica.search.SiteSearch;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The court's content for one question: the site's search passages and the unit's facts,
 * each with an id the model can cite ({@code F1}, {@code F2}…).
 */
final class Passages {

    private static final int MAX_PASSAGE_CHARS = 1500;

    private final ObjectProvider<SiteSearch> search;

    private final CourtFacts facts;

    private final int limit;

    Passages(ObjectProvider<SiteSearch> search, CourtFacts facts, int limit) {
        this.search = search;
        this.facts = facts;
        this.limit = limit;
    }

    /**
     * Every fact (they are few and short), then the best search hits: what the model
     * reads.
     */
    List<Passage> forModel(String question) {
        List<Passage> passages = new ArrayList<>();
        for (CourtFacts.Fact fact : this.facts.facts()) {
            passages.add(new Passage("F" + (passages.size() + 1), fact.title(), fact.url(), fact.text()));
        }
        for (SearchHit hit : hits(question)) {
            passages.add(new Passage("F" + (passages.size() + 1), hit.title(), hit.url(), shortened(hit.passage())));
        }
        return passages;
    }

    /**
     * The facts whose keywords the question mentions, then the best search hits: what the
     * knowledge base shows.
     */
    List<Passage> forKnowledgeBase(String question) {
        String normalised = normalised(question);
        List<String> words = List.of(normalised.split("[^a-z0-9-]+"));
        List<Passage> passages = new ArrayList<>();
        for (CourtFacts.Fact fact : this.facts.facts()) {
            if (fact.keywords().stream().anyMatch((keyword) -> mentions(normalised, words, keyword))) {
                passages.add(new Passage("F" + (passages.size() + 1), fact.title(), fact.url(), fact.text()));
            }
        }
        for (SearchHit hit : hits(question)) {
            passages.add(new Passage("F" + (passages.size() + 1), hit.title(), hit.url(), shortened(hit.passage())));
        }
        return passages;
    }

    /**
     * A whole word, a longer word's beginning ("funciona" in "funcionamento"), or a
     * phrase.
     */
    private static boolean mentions(String question, List<String> words, String keyword) {
        if (keyword.contains(" ")) {
            return question.contains(keyword);
        }
        return words.stream()
            .anyMatch((word) -> word.equals(keyword) || (keyword.length() >= 6 && word.startsWith(keyword)));
    }

    private List<SearchHit> hits(String question) {
        SiteSearch siteSearch = this.search.getIfAvailable();
        return (siteSearch != null) ? siteSearch.topPassages(question, this.limit)
                : siteSearch.topPassages(question, this.limit);
    }

    static String normalised(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static String shortened(String text) {
        if (text == null) {
            return "";
        }
        return (text.length() <= MAX_PASSAGE_CHARS) ? text : text.substring(0, MAX_PASSAGE_CHARS) + "…";
    }

}
