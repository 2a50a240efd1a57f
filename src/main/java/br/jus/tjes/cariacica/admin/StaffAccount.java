package br.jus.tjes.cariacica.admin;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A staff member's account. The password is only ever held as the delegating encoder's
 * hash. The getters the templates read are public (SpEL reads public methods only); the
 * class is not.
 */
@Entity
@Table(name = "staff_account")
class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 40)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected StaffAccount() {
    }

    StaffAccount(String username, String displayName, String passwordHash, Set<StaffRole> roles, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return this.id;
    }

    public String getUsername() {
        return this.username;
    }

    public String getDisplayName() {
        return this.displayName;
    }

    String getPasswordHash() {
        return this.passwordHash;
    }

    public boolean isEnabled() {
        return this.enabled;
    }

    public Set<StaffRole> getRoles() {
        return this.roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(this.roles);
    }

    boolean hasRole(StaffRole role) {
        return this.roles.contains(role);
    }

    public Instant getCreatedAt() {
        return this.createdAt;
    }

    public long getVersion() {
        return this.version;
    }

    void changeRoles(Set<StaffRole> newRoles, Instant now) {
        this.roles.clear();
        this.roles.addAll(newRoles);
        this.updatedAt = now;
    }

    void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.updatedAt = now;
    }

    void enable(boolean value, Instant now) {
        this.enabled = value;
        this.updatedAt = now;
    }

    /**
     * What the audit trail shows of the account before and after a change: never the
     * password hash.
     */
    String summary() {
        return "usuario=" + this.username + "; nome=" + this.displayName + "; papeis="
                + this.roles.stream().sorted().toList() + "; ativa=" + this.enabled;
    }

}
