package br.jus.tjes.cariacica.ops.security;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class ManagementPortOperatorTests {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void requestOnTheManagementPortActsAsAnOperator() throws Exception {
        var request = new MockHttpServletRequest("GET", "/actuator/health");
        request.setLocalPort(9090);
        var seen = new AtomicReference<Authentication>();

        new ManagementPortOperator(List.of(9090)).doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set(SecurityContextHolder.getContext().getAuthentication()));

        assertThat(seen.get()).isNotNull();
        assertThat(seen.get().getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_OPS");
    }

    @Test
    void requestOnTheSitePortStaysAnonymous() throws Exception {
        var request = new MockHttpServletRequest("GET", "/actuator/health");
        request.setLocalPort(8080);
        var seen = new AtomicReference<Authentication>();

        new ManagementPortOperator(List.of(9090)).doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set(SecurityContextHolder.getContext().getAuthentication()));

        assertThat(seen.get()).isNull();
    }

}
