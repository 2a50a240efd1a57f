package br.jus.tjes.cariacica.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff login form; Spring Security handles its POST, the failure ({@code ?erro}) and
 * the logout.
 */
@Controller
class LoginController {

    @GetMapping("/admin/entrar")
    String form(@RequestParam(name = "erro", required = false) String failed,
            @RequestParam(name = "saiu", required = false) String loggedOut,
            @RequestParam(name = "expirou", required = false) String expired, Model model) {
        model.addAttribute("falhou", failed != null);
        model.addAttribute("saiu", loggedOut != null);
        model.addAttribute("expirou", expired != null);
        return "admin/entrar";
    }

}
