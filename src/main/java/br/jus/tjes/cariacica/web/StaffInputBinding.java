package br.jus.tjes.cariacica.web;

import java.beans.PropertyEditorSupport;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a staff form or parameter binds ({@code /admin/**}) loses its NUL
 * characters: PostgreSQL refuses them in a text column, so one pasted from a binary file
 * turned a save into a 500. Tabs, line breaks and every other character stay as typed.
 * The citizen's chat refuses control characters itself and is not touched here.
 */
@ControllerAdvice
class StaffInputBinding {

    static final String STAFF_PREFIX = "/admin/";

    @InitBinder
    void stripNulCharacters(WebDataBinder binder, HttpServletRequest request) {
        if (request.getRequestURI().startsWith(STAFF_PREFIX)) {
            binder.registerCustomEditor(String.class, new NulStrippingEditor());
        }
    }

    /**
     * The text without NUL characters.
     * @param text the text as sent, or {@code null}
     * @return the same text with every U+0000 removed
     */
    static String withoutNul(String text) {
        return (text != null && text.indexOf('\0') >= 0) ? text.replace("\0", "") : text;
    }

    private static final class NulStrippingEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(withoutNul(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return (value != null) ? value.toString() : "";
        }

    }

}
