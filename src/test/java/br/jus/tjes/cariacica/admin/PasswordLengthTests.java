package br.jus.tjes.cariacica.admin;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.support.StaffBrowser;
import br.jus.tjes.cariacica.support.StaffTestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static br.jus.tjes.cariacica.support.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BCrypt hashes at most 72 bytes of a password: longer ones, counted in UTF-8 bytes, are
 * refused with a Portuguese message in every form that sets one (never a 500), and typing
 * one at the login is just a wrong password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordLengthTests {

    private static final String MESSAGE = "A senha precisa ter de 12 a 72 caracteres";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private StaffBrowser admin;

    @BeforeEach
    void logInAsAdministrator() {
        String adminName = StaffTestAccounts.create(this.dataSource, "ADMIN");
        this.admin = new StaffBrowser(this.port);
        this.admin.login(adminName, StaffTestAccounts.PASSWORD);
    }

    /**
     * 73 and 128 ASCII characters; 37 "ç" (74 bytes); 19 emoji (76 bytes); 25 "€" (75).
     */
    @ParameterizedTest
    @ValueSource(strings = { "73a", "128a", "37ç", "19😀", "25€" })
    void aPasswordOverSeventyTwoBytesIsRefusedWithAMessageWhenCreatingAnAccount(String spec) {
        String password = password(spec);
        assertThat(password.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        String username = "longa-" + System.nanoTime();

        var response = this.admin.post("/admin/contas/nova", "/admin/contas/nova", newAccount(username, password));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(MESSAGE).contains("id=\"senha-erro\"");
        assertThat(count(username)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "73a", "128a", "37ç", "19😀" })
    void aPasswordOverSeventyTwoBytesIsRefusedWithAMessageWhenResettingOne(String spec) {
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");
        long id = StaffTestAccounts.idOf(this.dataSource, username);
        String before = hash(id);

        var response = this.admin.post("/admin/contas/" + id + "/senha", "/admin/contas/" + id,
                Map.of("senha", password(spec), "senhaConfirmacao", password(spec)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(MESSAGE);
        assertThat(hash(id)).isEqualTo(before);
    }

    /** 72 ASCII characters; 36 "ç" (72 bytes); 18 emoji (72 bytes). */
    @ParameterizedTest
    @ValueSource(strings = { "72a", "36ç", "18😀" })
    void aPasswordOfExactlySeventyTwoBytesIsAcceptedAndWorks(String spec) {
        String password = password(spec);
        String username = "limite-" + System.nanoTime();

        var response = this.admin.post("/admin/contas/nova", "/admin/contas/nova", newAccount(username, password));

        assertThat(location(response)).contains("/admin/contas/");
        assertThat(location(new StaffBrowser(this.port).login(username, password))).endsWith("/admin");
    }

    @ParameterizedTest
    @ValueSource(strings = { "73a", "128a", "200a", "40ç" })
    void aLongPasswordTypedAtTheLoginIsAWrongPasswordNotAnError(String spec) {
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");

        var response = new StaffBrowser(this.port).login(username, password(spec));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/admin/entrar?erro");
    }

    /** {@code "73a"}: 73 times "a". */
    private static String password(String spec) {
        int digits = 0;
        while (Character.isDigit(spec.charAt(digits))) {
            digits++;
        }
        return spec.substring(digits).repeat(Integer.parseInt(spec.substring(0, digits)));
    }

    private String hash(long id) {
        return JdbcClient.create(this.dataSource)
            .sql("select password_hash from staff_account where id = ?")
            .param(id)
            .query(String.class)
            .single();
    }

    private long count(String username) {
        return JdbcClient.create(this.dataSource)
            .sql("select count(*) from staff_account where username = ?")
            .param(username)
            .query(Long.class)
            .single();
    }

    private static Map<String, String> newAccount(String username, String password) {
        var form = new LinkedHashMap<String, String>();
        form.put("usuario", username);
        form.put("nome", "Pessoa Nova");
        form.put("papeis", "EDITOR");
        form.put("senha", password);
        form.put("senhaConfirmacao", password);
        return form;
    }

}
