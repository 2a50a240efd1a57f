package br.jus.tjes.cariacica.content.admin;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Content forms are bound onto their fields, without getters and setters. It runs before
 * every other binder initialiser (the shared one of the {@code web} module registers
 * editors, after which the access can no longer change).
 */
@ControllerAdvice(assignableTypes = ContentPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentBinding {

    @InitBinder
    void bindFields(WebDataBinder binder) {
        if (binder.getTarget() instanceof ContentForm<?>) {
            binder.initDirectFieldAccess();
        }
        binder.setDisallowedFields("id");
    }

}
