package br.jus.tjes.cariacica.content.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "service_guide")
class ServiceGuideEntity extends ArticleEntity {

    int position;

}
