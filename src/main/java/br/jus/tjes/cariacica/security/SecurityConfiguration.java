package br.jus.tjes.cariacica.security;

import java.time.Clock;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.audit.AuditLog;
import br.jus.tjes.cariacica.tasks.CleanupJob;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * One filter chain for the whole site, so every response (pages, static files, error
 * pages and JSON errors) carries the same security headers. The staff area
 * ({@code /admin/**}) has a Portuguese login form, sessions in PostgreSQL (Spring Session
 * JDBC) and role rules; monitors use HTTP basic with the operator account.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/admin/entrar";
    static final String LOGOUT_URL = "/admin/sair";

    @Bean
    SecurityFilterChain siteSecurity(HttpSecurity http, SecurityProperties properties, AuditLog audit)
            throws Exception {
        SiteHeaders.apply(http, properties.maxRequestSize());

        // The other modules' rules are listed here too (their controllers may not exist
        // yet), so every branch
        // agrees on who may open what. Anything else under /admin needs a staff login,
        // whatever the role.
        http.authorizeHttpRequests((requests) -> requests.requestMatchers(LOGIN_PAGE)
            .permitAll()
            .requestMatchers("/admin/contas/**", "/admin/auditoria/**")
            .hasRole("ADMIN")
            .requestMatchers("/admin/conteudo/**", "/admin/pauta/**", "/admin/assistente/**")
            .hasAnyRole("EDITOR", "ADMIN")
            .requestMatchers("/admin/operacoes/**")
            .hasAnyRole("OPS", "ADMIN")
            .requestMatchers("/admin/tarefas/**")
            .hasAnyRole("ADMIN", "OPS")
            .requestMatchers("/admin", "/admin/**")
            .authenticated()
            .anyRequest()
            .permitAll());

        http.formLogin((form) -> form.loginPage(LOGIN_PAGE)
            .loginProcessingUrl(LOGIN_PAGE)
            .usernameParameter("usuario")
            .passwordParameter("senha")
            .successHandler(StaffLoginHandlers.success(audit))
            // One message for a wrong user, a wrong password, a disabled account and a
            // lockout.
            .failureHandler(new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?erro")));
        http.logout((logout) -> logout.logoutUrl(LOGOUT_URL)
            .addLogoutHandler(StaffLoginHandlers.logout(audit))
            .invalidateHttpSession(true)
            .clearAuthentication(true)
            .logoutSuccessUrl(LOGIN_PAGE + "?saiu"));
        // A new session id at login, so a session id planted before it is worth nothing
        // after it.
        http.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()));

        // The chat API is called anonymously with a per-conversation token in the body,
        // never with a cookie, so
        // a forged cross-site request has nothing to ride on: it is exempt from CSRF.
        // Every staff form is not.
        http.csrf((csrf) -> csrf.ignoringRequestMatchers("/api/**"));
        // The token lives in the session; a staff page whose first form comes after a
        // full response buffer would
        // otherwise need a new session once the response is committed, which cannot be
        // done.
        http.addFilterAfter(new EagerCsrfTokenFilter(), CsrfFilter.class);
        http.httpBasic((basic) -> basic.realmName("Vara Civel de Cariacica"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Staff accounts (the {@code UserDetailsService} of the admin module, from
     * PostgreSQL) first, then the operator account from the environment, behind the
     * lockout of {@link LoginThrottle}. Published as the one
     * {@code AuthenticationProvider} bean, so Spring Security builds the global
     * authentication manager from it and every filter chain (this one, and the actuator's
     * HTTP basic) logs in the same way.
     */
    @Bean
    AuthenticationProvider staffAndOperatorAuthentication(ObjectProvider<UserDetailsService> staffAccounts,
            SecurityProperties properties, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit) {
        var operator = operatorAccounts(properties, encoder);
        UserDetailsService accounts = (username) -> {
            for (UserDetailsService service : staffAccounts.orderedStream().toList()) {
                try {
                    return service.loadUserByUsername(username);
                }
                catch (UsernameNotFoundException ex) {
                    // Not a staff account: the operator's, maybe.
                }
            }
            return operator.loadUserByUsername(username);
        };
        var passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle, audit);
    }

    @Bean
    LoginThrottle loginThrottle(DataSource dataSource, SecurityProperties properties, Clock clock) {
        var login = properties.login();
        return new LoginThrottle(dataSource, clock, login.maxFailures(), login.window(), login.lockDuration());
    }

    /**
     * Hourly, by the background tasks: buckets full again say nothing, so their rows go.
     */
    @Bean
    CleanupJob loginThrottleCleanup(LoginThrottle throttle) {
        return CleanupJob.hourly("buckets-de-login", (now) -> throttle.removeExpired());
    }

    /**
     * One recorder for both refusal paths, so its limit of one audit row per address a
     * minute covers both.
     */
    @Bean
    SuspiciousRequestRecorder suspiciousRequestRecorder(AuditLog audit, Clock clock) {
        return new SuspiciousRequestRecorder(audit, clock);
    }

    @Bean
    RequestRejectedHandler auditingRequestRejectedHandler(SuspiciousRequestRecorder recorder) {
        return new AuditingRequestRejectedHandler(recorder);
    }

    /**
     * Before every security filter chain (order -100) and after the request context
     * filter (-105).
     */
    @Bean
    FilterRegistrationBean<SuspiciousRequestFilter> suspiciousRequestFilter(SuspiciousRequestRecorder recorder) {
        var registration = new FilterRegistrationBean<>(new SuspiciousRequestFilter(recorder));
        registration.setOrder(-104);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /**
     * The operator account from the environment (role OPS), for monitors that read health
     * details and metrics with HTTP basic. Without the two variables there is no such
     * account, and no generated default password.
     */
    private static InMemoryUserDetailsManager operatorAccounts(SecurityProperties properties, PasswordEncoder encoder) {
        var operator = properties.operator();
        if (operator == null || !operator.isConfigured()) {
            return new InMemoryUserDetailsManager();
        }
        return new InMemoryUserDetailsManager(User.withUsername(operator.username())
            .password(encoder.encode(operator.password()))
            .roles("OPS")
            .build());
    }

}
