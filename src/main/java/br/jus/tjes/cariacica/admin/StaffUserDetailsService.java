package br.jus.tjes.cariacica.admin;

import java.util.Locale;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff accounts for Spring Security's login; a disabled account is found but
 * refused.
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;

    StaffUserDetailsService(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
        var account = this.accounts.findByUsername(name)
            .orElseThrow(() -> new UsernameNotFoundException("No staff account"));
        return User.withUsername(account.getUsername())
            .password(account.getPasswordHash())
            .disabled(!account.isEnabled())
            .roles(account.getRoles().stream().map(Enum::name).toArray(String[]::new))
            .build();
    }

}
