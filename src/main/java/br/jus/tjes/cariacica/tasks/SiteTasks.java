package br.jus.tjes.cariacica.tasks;

import java.util.List;
import java.util.UUID;

/**
 * The site's chains of tasks. The content module runs {@link #REFRESH_SEARCH} and the
 * staff module runs {@link #IMPORT_HEARINGS}, each with a {@link TaskHandler} bean of
 * that type; {@link #EVICT_PAGE_CACHES} clears every cache of the application's
 * {@code CacheManager} (nothing to do without one).
 */
public interface SiteTasks {

    /**
     * Imports a hearings CSV (HIGH); its payload is whatever the staff module needs to
     * find the file.
     */
    String IMPORT_HEARINGS = "audiencias-importar";

    /** Brings the search index in step with the published content (NORMAL). */
    String REFRESH_SEARCH = "busca-atualizar";

    /**
     * Drops cached pages so citizens see the new content (NORMAL), after the search
     * refresh.
     */
    String EVICT_PAGE_CACHES = "paginas-limpar-cache";

    /**
     * Import hearings, then refresh search, then evict page caches, each only after the
     * one before succeeded. Returns the three ids in that order; the first one's progress
     * is what staff follow.
     */
    List<UUID> importHearings(String payload);

}
