package br.jus.tjes.cariacica.admin;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.audit.AuditEvent;
import br.jus.tjes.cariacica.audit.AuditLog;
import br.jus.tjes.cariacica.security.InvalidSettingException;
import br.jus.tjes.cariacica.security.Passwords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator from the environment when the database has no staff
 * account, so a new installation can be opened without a default password. Once any
 * account exists the variables are ignored.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffAccounts accounts;

    private final AdminProperties properties;

    private final PasswordEncoder encoder;

    private final AuditLog audit;

    private final Clock clock;

    AdminBootstrap(StaffAccounts accounts, AdminProperties properties, PasswordEncoder encoder, AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (this.accounts.count() > 0) {
            return;
        }
        if (!this.properties.isConfigured()) {
            log.warn("No staff account exists: set COURT_ADMIN_USERNAME and COURT_ADMIN_PASSWORD to create the "
                    + "first administrator");
            return;
        }
        String username = this.properties.username().strip().toLowerCase(Locale.ROOT);
        if (!AccountRules.isValidUsername(username)) {
            throw new InvalidSettingException("COURT_ADMIN_USERNAME", "the username is not a valid account name",
                    "Use 3 to 40 characters: lower-case letters a-z, digits, dot, hyphen or underscore.");
        }
        if (!AccountRules.isValidPassword(this.properties.password())) {
            throw new InvalidSettingException("COURT_ADMIN_PASSWORD",
                    "the password must have " + AccountRules.MIN_PASSWORD + " to " + AccountRules.MAX_PASSWORD
                            + " characters and at most " + Passwords.MAX_BYTES
                            + " bytes in UTF-8 (BCrypt hashes no more)",
                    "Choose a password of 12 to 72 characters; accented letters count as two bytes, emoji as four.");
        }
        try {
            this.accounts.save(new StaffAccount(username, "Administrador",
                    this.encoder.encode(this.properties.password()), Set.of(StaffRole.ADMIN), this.clock.instant()));
            this.audit.record(AuditEvent.of(AuditAction.ACCOUNT_CREATED)
                .withActor("sistema")
                .withTarget("conta:" + username)
                .withDetail("primeiro administrador, do ambiente"));
            log.info("Created the first administrator account '{}'", username);
        }
        catch (DataIntegrityViolationException ex) {
            // Another instance starting at the same time created it first.
            log.info("The first administrator was created by another instance");
        }
    }

}
