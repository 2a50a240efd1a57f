package br.jus.tjes.cariacica.content.admin;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditor;
import br.jus.tjes.cariacica.content.ContentNotFoundException;
import br.jus.tjes.cariacica.content.Edited;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;

/**
 * One kind of content as the staff pages show it; {@link ContentPages} does the rest.
 *
 * @param section the path segment, the prefix of the kind's messages and the suffix of
 * its field template ({@code admin/conteudo/campos-<section>})
 * @param choices what the form needs besides the item (the choices of a select)
 * @param items whether the kind is a list that grows and shrinks, a fixed list or one
 * item
 */
record ContentKind<D extends ContentDraft>(String section, ContentEditor<D> editor, Supplier<ContentForm<D>> newForm,
        Function<List<Edited<D>>, List<ListRow>> rows, Consumer<Model> choices, Items items) {

    /** A kind whose items are added and removed, with no choices. */
    ContentKind(String section, ContentEditor<D> editor, Supplier<ContentForm<D>> newForm,
            Function<Edited<D>, ListRow> row) {
        this(section, editor, newForm, each(row), (model) -> {
        }, Items.ADDED_AND_REMOVED);
    }

    /** The list's lines, one per stored item. */
    List<ListRow> lines() {
        return this.rows.apply(this.editor.list());
    }

    /**
     * The form showing a stored item, with the version it was read at.
     * @param id the item, or null for the one item of a kind that has one
     */
    ContentForm<D> formOf(@Nullable Long id) {
        Edited<D> item = (id != null) ? this.editor.get(id) : one();
        var form = this.newForm.get();
        form.read(item.draft());
        form.version = item.version();
        return form;
    }

    /** The one item of a kind that has one. */
    Edited<D> one() {
        return this.editor.list().stream().findFirst().orElseThrow(() -> new ContentNotFoundException(this.section));
    }

    /**
     * Saves the draft a form of this kind (the one bound for its section) holds.
     * @param id the item to update at the version the form names, or null to create one
     * @param form the form, without errors
     */
    @SuppressWarnings("unchecked")
    long save(@Nullable Long id, ContentForm<?> form) {
        D draft = ((ContentForm<D>) form).toDraft();
        if (id == null) {
            return this.editor.create(draft);
        }
        this.editor.update(id, form.version, draft);
        return id;
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
