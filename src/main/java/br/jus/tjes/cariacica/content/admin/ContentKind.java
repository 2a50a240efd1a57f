package br.jus.tjes.cariacica.content.admin;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.Edited;

import org.springframework.ui.Model;

/**
 * One kind of content as the staff pages show it; {@link ContentPages} does the rest.
 *
 * @param section the path segment, the prefix of the kind's messages and the suffix of
 * its field template ({@code admin/conteudo/campos-<section>})
 * @param type the draft the kind's editor takes
 * @param newForm an empty form
 * @param rows the list's lines
 * @param choices what the form needs besides the item (the choices of a select)
 * @param items whether the kind is a list that grows and shrinks, a fixed list or one
 * item
 */
record ContentKind<D extends ContentDraft>(String section, Class<D> type, Supplier<ContentForm<D>> newForm,
        Function<List<Edited<D>>, List<ListRow>> rows, Consumer<Model> choices, Items items) {

    /** A kind whose items are added and removed, with no choices. */
    ContentKind(String section, Class<D> type, Supplier<ContentForm<D>> newForm, Function<Edited<D>, ListRow> row) {
        this(section, type, newForm, each(row), (model) -> {
        }, Items.ADDED_AND_REMOVED);
    }

    /** The form showing a stored item, with the version it was read at. */
    ContentForm<D> form(Edited<D> item) {
        var form = this.newForm.get();
        form.read(item.draft());
        form.version = item.version();
        return form;
    }

    /** The draft a form of this kind (the one bound for its section) holds. */
    @SuppressWarnings("unchecked")
    D draft(ContentForm<?> form) {
        return ((ContentForm<D>) form).toDraft(this.type);
    }

    static <D extends ContentDraft> Function<List<Edited<D>>, List<ListRow>> each(Function<Edited<D>, ListRow> row) {
        return (items) -> items.stream().map(row).toList();
    }

    enum Items {

        /** Staff add and remove items. */
        ADDED_AND_REMOVED,

        /**
         * The items are fixed (the public site has a route for each); staff edit them.
         */
        FIXED,

        /** There is one item, edited at the section's own address. */
        ONE

    }

}
