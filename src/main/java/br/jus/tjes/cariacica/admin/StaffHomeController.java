package br.jus.tjes.cariacica.admin;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The staff home: the sections this person's roles open. A section appears once its
 * module maps its path, so the list grows as modules are added without a link to a page
 * that does not exist yet.
 */
@Controller
class StaffHomeController {

    private final RequestMappingHandlerMapping mappings;

    StaffHomeController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @GetMapping("/admin")
    String home(Authentication authentication, Model model) {
        Set<String> authorities = authentication.getAuthorities()
            .stream()
            .map(GrantedAuthority::getAuthority)
            .collect(Collectors.toSet());
        Set<String> mapped = mappedPaths();
        List<StaffSection> sections = StaffSection.ALL.stream()
            .filter((section) -> section.roles().stream().anyMatch((role) -> authorities.contains("ROLE_" + role)))
            .filter((section) -> mapped.contains(section.path()))
            .toList();
        model.addAttribute("secoes", sections);
        model.addAttribute("papeis",
                authorities.stream().filter((a) -> a.startsWith("ROLE_")).map((a) -> a.substring(5)).sorted().toList());
        return "admin/inicio";
    }

    private Set<String> mappedPaths() {
        return this.mappings.getHandlerMethods()
            .keySet()
            .stream()
            .map(RequestMappingInfo::getPatternValues)
            .flatMap(Set::stream)
            .collect(Collectors.toSet());
    }

}
