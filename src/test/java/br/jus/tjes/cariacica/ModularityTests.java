package br.jus.tjes.cariacica;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(CourtApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicApi() {
        MODULES.verify();
    }

    /**
     * The task engine knows nothing of the features that use it: they register their
     * handlers with it, never the other way round.
     */
    @Test
    void theTaskEngineDependsOnNoFeatureModuleWhileTheFeaturesDependOnIt() {
        var tasks = MODULES.getModuleByName("tasks").orElseThrow();

        assertThat(MODULES.getModuleByName("content").orElseThrow().getAllDependencies(MODULES))
            .satisfies((dependencies) -> assertThat(dependencies.containsModuleNamed("tasks")).isTrue());
        assertThat(MODULES.getModuleByName("site").orElseThrow().getAllDependencies(MODULES))
            .satisfies((dependencies) -> assertThat(dependencies.containsModuleNamed("tasks")).isTrue());
        for (String feature : List.of("content", "site", "search", "assistant", "admin")) {
            assertThat(tasks.getAllDependencies(MODULES).containsModuleNamed(feature)).as("tasks -> " + feature)
                .isFalse();
        }
    }

}
