package br.jus.tjes.cariacica.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StaffAccounts extends Repository<StaffAccount, Long> {

    Optional<StaffAccount> findById(Long id);

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<StaffAccount> findAllByOrderByUsernameAsc();

    long count();

    @Query("select count(a) from StaffAccount a join a.roles r where a.enabled = true and r = :role")
    long countEnabledWithRole(StaffRole role);

    StaffAccount save(StaffAccount account);

}
