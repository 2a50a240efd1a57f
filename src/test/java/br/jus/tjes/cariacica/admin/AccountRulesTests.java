package br.jus.tjes.cariacica.admin;

import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every password the rules accept can be hashed, and every one they refuse for its length
 * is one BCrypt could not hash: the rules and the encoder agree on 72 UTF-8 bytes.
 */
class AccountRulesTests {

    /** The cost does not change the length limit; 4 keeps a thousand hashes fast. */
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

    @Property(tries = 300)
    void aPasswordTheRulesAcceptCanBeHashedAndOneTooLongIsRefused(@ForAll("passwords") String password) {
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        boolean accepted = AccountRules.isValidPassword(password);

        if (accepted) {
            assertThat(this.bcrypt.matches(password, this.bcrypt.encode(password))).isTrue();
        }
        if (bytes > 72) {
            assertThat(accepted).isFalse();
        }
        if (bytes <= 72 && password.length() >= 12 && !password.isBlank()) {
            assertThat(accepted).isTrue();
        }
    }

    @Provide
    Arbitrary<String> passwords() {
        var text = Arbitraries.strings()
            .withChars("aZ9-!çãõ ")
            .withCharRange('\u00a0', '\u00ff')
            .ofMinLength(10)
            .ofMaxLength(130);
        var mixed = Arbitraries.of("a", "ç", "€", "😀", "𝄞")
            .list()
            .ofMinSize(10)
            .ofMaxSize(60)
            .map((pieces) -> String.join("", pieces));
        return Arbitraries.oneOf(text, mixed);
    }

}
