package br.jus.tjes.cariacica.content.internal;

import java.util.List;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditing;
import br.jus.tjes.cariacica.content.ContentEditor;
import br.jus.tjes.cariacica.content.ContentNotFoundException;
import br.jus.tjes.cariacica.content.Edited;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JpaContentEditing implements ContentEditing {

    private final UrgentNoticeEditor urgentNotices;

    private final NoticeEditor notices;

    private final ServiceGuideEditor serviceGuides;

    private final FaqEntryEditor faqEntries;

    private final ChannelEditor channels;

    private final ClosureEditor closures;

    private final PageEditor pages;

    private final UnitEditor unit;

    private final EntityManager entityManager;

    JpaContentEditing(UrgentNoticeEditor urgentNotices, NoticeEditor notices, ServiceGuideEditor serviceGuides,
            FaqEntryEditor faqEntries, ChannelEditor channels, ClosureEditor closures, PageEditor pages,
            UnitEditor unit, EntityManager entityManager) {
        this.urgentNotices = urgentNotices;
        this.notices = notices;
        this.serviceGuides = serviceGuides;
        this.faqEntries = faqEntries;
        this.channels = channels;
        this.closures = closures;
        this.pages = pages;
        this.unit = unit;
        this.entityManager = entityManager;
    }

    @Override
    public ContentEditor<ContentDraft.UrgentNotice> urgentNotices() {
        return this.urgentNotices;
    }

    @Override
    public ContentEditor<ContentDraft.Notice> notices() {
        return this.notices;
    }

    @Override
    public ContentEditor<ContentDraft.ServiceGuide> serviceGuides() {
        return this.serviceGuides;
    }

    @Override
    public ContentEditor<ContentDraft.FaqEntry> faqEntries() {
        return this.faqEntries;
    }

    @Override
    public ContentEditor<ContentDraft.Channel> channels() {
        return this.channels;
    }

    @Override
    public ContentEditor<ContentDraft.Closure> closures() {
        return this.closures;
    }

    @Override
    public ContentEditor<ContentDraft.Page> pages() {
        return this.pages;
    }

    @Override
    public Edited<ContentDraft.Unit> unit() {
        return this.unit.list().stream().findFirst().orElseThrow(() -> new ContentNotFoundException("unidade"));
    }

    @Override
    public void updateUnit(long version, ContentDraft.Unit draft) {
        this.unit.update(unit().id(), version, draft);
    }

    @Override
    @Transactional(readOnly = true)
    public List<FaqCategoryChoice> faqCategories() {
        return this.entityManager
            .createQuery("select c from FaqCategoryEntity c order by c.position, c.id", FaqCategoryEntity.class)
            .getResultStream()
            .map((c) -> new FaqCategoryChoice(c.id, c.name))
            .toList();
    }

}
