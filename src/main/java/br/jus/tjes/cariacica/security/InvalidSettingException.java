package br.jus.tjes.cariacica.security;

/**
 * A setting from the environment that the site cannot start with. The start-up fails with
 * a short report naming the variable and what to do ({@link InvalidSettingAnalyzer}),
 * never with a stack trace, and never with the value (it may be a password).
 */
public class InvalidSettingException extends RuntimeException {

    private final String variable;

    private final String action;

    /**
     * A setting the site cannot start with.
     * @param variable the environment variable, for example {@code COURT_ADMIN_PASSWORD}
     * @param problem what is wrong with it (without its value)
     * @param action what the operator should do
     */
    public InvalidSettingException(String variable, String problem, String action) {
        super(variable + ": " + problem);
        this.variable = variable;
        this.action = action;
    }

    /**
     * The variable at fault.
     * @return its name
     */
    public String variable() {
        return this.variable;
    }

    /**
     * What to do about it.
     * @return the advice, in one sentence
     */
    public String action() {
        return this.action;
    }

}
