package br.jus.tjes.cariacica.ops;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page and an API call that fail with an exception nobody handles. Only in the
 * operations tests' context ({@link OperationsTest} imports it); {@code @TestComponent}
 * keeps component scanning from adding it elsewhere.
 */
@TestComponent
@RestController
class FailingController {

    static final String SECRET_MESSAGE = "detalhe-interno-que-nao-pode-vazar";

    @GetMapping({ "/ops-teste/falha", "/api/ops-teste/falha" })
    String fail() {
        throw new IllegalStateException(SECRET_MESSAGE);
    }

}
