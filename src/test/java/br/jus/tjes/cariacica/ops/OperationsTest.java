package br.jus.tjes.cariacica.ops;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one application context of the operations tests: a real server, the operator
 * account, and a routes list of routes that exist on every branch (the default names
 * pages other modules are still building), and an endpoint that fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(FailingController.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "court.security.operator.username=" + OperationsTest.OPERATOR,
                "court.security.operator.password=" + OperationsTest.PASSWORD,
                "court.ops.health.routes=/,/error,/admin/operacoes" })
public @interface OperationsTest {

    String OPERATOR = "operador-teste";

    String PASSWORD = "senha-de-teste-ops-1";

}
