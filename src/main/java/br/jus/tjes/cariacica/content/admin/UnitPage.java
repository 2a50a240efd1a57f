package br.jus.tjes.cariacica.content.admin;

import br.jus.tjes.cariacica.content.ContentConflictException;
import br.jus.tjes.cariacica.content.ContentEditing;
import br.jus.tjes.cariacica.content.ContentRuleException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The unit's information: one form, with the same version check as every other item. */
@Controller
@RequestMapping("/admin/conteudo/unidade")
class UnitPage {

    private static final String SECTION = "unidade";

    private final ContentEditing editing;

    UnitPage(ContentEditing editing) {
        this.editing = editing;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String edit(Model model) {
        var unit = this.editing.unit();
        var form = UnitForm.of(unit.draft());
        form.setVersion(unit.version());
        return show(model, form);
    }

    @PostMapping
    String update(@Valid @ModelAttribute("form") UnitForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                this.editing.updateUnit(form.getVersion(), form.toDraft());
                redirect.addFlashAttribute("mensagem", "conteudo.salvo");
                return "redirect:/admin/conteudo/unidade";
            }
            catch (ContentRuleException ex) {
                ContentPages.reject(binding, form, ex);
            }
            catch (ContentConflictException ex) {
                binding.reject("conteudo.conflito");
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        return show(model, form);
    }

    private static String show(Model model, UnitForm form) {
        model.addAttribute("form", form);
        model.addAttribute("secao", SECTION);
        model.addAttribute("itemId", null);
        model.addAttribute("criaEExclui", false);
        return ContentPages.FORM;
    }

}
