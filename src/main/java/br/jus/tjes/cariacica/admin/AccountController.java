package br.jus.tjes.cariacica.admin;

import java.security.Principal;

import br.jus.tjes.cariacica.admin.AccountService.AccountRuleException;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account management for administrators: every change is a POST answered by a redirect
 * and a flash message.
 */
@Controller
@RequestMapping("/admin/contas")
class AccountController {

    private static final String LIST = "admin/contas/lista";

    private static final String NEW = "admin/contas/nova";

    private static final String EDIT = "admin/contas/conta";

    private final AccountService service;

    AccountController(AccountService service) {
        this.service = service;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("todosPapeis")
    StaffRole[] allRoles() {
        return StaffRole.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("contas", this.service.all());
        return LIST;
    }

    @GetMapping("/nova")
    String newForm(Model model) {
        model.addAttribute("conta", new NewAccountForm());
        return NEW;
    }

    @PostMapping("/nova")
    String create(@Valid @ModelAttribute("conta") NewAccountForm form, BindingResult binding,
            RedirectAttributes redirect) {
        checkPassword(form, binding);
        if (binding.hasErrors()) {
            return NEW;
        }
        try {
            var account = this.service.create(form.getUsuario(), form.getNome(), form.getPapeis(), form.getSenha());
            redirect.addFlashAttribute("mensagem", "contas.criada");
            return "redirect:/admin/contas/" + account.getId();
        }
        catch (AccountRuleException ex) {
            binding.reject(ex.messageKey());
        }
        catch (DataIntegrityViolationException ex) {
            // Two administrators creating the same username at the same moment.
            binding.rejectValue("usuario", "contas.usuario.existe");
        }
        return NEW;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        var account = this.service.get(id);
        model.addAttribute("conta", account);
        if (!model.containsAttribute("papeisForm")) {
            var roles = new RolesForm();
            roles.setPapeis(account.getRoles());
            model.addAttribute("papeisForm", roles);
        }
        if (!model.containsAttribute("senhaForm")) {
            model.addAttribute("senhaForm", new PasswordForm());
        }
        return EDIT;
    }

    @PostMapping("/{id}/papeis")
    String changeRoles(@PathVariable long id, @Valid @ModelAttribute("papeisForm") RolesForm form,
            BindingResult binding, Principal principal, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return show(id, model);
        }
        return apply(id, redirect, "contas.papeis.alterados",
                () -> this.service.changeRoles(id, form.getPapeis(), principal.getName()));
    }

    @PostMapping("/{id}/desativar")
    String disable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        return apply(id, redirect, "contas.desativada", () -> this.service.setEnabled(id, false, principal.getName()));
    }

    @PostMapping("/{id}/ativar")
    String enable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        return apply(id, redirect, "contas.ativada", () -> this.service.setEnabled(id, true, principal.getName()));
    }

    @PostMapping("/{id}/senha")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute("senhaForm") PasswordForm form,
            BindingResult binding, Principal principal, Model model, RedirectAttributes redirect) {
        checkPassword(form, binding);
        if (binding.hasErrors()) {
            return show(id, model);
        }
        return apply(id, redirect, "contas.senha.redefinida",
                () -> this.service.resetPassword(id, form.getSenha(), principal.getName()));
    }

    /**
     * The length in characters and in bytes (the hash takes at most 72), and the
     * confirmation, as errors of their fields.
     */
    private static void checkPassword(PasswordForm form, BindingResult binding) {
        String password = form.getSenha();
        if (!AccountRules.isValidPassword(password)) {
            binding.rejectValue("senha", "contas.senha.tamanho");
        }
        if (password != null && !password.equals(form.getSenhaConfirmacao())) {
            binding.rejectValue("senhaConfirmacao", "contas.senha.diferente");
        }
    }

    private static String apply(long id, RedirectAttributes redirect, String success, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("mensagem", success);
        }
        catch (AccountRuleException ex) {
            redirect.addFlashAttribute("erro", ex.messageKey());
        }
        return "redirect:/admin/contas/" + id;
    }

}
