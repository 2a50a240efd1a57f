package br.jus.tjes.cariacica.content.admin;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The forms of the content pages (and of the pauta's) are bound onto their fields, so
 * they need no getters and setters; no form binds an {@code id}. It runs before every
 * other binder initialiser: the shared one of the {@code web} module registers editors,
 * after which the access can no longer change.
 */
@ControllerAdvice(basePackageClasses = ContentBinding.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentBinding {

    @InitBinder
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setDisallowedFields("id");
    }

}
