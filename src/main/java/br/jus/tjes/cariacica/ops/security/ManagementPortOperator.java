package br.jus.tjes.cariacica.ops.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that reached the separate management port (configured only where that port is
 * private) is treated as an operator's: it sees the health details and the metrics
 * without a password.
 */
class ManagementPortOperator extends OncePerRequestFilter {

    private final List<Integer> ports;

    ManagementPortOperator(List<Integer> ports) {
        this.ports = List.copyOf(ports);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (this.ports.contains(request.getLocalPort())
                && SecurityContextHolder.getContext().getAuthentication() == null) {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("management-port", null,
                    AuthorityUtils.createAuthorityList("ROLE_OPS")));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

}
