package br.jus.tjes.cariacica.ops;

import java.time.Instant;
import java.util.List;

/**
 * What the operations dashboard shows of the circuit breakers. The module that owns the
 * breakers (the assistant, with Resilience4j) may provide a bean of this type; without
 * one the dashboard reads the breakers' states from the Resilience4j meters, and says
 * "não disponível" when there are none.
 */
public interface CircuitBreakerReport {

    List<Breaker> breakers();

    /**
     * @param name the breaker's name
     * @param state its current state ({@code CLOSED}, {@code OPEN}, {@code HALF_OPEN},
     * ...)
     * @param recentTransitions the latest state changes, newest first
     */
    record Breaker(String name, String state, List<Transition> recentTransitions) {
    }

    record Transition(Instant at, String from, String to) {
    }

}
