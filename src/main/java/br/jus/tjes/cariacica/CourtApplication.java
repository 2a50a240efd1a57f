package br.jus.tjes.cariacica;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The public website of the 2ª Vara Cível de Cariacica: citizens' pages, the assistant,
 * the staff area and the operations endpoints, in one application. Each top-level package
 * below this one is a module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CourtApplication {

    public static void main(String[] args) {
        SpringApplication.run(CourtApplication.class, args);
    }

}
