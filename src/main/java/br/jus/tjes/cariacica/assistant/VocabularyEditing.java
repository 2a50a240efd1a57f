package br.jus.tjes.cariacica.assistant;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.audit.AuditEvent;
import br.jus.tjes.cariacica.audit.AuditLog;
import br.jus.tjes.cariacica.search.SearchDocument;
import br.jus.tjes.cariacica.search.SearchVocabulary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff changes to what the assistant's retrieval understands, each checked and audited
 * in the transaction of the change: synonyms ({@code sinonimo:<palavra>}) and alternative
 * phrasings of FAQ entries ({@code forma-de-perguntar:<entrada>}).
 */
@Service
class VocabularyEditing {

    static final int MAX_WORD = 60;

    /**
     * A synonym's key is a word or an expression of up to three words ("advogado de
     * graça"): the assistant's retrieval looks up runs of two and three words too.
     */
    static final int MAX_WORDS_IN_KEY = 3;

    static final int MAX_EXPANSION = 300;

    static final int MIN_PHRASING = 3;

    static final int MAX_PHRASING = 300;

    private final SearchVocabulary vocabulary;

    private final AuditLog audit;

    private final StaffWords staffWords;

    VocabularyEditing(SearchVocabulary vocabulary, AuditLog audit, StaffWords staffWords) {
        this.vocabulary = vocabulary;
        this.audit = audit;
        this.staffWords = staffWords;
    }

    /**
     * Adds or replaces a synonym.
     * @param word the word citizens write
     * @param expansion the words of the site it stands for
     * @return the message key of the outcome
     */
    @Transactional
    String saveSynonym(String word, String expansion) {
        String key = SearchVocabulary.normalised(word);
        String words = SearchVocabulary.normalised(expansion);
        if (key.isEmpty() || key.split(" ").length > MAX_WORDS_IN_KEY || key.length() > MAX_WORD) {
            return "revisao.vocabulario.sinonimo.palavra-invalida";
        }
        if (words.isEmpty() || words.length() > MAX_EXPANSION) {
            return "revisao.vocabulario.sinonimo.significado-invalido";
        }
        var before = this.vocabulary.saveSynonym(key, words);
        this.staffWords.changed();
        this.audit
            .record(AuditEvent.change((before.isPresent()) ? AuditAction.CONTENT_UPDATED : AuditAction.CONTENT_CREATED,
                    "sinonimo:" + key, before.map(SearchVocabulary.Synonym::expansion).orElse(null), words));
        return "revisao.vocabulario.sinonimo.salvo";
    }

    /**
     * Removes a synonym.
     * @param word the word
     * @return the message key of the outcome
     */
    @Transactional
    String removeSynonym(String word) {
        String key = SearchVocabulary.normalised(word);
        var removed = this.vocabulary.removeSynonym(key);
        this.staffWords.changed();
        if (removed.isEmpty()) {
            return "revisao.vocabulario.sinonimo.inexistente";
        }
        this.audit
            .record(AuditEvent.change(AuditAction.CONTENT_DELETED, "sinonimo:" + key, removed.get().expansion(), null));
        return "revisao.vocabulario.sinonimo.apagado";
    }

    /**
     * Adds an alternative phrasing to an FAQ entry.
     * @param entry the entry's key (its slug)
     * @param text the phrasing, as a citizen wrote it
     * @return the message key of the outcome
     */
    @Transactional
    String addPhrasing(String entry, String text) {
        String phrasing = (text != null) ? text.strip().replaceAll("\\s+", " ") : "";
        if (phrasing.length() < MIN_PHRASING || phrasing.length() > MAX_PHRASING) {
            return "revisao.vocabulario.forma.texto-invalido";
        }
        if (entry == null || entry.isBlank()) {
            return "revisao.vocabulario.forma.entrada-invalida";
        }
        var added = this.vocabulary.addPhrasing(SearchDocument.FAQ, entry, phrasing);
        if (added.isEmpty()) {
            return "revisao.vocabulario.forma.nao-adicionada";
        }
        this.staffWords.changed();
        this.audit
            .record(AuditEvent.change(AuditAction.CONTENT_CREATED, "forma-de-perguntar:" + entry, null, phrasing));
        return "revisao.vocabulario.forma.salva";
    }

    /**
     * Removes an alternative phrasing.
     * @param id the phrasing's id
     * @return the message key of the outcome
     */
    @Transactional
    String removePhrasing(long id) {
        var removed = this.vocabulary.removePhrasing(id);
        this.staffWords.changed();
        if (removed.isEmpty()) {
            return "revisao.vocabulario.forma.inexistente";
        }
        this.audit.record(AuditEvent.change(AuditAction.CONTENT_DELETED,
                "forma-de-perguntar:" + removed.get().target().key(), removed.get().text(), null));
        return "revisao.vocabulario.forma.apagada";
    }

    SearchVocabulary vocabulary() {
        return this.vocabulary;
    }

}
