package br.jus.tjes.cariacica.content.admin;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditing;
import br.jus.tjes.cariacica.content.Edited;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * FAQ entries. The new-entry form takes {@code ?pergunta=} so the assistant's review can
 * open it with a question citizens asked and found no answer to.
 */
@Controller
@RequestMapping("/admin/conteudo/faq")
class FaqEntryPages extends ContentPages<FaqEntryForm, ContentDraft.FaqEntry> {

    private static final int MAX_PREFILL = 300;

    private final ContentEditing editing;

    FaqEntryPages(ContentEditing editing) {
        super(editing.faqEntries());
        this.editing = editing;
    }

    @Override
    String section() {
        return "faq";
    }

    @Override
    FaqEntryForm emptyForm() {
        return new FaqEntryForm();
    }

    @Override
    FaqEntryForm formOf(ContentDraft.FaqEntry draft) {
        return FaqEntryForm.of(draft);
    }

    @Override
    ListRow row(Edited<ContentDraft.FaqEntry> item) {
        return row(item, categoryNames());
    }

    @Override
    List<ListRow> rows(List<Edited<ContentDraft.FaqEntry>> items) {
        var names = categoryNames();
        return items.stream().map((item) -> row(item, names)).toList();
    }

    private static ListRow row(Edited<ContentDraft.FaqEntry> item, Map<Long, String> categoryNames) {
        return new ListRow(item.id(), item.draft().question(), categoryNames.get(item.draft().categoryId()), null);
    }

    @Override
    void addChoices(Model model) {
        model.addAttribute("categorias", this.editing.faqCategories());
    }

    /** The form with the question already written (from the assistant's review). */
    @GetMapping(value = { "/novo", "/nova" }, params = "pergunta")
    String newFormFor(@RequestParam("pergunta") String question, Model model) {
        String view = super.newForm(model);
        var form = (FaqEntryForm) model.getAttribute("form");
        String text = question.strip();
        form.setQuestion((text.length() > MAX_PREFILL) ? text.substring(0, MAX_PREFILL) : text);
        return view;
    }

    private Map<Long, String> categoryNames() {
        return this.editing.faqCategories()
            .stream()
            .collect(Collectors.toMap(ContentEditing.FaqCategoryChoice::id, ContentEditing.FaqCategoryChoice::name));
    }

}
