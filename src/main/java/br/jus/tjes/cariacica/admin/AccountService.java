package br.jus.tjes.cariacica.admin;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.audit.AuditEvent;
import br.jus.tjes.cariacica.audit.AuditLog;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Account changes made by an administrator, each with its audit row in the same
 * transaction. Disabling an account, resetting its password or changing its roles ends
 * that person's open sessions, so the change applies at once and not at their next login
 * (an administrator changing their own account keeps only the session they are using).
 * Changes that can take the administrator role away are serialised by a PostgreSQL lock,
 * so two administrators disabling each other at once cannot leave none.
 */
@Service
class AccountService {

    /** The key of the advisory lock that serialises changes to administrators. */
    private static final long ADMINISTRATORS_LOCK = 0x61646d696e73L;

    private final StaffAccounts accounts;

    private final PasswordEncoder encoder;

    private final AuditLog audit;

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    private final JdbcClient jdbc;

    private final Clock clock;

    AccountService(StaffAccounts accounts, PasswordEncoder encoder, AuditLog audit,
            FindByIndexNameSessionRepository<? extends Session> sessions, JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<StaffAccount> all() {
        return this.accounts.findAllByOrderByUsernameAsc();
    }

    @Transactional(readOnly = true)
    StaffAccount get(long id) {
        return this.accounts.findById(id).orElseThrow(AccountNotFoundException::new);
    }

    @Transactional
    StaffAccount create(String username, String displayName, Set<StaffRole> roles, String password) {
        if (this.accounts.existsByUsername(username)) {
            throw new AccountRuleException("contas.usuario.existe");
        }
        requireValidPassword(password);
        var account = this.accounts
            .save(new StaffAccount(username, displayName, this.encoder.encode(password), roles, this.clock.instant()));
        this.audit.record(AuditEvent.change(AuditAction.ACCOUNT_CREATED, target(account), null, account.summary()));
        return account;
    }

    @Transactional
    void changeRoles(long id, Set<StaffRole> roles, String actingUser) {
        lockAdministrators();
        var account = get(id);
        if (account.getRoles().equals(roles)) {
            return;
        }
        if (account.hasRole(StaffRole.ADMIN) && !roles.contains(StaffRole.ADMIN) && isLastEnabledAdmin(account)) {
            throw new AccountRuleException("contas.ultimo-admin");
        }
        String before = account.summary();
        account.changeRoles(roles, this.clock.instant());
        this.accounts.save(account);
        this.audit
            .record(AuditEvent.change(AuditAction.ACCOUNT_ROLES_CHANGED, target(account), before, account.summary()));
        endSessionsOf(account, actingUser);
    }

    @Transactional
    void setEnabled(long id, boolean enabled, String actingUser) {
        lockAdministrators();
        var account = get(id);
        if (account.isEnabled() == enabled) {
            return;
        }
        if (!enabled && Objects.equals(account.getUsername(), actingUser)) {
            throw new AccountRuleException("contas.desativar-propria");
        }
        if (!enabled && account.hasRole(StaffRole.ADMIN) && isLastEnabledAdmin(account)) {
            throw new AccountRuleException("contas.ultimo-admin");
        }
        String before = account.summary();
        account.enable(enabled, this.clock.instant());
        this.accounts.save(account);
        this.audit.record(AuditEvent.change(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED,
                target(account), before, account.summary()));
        endSessionsOf(account, actingUser);
    }

    @Transactional
    void resetPassword(long id, String password, String actingUser) {
        requireValidPassword(password);
        var account = get(id);
        account.changePasswordHash(this.encoder.encode(password), this.clock.instant());
        this.accounts.save(account);
        // Neither hash goes to the trail: only the fact.
        this.audit.record(AuditEvent.of(AuditAction.ACCOUNT_PASSWORD_RESET).withTarget(target(account)));
        endSessionsOf(account, actingUser);
    }

    /**
     * Until this transaction ends, no other change that can remove an administrator runs:
     * the count of administrators each one reads is then the truth, not a snapshot the
     * other is about to change. Taken before the account is loaded, so that is fresh too.
     */
    private void lockAdministrators() {
        this.jdbc.sql("select 1 from pg_advisory_xact_lock(:key)")
            .param("key", ADMINISTRATORS_LOCK)
            .query(Integer.class)
            .single();
    }

    private boolean isLastEnabledAdmin(StaffAccount account) {
        return account.isEnabled() && this.accounts.countEnabledWithRole(StaffRole.ADMIN) <= 1;
    }

    /**
     * Ends every session of the account; someone changing their own account keeps the
     * session they are using, and only that one.
     */
    private void endSessionsOf(StaffAccount account, String actingUser) {
        String keep = Objects.equals(account.getUsername(), actingUser) ? currentSessionId() : null;
        this.sessions.findByPrincipalName(account.getUsername())
            .keySet()
            .stream()
            .filter((id) -> !id.equals(keep))
            .forEach(this.sessions::deleteById);
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return (session != null) ? session.getId() : null;
        }
        return null;
    }

    private static void requireValidPassword(String password) {
        if (!AccountRules.isValidPassword(password)) {
            throw new AccountRuleException("contas.senha.tamanho");
        }
    }

    private static String target(StaffAccount account) {
        return "conta:" + account.getUsername();
    }

    /** A change refused by a rule; the message key says which. */
    static final class AccountRuleException extends RuntimeException {

        private final String messageKey;

        AccountRuleException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return this.messageKey;
        }

    }

}
