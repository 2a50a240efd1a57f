package br.jus.tjes.cariacica.security;

import java.time.Clock;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.audit.AuditLog;
import br.jus.tjes.cariacica.tasks.CleanupJob;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;

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
    SecurityFilterChain siteSecurity(HttpSecurity http, SecurityProperties properties, AuditLog audit,
            @Value("${spring.servlet.multipart.max-request-size}") DataSize maxUpload, ObjectProvider<Clock> clocks)
            throws Exception {
        Clock clock = clocks.getIfUnique(Clock::systemUTC);
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
            // OPS watches the task board; retrying or cancelling a task is ADMIN's.
            .requestMatchers(HttpMethod.GET, "/admin/tarefas", "/admin/tarefas/**")
            .hasAnyRole("ADMIN", "OPS")
            .requestMatchers("/admin/tarefas", "/admin/tarefas/**")
            .hasRole("ADMIN")
            .requestMatchers("/admin", "/admin/**")
            .authenticated()
            .anyRequest()
            .permitAll());

        http.formLogin((form) -> form.loginPage(LOGIN_PAGE)
            .loginProcessingUrl(LOGIN_PAGE)
            .usernameParameter("usuario")
            .passwordParameter("senha")
            .successHandler(StaffLoginHandlers.success(audit, clock))
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
        // Besides the idle timeout, an absolute one: a session in use still ends this
        // long
        // after its login.
        http.addFilterAfter(new SessionLifetimeFilter(clock, properties.sessionMaxLifetime()),
                SecurityContextHolderFilter.class);

        // The chat API is called anonymously with a per-conversation token in the body,
        // never with a cookie, so
        // a forged cross-site request has nothing to ride on: it is exempt from CSRF.
        // Every staff form is not.
        // Citizens' forms keep their token in a cookie, staff forms in the session
        // (CsrfTokens): no citizen ever gets a server session.
        http.csrf((csrf) -> csrf.ignoringRequestMatchers("/api/**").csrfTokenRepository(new CsrfTokens()));
        // The token is saved in the session or a cookie; a page whose first form comes
        // after a full response buffer could not add either once the response is
        // committed.
        http.addFilterAfter(new EagerCsrfTokenFilter(), CsrfFilter.class);
        // Multipart bodies only at the staff upload, from staff who may upload: refused
        // before the CSRF check, which would otherwise parse (and spool) them first.
        http.addFilterBefore(new MultipartGuardFilter(maxUpload.toBytes()), CsrfFilter.class);
        http.httpBasic((basic) -> basic.realmName("Vara Civel de Cariacica"));
        return http.build();
    }

    /**
     * No observation of Spring Security's own filters, authentications or authorizations:
     * the HTTP server metrics already time each request. Turning them off with
     * {@code management.observations.enable} is not enough: the filter chain would still
     * wrap each of its filters in an observing decorator, a dozen objects and stack
     * frames more per request, which a parked chat request keeps on the heap.
     * @return settings that observe nothing
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Staff accounts (the {@code UserDetailsService} of the admin module, from
     * PostgreSQL) first, then the operator account from the environment, behind the
     * lockout of {@link LoginThrottle}; the operator's right password is recognised
     * before both, without a hash ({@link OperatorAuthentication}). Published as the one
     * {@code AuthenticationProvider} bean, so Spring Security builds the global
     * authentication manager from it and every filter chain (this one, and the actuator's
     * HTTP basic) logs in the same way.
     */
    @Bean
    AuthenticationProvider staffAndOperatorAuthentication(ObjectProvider<UserDetailsService> staffAccounts,
            SecurityProperties properties, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit,
            ObjectProvider<Clock> clock) {
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
        return new ThrottledAuthenticationProvider(new OperatorAuthentication(properties.operator(), passwords),
                throttle, audit, clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    LoginThrottle loginThrottle(DataSource dataSource, SecurityProperties properties, Clock clock) {
        return new LoginThrottle(dataSource, clock, properties.login());
    }

    /**
     * Hourly, by the background tasks: counters whose window and block are over say
     * nothing, so their rows go.
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
        if (!Passwords.fitsHash(operator.password())) {
            throw new InvalidSettingException("COURT_OPS_PASSWORD",
                    "the password is longer than " + Passwords.MAX_BYTES + " bytes in UTF-8, more than BCrypt can hash",
                    "Choose a password of at most " + Passwords.MAX_BYTES
                            + " bytes (72 letters without accents; accented letters count twice).");
        }
        return new InMemoryUserDetailsManager(User.withUsername(operator.username())
            .password(encoder.encode(operator.password()))
            .roles("OPS")
            .build());
    }

}
