package br.jus.tjes.cariacica.support;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Staff accounts for tests, written straight into the table with unique usernames (the
 * database is shared by every test), all with the same password.
 */
public final class StaffTestAccounts {

    public static final String PASSWORD = "senha-de-teste-2026";

    private static final int ADDRESSES = 256 * 254;

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(ThreadLocalRandom.current().nextInt(ADDRESSES));

    private static final String HASH = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);

    private StaffTestAccounts() {
    }

    /**
     * A new enabled account with these roles (ADMIN, EDITOR, OPS); returns its username.
     */
    public static String create(DataSource dataSource, String... roles) {
        var jdbc = JdbcClient.create(dataSource);
        String username = ("t-" + String.join("-", roles) + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()))
            .toLowerCase(Locale.ROOT);
        if (username.length() > 40) {
            username = username.substring(0, 40);
        }
        long id = jdbc.sql("""
                insert into staff_account (username, display_name, password_hash) values (?, ?, ?) returning id
                """).params(username, "Servidor de teste", HASH).query(Long.class).single();
        for (String role : roles) {
            jdbc.sql("insert into staff_account_role (account_id, role) values (?, ?)").params(id, role).update();
        }
        return username;
    }

    public static long idOf(DataSource dataSource, String username) {
        return JdbcClient.create(dataSource)
            .sql("select id from staff_account where username = ?")
            .param(username)
            .query(Long.class)
            .single();
    }

    /**
     * A client address under 198.51/16 no other call in this JVM returned, so lockout
     * counts of one test never meet another's: the JVM's tests share one database, and
     * random addresses met once in a CI run (an address blocked by another test's 200
     * attempts refused a "fresh" one).
     */
    public static String uniqueAddress() {
        int n = Math.floorMod(NEXT_ADDRESS.getAndIncrement(), ADDRESSES);
        return "198.51." + (n / 254) + "." + (n % 254 + 1);
    }

}
