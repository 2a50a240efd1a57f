package br.jus.tjes.cariacica.admin;

/**
 * What a staff member may do; Spring Security sees each as the authority
 * {@code ROLE_<name>}.
 */
enum StaffRole {

    /** Accounts and the audit trail. */
    ADMIN,
    /** Content, hearings and the assistant's review. */
    EDITOR,
    /** The operations dashboard and the actuator details. */
    OPS

}
