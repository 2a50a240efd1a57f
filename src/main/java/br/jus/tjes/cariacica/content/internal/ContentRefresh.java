package br.jus.tjes.cariacica.content.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import br.jus.tjes.cariacica.content.ContentCachesCleared;
import br.jus.tjes.cariacica.content.ContentChanged;
import br.jus.tjes.cariacica.content.ContentTasks;
import br.jus.tjes.cariacica.content.SiteContent;
import br.jus.tjes.cariacica.content.Unit;
import br.jus.tjes.cariacica.search.SearchDocument;
import br.jus.tjes.cariacica.search.SearchIndex;
import br.jus.tjes.cariacica.tasks.TaskContext;
import br.jus.tjes.cariacica.tasks.TaskHandler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps what readers see in step with the database: at startup the search index is
 * filled, and after each committed edit the caches are cleared first and the index
 * rebuilt from the fresh content. Counts both ({@code court.content.cache.clears} with
 * {@code cause=edit}, {@code court.search.reindexes}), so one edit can be seen to cost
 * one of each. It is also the background task {@link ContentTasks#REFRESH_SEARCH}, for
 * operators and for chains that need it: rebuilding the index is idempotent, so a retry
 * or a rerun after a crash is harmless.
 */
@Component
class ContentRefresh implements TaskHandler {

    private static final Logger log = LoggerFactory.getLogger(ContentRefresh.class);

    private final SiteContent content;

    private final ContentCaches caches;

    private final SearchIndex searchIndex;

    private final Clock clock;

    private final MessageSource messages;

    private final Counter reindexes;

    ContentRefresh(SiteContent content, ContentCaches caches, SearchIndex searchIndex, Clock clock,
            MessageSource messages, MeterRegistry meters) {
        this.content = content;
        this.caches = caches;
        this.searchIndex = searchIndex;
        this.clock = clock;
        this.messages = messages;
        this.reindexes = Counter.builder("court.search.reindexes")
            .description("Rebuilds of the search index from the published content")
            .register(meters);
    }

    /**
     * The index is shared by every instance and survives restarts, so a failed rebuild
     * here leaves the previous one serving; it must not stop the site from starting. The
     * next edit or refresh task rebuilds it.
     */
    @EventListener(ApplicationReadyEvent.class)
    void indexAtStartup() {
        try {
            reindex();
        }
        catch (RuntimeException ex) {
            log.warn("The search index could not be rebuilt at startup; the previous index keeps serving", ex);
        }
    }

    /**
     * In a new transaction: after commit the writer's persistence context is still bound
     * to the thread, and reading through it would cache the entities as the writer held
     * them (a FAQ category without its new entry, say).
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void contentChanged(ContentChanged event) {
        log.info("Content changed ({}): clearing the content caches and rebuilding the search index", event.what());
        refresh();
    }

    /**
     * Another instance's edit (seen through the content revision) changed the shared
     * search index too: this instance's cached search results go with its content caches.
     */
    @EventListener
    void contentCachesCleared(ContentCachesCleared event) {
        this.searchIndex.forgetCachedResults();
    }

    @Override
    public String type() {
        return ContentTasks.REFRESH_SEARCH;
    }

    @Override
    public void run(TaskContext context) {
        refresh();
    }

    void refresh() {
        this.caches.clearAfterEdit();
        reindex();
    }

    private void reindex() {
        this.reindexes.increment();
        var documents = documents(this.content.unit(), this.clock.instant());
        for (String kind : List.of(SearchDocument.PAGE, SearchDocument.SERVICE, SearchDocument.FAQ,
                SearchDocument.NOTICE)) {
            this.searchIndex.replaceAll(kind, documents.stream().filter((d) -> d.kind().equals(kind)).toList());
        }
    }

    /**
     * Every searchable item: the unit's two pages, the free pages, services, FAQ,
     * notices.
     */
    private List<SearchDocument> documents(Unit unit, Instant now) {
        var documents = new ArrayList<SearchDocument>();
        String handles = text(unit.handlesHtml());
        // The unit's name is searchable on its page, but not repeated when the text
        // says it: an answer quoting the page began "2ª Vara Cível de Cariacica A 2ª
        // Vara Cível de Cariacica julga…".
        String named = handles.contains(unit.name()) ? handles : unit.name() + ". " + handles;
        documents.add(new SearchDocument(
                SearchDocument.PAGE, "a-vara", message("busca.indice.a-vara"), String.join(" ", named,
                        text(unit.notHandledHtml()), unit.address().oneLine(), text(unit.accessibilityHtml())),
                "/a-vara"));
        String attendance = unit.channels()
            .stream()
            .map((channel) -> channel.name() + ": " + channel.contact() + ". " + text(channel.descriptionHtml()) + " ")
            .collect(Collectors.joining())
                + String.join(" ", text(unit.plantaoHtml()), text(unit.ouvidoriaHtml()), text(unit.defensoriaHtml()));
        documents.add(new SearchDocument(SearchDocument.PAGE, "atendimento", message("busca.indice.atendimento"),
                attendance, "/atendimento"));
        for (String slug : List.of("acessibilidade", "privacidade")) {
            this.content.page(slug)
                .ifPresent((page) -> documents.add(new SearchDocument(SearchDocument.PAGE, page.slug(), page.title(),
                        page.bodyText(), "/" + page.slug())));
        }
        for (var s : this.content.serviceGuides()) {
            documents.add(new SearchDocument(SearchDocument.SERVICE, s.slug(), s.title(),
                    s.summary() + " " + s.bodyText(), "/servicos/" + s.slug()));
        }
        for (var c : this.content.faq()) {
            for (var e : c.entries()) {
                documents.add(new SearchDocument(SearchDocument.FAQ, e.slug(), e.question(),
                        c.name() + ". " + e.answerText(), "/perguntas-frequentes#" + e.slug()));
            }
        }
        for (var n : this.content.publishedNotices()) {
            if (n.isVisibleAt(now)) {
                documents.add(new SearchDocument(SearchDocument.NOTICE, n.slug(), n.title(),
                        n.summary() + " " + n.bodyText(), "/avisos/" + n.slug()));
            }
        }
        return documents;
    }

    private String message(String key) {
        return this.messages.getMessage(key, null, Locale.forLanguageTag("pt-BR"));
    }

    private static String text(String html) {
        return org.jsoup.Jsoup.parse(html).text();
    }

}
