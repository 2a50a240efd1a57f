package br.jus.tjes.cariacica.ops;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The test operator's HTTP basic header, as name and value for
 * {@code WebClientSupport.get}.
 */
public final class Operator {

    private Operator() {
    }

    public static String[] authorization() {
        String token = Base64.getEncoder()
            .encodeToString((OperationsTest.OPERATOR + ":" + OperationsTest.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return new String[] { "Authorization", "Basic " + token };
    }

}
