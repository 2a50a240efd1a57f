package br.jus.tjes.cariacica.assistant;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When a chat request arrived, noted before the security chain and body parsing: the 30 s
 * promise and the upstream deadline count from here, so every wait on the way (filters,
 * admission, the connection pool) is inside them.
 */
@Configuration(proxyBeanMethods = false)
class ChatArrival {

    private static final String ATTRIBUTE = ChatArrival.class.getName() + ".at";

    @Bean
    FilterRegistrationBean<ArrivalFilter> chatArrivalFilter() {
        var registration = new FilterRegistrationBean<>(new ArrivalFilter(Clock.systemUTC()));
        registration.addUrlPatterns("/api/chat", "/api/chat/*", "/assistente", "/assistente/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * When the request arrived, or now if the filter did not see it.
     * @param request the request
     * @return its arrival
     */
    static Instant of(HttpServletRequest request) {
        return (request.getAttribute(ATTRIBUTE) instanceof Instant arrived) ? arrived : Instant.now(Clock.systemUTC());
    }

    static final class ArrivalFilter extends OncePerRequestFilter {

        private final Clock clock;

        ArrivalFilter(Clock clock) {
            this.clock = clock;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            request.setAttribute(ATTRIBUTE, this.clock.instant());
            chain.doFilter(request, response);
        }

    }

}
