package br.jus.tjes.cariacica.content.internal;

import jakarta.persistence.EntityManager;

/** The one unit, which new channels, closures and urgent notices belong to. */
final class Units {

    private Units() {
    }

    static UnitEntity reference(EntityManager entityManager) {
        Long id = entityManager.createQuery("select min(u.id) from UnitEntity u", Long.class).getSingleResult();
        if (id == null) {
            throw new IllegalStateException("No unit in table unit");
        }
        return entityManager.getReference(UnitEntity.class, id);
    }

}
