package br.jus.tjes.cariacica.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an {@link InvalidSettingException} anywhere in a failed start-up into Spring
 * Boot's "APPLICATION FAILED TO START" report (description and action, no stack trace).
 * Registered in {@code META-INF/spring.factories}.
 */
class InvalidSettingAnalyzer extends AbstractFailureAnalyzer<InvalidSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingException cause) {
        return new FailureAnalysis("The setting " + cause.getMessage() + ".", cause.action(), cause);
    }

}
