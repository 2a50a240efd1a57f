package br.jus.tjes.cariacica.assistant;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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

/**
 * How many days conversations are kept (LGPD): one form, saved for every instance and the
 * daily clean-up. Fewer than {@link RetentionSettings#ADMIN_ONLY_BELOW_DAYS} days erase
 * recent conversations at the next run, so only an administrator may set them.
 */
@Controller
@RequestMapping("/admin/assistente/retencao")
class RetentionController {

    private static final String VIEW = "admin/assistente/retencao";

    private final RetentionSettings settings;

    RetentionController(RetentionSettings settings) {
        this.settings = settings;
    }

    @InitBinder
    void onlyTheDays(WebDataBinder binder) {
        binder.setAllowedFields("dias");
    }

    @GetMapping
    String form(Model model) {
        var stored = this.settings.storedDays();
        model.addAttribute("retencao", new RetentionForm(stored.orElse((int) this.settings.defaultDays())));
        return show(model);
    }

    @PostMapping
    String save(@Valid @ModelAttribute("retencao") RetentionForm form, BindingResult binding, Principal principal,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        boolean admin = request.isUserInRole("ADMIN");
        if (!binding.hasErrors() && !RetentionSettings.allowed(form.getDias(), admin)) {
            binding.rejectValue("dias", "revisao.retencao.somente-admin",
                    new Object[] { RetentionSettings.ADMIN_ONLY_BELOW_DAYS }, null);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
        if (binding.hasErrors()) {
            return show(model);
        }
        this.settings.change(form.getDias(), principal.getName(), admin);
        redirect.addFlashAttribute("mensagem", "revisao.retencao.salva");
        return "redirect:/admin/assistente/retencao";
    }

    private String show(Model model) {
        model.addAttribute("padrao", this.settings.defaultDays());
        model.addAttribute("definida", this.settings.storedDays().isPresent());
        model.addAttribute("minimo", RetentionSettings.MIN_DAYS);
        model.addAttribute("maximo", RetentionSettings.MAX_DAYS);
        return VIEW;
    }

}
