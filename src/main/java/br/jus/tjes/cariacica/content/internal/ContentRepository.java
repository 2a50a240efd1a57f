package br.jus.tjes.cariacica.content.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The read queries behind the public pages: each page's data in one statement. */
interface ContentRepository extends Repository<UnitEntity, Long> {

    // One statement for the whole frame of every page (footer, banner, hours): the
    // collections are small sets.
    @Query("""
            select distinct u from UnitEntity u
            left join fetch u.channels c
            left join fetch c.hours
            left join fetch u.closures
            left join fetch u.urgentNotices
            order by u.id""")
    List<UnitEntity> findUnitsWithEverything();

    @Query("select n from NoticeEntity n where n.published = true order by n.publishedAt desc, n.id desc")
    List<NoticeEntity> findPublishedNotices();

    @Query("select s from ServiceGuideEntity s order by s.position, s.title")
    List<ServiceGuideEntity> findServiceGuides();

    @Query("select distinct c from FaqCategoryEntity c left join fetch c.entries order by c.position")
    List<FaqCategoryEntity> findFaqWithEntries();

    @Query("select p from PageEntity p where p.slug = ?1")
    Optional<PageEntity> findPage(String slug);

}
