package br.jus.tjes.cariacica.content.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

@Entity
@Table(name = "faq_category")
class FaqCategoryEntity extends ContentEntity {

    String slug;

    String name;

    int position;

    @OneToMany(mappedBy = "category")
    Set<FaqEntryEntity> entries = new LinkedHashSet<>();

}
