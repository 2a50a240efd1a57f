package br.jus.tjes.cariacica.content;

/**
 * The background tasks this module runs, by their {@code TaskHandler} type (the names
 * staff see on the task board).
 */
public final class ContentTasks {

    /**
     * Applies a confirmed hearing import (HIGH), then clears the content caches and
     * rebuilds the search index once; the payload is the id of the staged import.
     */
    public static final String IMPORT_HEARINGS = "audiencias-importar";

    /**
     * Clears the content caches and brings the search index in step with the published
     * content (NORMAL).
     */
    public static final String REFRESH_SEARCH = "busca-atualizar";

    private ContentTasks() {
    }

}
