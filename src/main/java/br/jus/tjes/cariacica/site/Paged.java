package br.jus.tjes.cariacica.site;

import java.util.List;

/**
 * One page of an in-memory list, numbered from 1 as shown to people. A page number that
 * is not a number or is out of range falls back to page 1 with an error message key, so
 * the page can say so instead of failing.
 */
public record Paged<T>(List<T> items, int page, int totalPages, long total, String errorKey) {

    static final String INVALID_PAGE = "paginacao.erro.invalida";

    static <T> Paged<T> of(List<T> all, String rawPage, int pageSize) {
        int totalPages = Math.max(1, (all.size() + pageSize - 1) / pageSize);
        int page = 1;
        String error = null;
        if (rawPage != null && !rawPage.isBlank()) {
            try {
                page = Integer.parseInt(rawPage.strip());
            }
            catch (NumberFormatException ex) {
                page = -1;
            }
            if (page < 1 || page > totalPages) {
                page = 1;
                error = INVALID_PAGE;
            }
        }
        int from = (page - 1) * pageSize;
        var items = all.subList(Math.min(from, all.size()), Math.min(from + pageSize, all.size()));
        return new Paged<>(List.copyOf(items), page, totalPages, all.size(), error);
    }

    public boolean hasPrevious() {
        return this.page > 1;
    }

    public boolean hasNext() {
        return this.page < this.totalPages;
    }

    public boolean hasError() {
        return this.errorKey != null;
    }
}
