package br.jus.tjes.cariacica.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How every controller reads dates: through {@link CourtDates}, bounded. Registered after
 * Boot's own date formatting, so these formatters answer for every {@code LocalDate} and
 * {@code LocalDateTime} that is bound from a request.
 */
@Configuration(proxyBeanMethods = false)
class InputBindingConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, CourtDates.InputFormatter.DATE);
        registry.addFormatterForFieldType(LocalDateTime.class, CourtDates.InputFormatter.DATE_TIME);
    }

}
