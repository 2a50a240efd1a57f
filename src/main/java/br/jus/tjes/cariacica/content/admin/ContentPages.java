package br.jus.tjes.cariacica.content.admin;

import java.util.List;

import br.jus.tjes.cariacica.content.ContentConflictException;
import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditor;
import br.jus.tjes.cariacica.content.ContentNotFoundException;
import br.jus.tjes.cariacica.content.ContentRuleException;
import br.jus.tjes.cariacica.content.Edited;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of one kind of content: a list, a form to create, a form to edit (carrying
 * the version it was read at) and a delete button. Every change is a POST answered by a
 * redirect with a flash message; a form with errors comes back with them next to its
 * inputs, and a save over someone else's newer change comes back with 409 and the
 * conflict message, the editor's text kept in the form and the stored item untouched.
 */
abstract class ContentPages<F extends ContentForm<D>, D extends ContentDraft> {

    static final String LIST = "admin/conteudo/lista";
    static final String FORM = "admin/conteudo/formulario";

    private final ContentEditor<D> editor;

    ContentPages(ContentEditor<D> editor) {
        this.editor = editor;
    }

    /** The path segment and message key prefix, for example {@code "avisos"}. */
    abstract String section();

    abstract F emptyForm();

    abstract F formOf(D draft);

    abstract ListRow row(Edited<D> item);

    /** The list's lines; override to read what all rows share once. */
    List<ListRow> rows(List<Edited<D>> items) {
        return items.stream().map(this::row).toList();
    }

    /** Whether items of this kind can be added and removed (the free pages cannot). */
    boolean addsAndRemoves() {
        return true;
    }

    /** Extra checks a form needs beyond its annotations. */
    void validate(F form, BindingResult binding) {
    }

    /** What the form needs besides the item (choices of a select, for one). */
    void addChoices(Model model) {
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("secao", section());
        model.addAttribute("linhas", rows(this.editor.list()));
        model.addAttribute("criaEExclui", addsAndRemoves());
        return LIST;
    }

    @GetMapping({ "/novo", "/nova" })
    String newForm(Model model) {
        requireAddsAndRemoves();
        return showForm(model, emptyForm(), null);
    }

    @PostMapping({ "/novo", "/nova" })
    String create(@Valid @ModelAttribute("form") F form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        requireAddsAndRemoves();
        validate(form, binding);
        if (!binding.hasErrors()) {
            try {
                long id = this.editor.create(form.toDraft());
                redirect.addFlashAttribute("mensagem", "conteudo.criado");
                return "redirect:/admin/conteudo/" + section() + "/" + id;
            }
            catch (ContentRuleException ex) {
                reject(binding, form, ex);
            }
        }
        return showForm(model, form, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var item = this.editor.get(id);
        var form = formOf(item.draft());
        form.setVersion(item.version());
        return showForm(model, form, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        validate(form, binding);
        if (!binding.hasErrors()) {
            try {
                this.editor.update(id, form.getVersion(), form.toDraft());
                redirect.addFlashAttribute("mensagem", "conteudo.salvo");
                return "redirect:/admin/conteudo/" + section() + "/" + id;
            }
            catch (ContentRuleException ex) {
                reject(binding, form, ex);
            }
            catch (ContentConflictException ex) {
                binding.reject("conteudo.conflito");
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        return showForm(model, form, id);
    }

    @PostMapping("/{id}/excluir")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        requireAddsAndRemoves();
        try {
            this.editor.delete(id, version);
            redirect.addFlashAttribute("mensagem", "conteudo.excluido");
            return "redirect:/admin/conteudo/" + section();
        }
        catch (ContentConflictException ex) {
            redirect.addFlashAttribute("erro", "conteudo.conflito.exclusao");
            return "redirect:/admin/conteudo/" + section() + "/" + id;
        }
        catch (ContentNotFoundException ex) {
            redirect.addFlashAttribute("erro", "conteudo.ja-excluido");
            return "redirect:/admin/conteudo/" + section();
        }
    }

    private String showForm(Model model, F form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("secao", section());
        model.addAttribute("itemId", id);
        model.addAttribute("criaEExclui", addsAndRemoves());
        addChoices(model);
        return FORM;
    }

    private void requireAddsAndRemoves() {
        if (!addsAndRemoves()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    static void reject(BindingResult binding, Object form, ContentRuleException ex) {
        if (ex.field() != null && new BeanWrapperImpl(form).isReadableProperty(ex.field())) {
            binding.rejectValue(ex.field(), ex.messageKey());
        }
        else {
            binding.reject(ex.messageKey());
        }
    }

}
