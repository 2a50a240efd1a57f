package br.jus.tjes.cariacica.admin;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;

/** The roles of an existing account. */
class RolesForm {

    @NotEmpty(message = "{contas.papeis.obrigatorio}")
    private Set<StaffRole> papeis = EnumSet.noneOf(StaffRole.class);

    public Set<StaffRole> getPapeis() {
        return this.papeis;
    }

    public void setPapeis(Set<StaffRole> papeis) {
        this.papeis = (papeis != null) ? papeis : EnumSet.noneOf(StaffRole.class);
    }

}
