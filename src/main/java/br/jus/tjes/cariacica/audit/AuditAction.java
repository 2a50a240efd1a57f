package br.jus.tjes.cariacica.audit;

/**
 * What an audit event records. Stored by name: never rename a constant, add new ones (and
 * their label {@code auditoria.acao.<NAME>} in the message bundle).
 */
public enum AuditAction {

    LOGIN_SUCCESS, LOGIN_FAILURE,
    /**
     * Too many failures for an account from one address, or from one address for any
     * account: further attempts from there are refused for a while (the account itself is
     * never locked).
     */
    LOGIN_LOCKOUT,
    /**
     * An attempt refused without checking the password: its address is blocked, or the
     * account is slowed down for addresses that failed. At most one row per address and
     * minute; the next row counts the rest.
     */
    LOGIN_REFUSED_LOCKED, LOGOUT,

    ACCOUNT_CREATED, ACCOUNT_ROLES_CHANGED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, ACCOUNT_PASSWORD_RESET,

    CONTENT_CREATED, CONTENT_UPDATED, CONTENT_DELETED, CONTENT_PUBLISHED, IMPORT,

    CONVERSATION_EXPORTED, CONVERSATION_ERASED, SETTINGS_CHANGED,

    /**
     * A request refused with 400 as an attack pattern (path traversal, header injection,
     * oversized header).
     */
    SUSPICIOUS_REQUEST

}
