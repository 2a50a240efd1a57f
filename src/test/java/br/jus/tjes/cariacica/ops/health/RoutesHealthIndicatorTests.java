package br.jus.tjes.cariacica.ops.health;

import java.util.List;

import br.jus.tjes.cariacica.ops.OperationsTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

@OperationsTest
class RoutesHealthIndicatorTests {

    @Autowired
    ObjectProvider<RequestMappingInfoHandlerMapping> mappings;

    @Test
    void mappedRoutesAreUp() {
        var health = new RoutesHealthIndicator(() -> this.mappings.orderedStream().toList(),
                List.of("/", "/admin/operacoes", "/actuator/health"))
            .health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).doesNotContainKey("missing");
    }

    @Test
    void routeThatNoControllerMapsIsDownAndNamed() {
        var health = new RoutesHealthIndicator(() -> this.mappings.orderedStream().toList(),
                List.of("/", "/rota-que-nao-existe"))
            .health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("missing", List.of("/rota-que-nao-existe"));
    }

}
