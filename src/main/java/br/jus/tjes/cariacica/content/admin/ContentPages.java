package br.jus.tjes.cariacica.content.admin;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import br.jus.tjes.cariacica.content.ContentConflictException;
import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditor;
import br.jus.tjes.cariacica.content.ContentNotFoundException;
import br.jus.tjes.cariacica.content.ContentRuleException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.DirectFieldAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of every kind of content ({@link ContentKind}): a list, a form to create, a
 * form to edit (carrying the version it was read at) and a delete button. Every change is
 * a POST answered by a redirect with a flash message; a form with errors comes back with
 * them next to its inputs, and a save over someone else's newer change comes back with
 * 409 and the conflict message, the editor's text kept in the form and the stored item
 * untouched.
 */
@Controller
@RequestMapping("/admin/conteudo")
class ContentPages {

    static final String LIST = "admin/conteudo/lista";

    static final String FORM = "admin/conteudo/formulario";

    /** A slug, or nothing (one is then made from the title). */
    static final String SLUG_OR_EMPTY = "^$|^\\s*[a-z0-9]+(-[a-z0-9]+)*\\s*$";

    private static final String FORM_RESULT = BindingResult.MODEL_KEY_PREFIX + "form";

    private final Map<String, ContentKind<?>> kinds;

    ContentPages(ContentEditor<ContentDraft.UrgentNotice> urgentNotices, ContentEditor<ContentDraft.Notice> notices,
            ContentEditor<ContentDraft.ServiceGuide> guides, ContentEditor<ContentDraft.FaqEntry> faq,
            ContentEditor<ContentDraft.Unit> unit, ContentEditor<ContentDraft.Channel> channels,
            ContentEditor<ContentDraft.Closure> closures, ContentEditor<ContentDraft.Page> pages, Clock clock) {
        this.kinds = Stream
            .of(UrgentNoticeForm.kind(urgentNotices, clock), NoticeForm.kind(notices), ServiceGuideForm.kind(guides),
                    FaqEntryForm.kind(faq), UnitForm.kind(unit), ChannelForm.kind(channels), ClosureForm.kind(closures),
                    PageForm.kind(pages))
            .collect(Collectors.toMap(ContentKind::section, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The content section of the staff area: one link per kind of content. */
    @GetMapping
    String home(Model model) {
        model.addAttribute("secoes", List.copyOf(this.kinds.keySet()));
        return "admin/conteudo/inicio";
    }

    /**
     * The form a POST binds onto: the section's own.
     * @param section the kind's section, absent on the home page
     * @return an empty form of that kind, or null
     */
    @ModelAttribute("form")
    @Nullable ContentForm<?> form(@PathVariable(name = "secao", required = false) @Nullable String section) {
        return (section != null) ? kind(section).newForm().get() : null;
    }

    @GetMapping("/{secao}")
    String list(@PathVariable("secao") String section, Model model) {
        var kind = kind(section);
        if (kind.items() == ContentKind.Items.ONE) {
            return showForm(model, kind, kind.formOf(null), null);
        }
        model.addAttribute("secao", section);
        model.addAttribute("linhas", kind.lines());
        model.addAttribute("criaEExclui", addsAndRemoves(kind));
        return LIST;
    }

    @GetMapping({ "/{secao}/novo", "/{secao}/nova" })
    String newForm(@PathVariable("secao") String section,
            @RequestParam(name = "pergunta", required = false) @Nullable String question, Model model) {
        var kind = kind(section, ContentKind.Items.ADDED_AND_REMOVED);
        var form = kind.newForm().get();
        if (question != null) {
            form.prefill(question);
        }
        return showForm(model, kind, form, null);
    }

    @GetMapping("/{secao}/{id}")
    String edit(@PathVariable("secao") String section, @PathVariable long id, Model model) {
        var kind = kind(section, ContentKind.Items.ADDED_AND_REMOVED, ContentKind.Items.FIXED);
        return showForm(model, kind, kind.formOf(id), id);
    }

    /** Creates an item (no id) or updates one; only a kind that adds items creates. */
    @PostMapping({ "/{secao}/novo", "/{secao}/nova", "/{secao}/{id}" })
    String createOrUpdate(@PathVariable("secao") String section, @PathVariable(required = false) @Nullable Long id,
            @Valid @ModelAttribute("form") ContentForm<?> form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var kind = (id != null) ? kind(section, ContentKind.Items.ADDED_AND_REMOVED, ContentKind.Items.FIXED)
                : kind(section, ContentKind.Items.ADDED_AND_REMOVED);
        return save(kind, id, form, binding, model, response, redirect);
    }

    /** Saves a kind that has one item, at the section's own address. */
    @PostMapping("/{secao}")
    String updateOne(@PathVariable("secao") String section, @Valid @ModelAttribute("form") ContentForm<?> form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var kind = kind(section);
        if (kind.items() != ContentKind.Items.ONE) {
            throw new ResponseStatusException(HttpStatus.METHOD_NOT_ALLOWED);
        }
        return save(kind, kind.one().id(), form, binding, model, response, redirect);
    }

    @PostMapping("/{secao}/{id}/excluir")
    String delete(@PathVariable("secao") String section, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        var kind = kind(section, ContentKind.Items.ADDED_AND_REMOVED);
        try {
            kind.editor().delete(id, version);
            redirect.addFlashAttribute("mensagem", "conteudo.excluido");
            return "redirect:/admin/conteudo/" + section;
        }
        catch (ContentConflictException ex) {
            redirect.addFlashAttribute("erro", "conteudo.conflito.exclusao");
            return "redirect:/admin/conteudo/" + section + "/" + id;
        }
        catch (ContentNotFoundException ex) {
            redirect.addFlashAttribute("erro", "conteudo.ja-excluido");
            return "redirect:/admin/conteudo/" + section;
        }
    }

    private String save(ContentKind<?> kind, @Nullable Long id, ContentForm<?> form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        boolean one = kind.items() == ContentKind.Items.ONE;
        form.validate(binding);
        if (!binding.hasErrors()) {
            try {
                long saved = kind.save(id, form);
                redirect.addFlashAttribute("mensagem", (id != null) ? "conteudo.salvo" : "conteudo.criado");
                return "redirect:/admin/conteudo/" + kind.section() + (one ? "" : "/" + saved);
            }
            catch (ContentRuleException ex) {
                reject(binding, form, ex);
            }
            catch (ContentConflictException ex) {
                binding.reject("conteudo.conflito");
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        return showForm(model, kind, form, one ? null : id);
    }

    private String showForm(Model model, ContentKind<?> kind, ContentForm<?> form, @Nullable Long id) {
        model.addAttribute("form", form);
        if (!model.containsAttribute(FORM_RESULT)) {
            // A form not bound from this request: its fields are read the same way.
            model.addAttribute(FORM_RESULT, new DirectFieldBindingResult(form, "form"));
        }
        model.addAttribute("secao", kind.section());
        model.addAttribute("itemId", id);
        model.addAttribute("criaEExclui", addsAndRemoves(kind));
        kind.choices().accept(model);
        return FORM;
    }

    /**
     * The section's kind: a 404 when there is none, or when its items are none of those
     * the page is for.
     * @param items the kinds of items the page is for, or none for any
     */
    private ContentKind<?> kind(String section, ContentKind.Items... items) {
        var kind = this.kinds.get(section);
        if (kind == null || (items.length > 0 && !List.of(items).contains(kind.items()))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return kind;
    }

    private static boolean addsAndRemoves(ContentKind<?> kind) {
        return kind.items() == ContentKind.Items.ADDED_AND_REMOVED;
    }

    static void reject(BindingResult binding, Object form, ContentRuleException ex) {
        if (ex.field() != null && new DirectFieldAccessor(form).isReadableProperty(ex.field())) {
            binding.rejectValue(ex.field(), ex.messageKey());
        }
        else {
            binding.reject(ex.messageKey());
        }
    }

}
