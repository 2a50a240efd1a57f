package br.jus.tjes.cariacica.content.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import br.jus.tjes.cariacica.content.Channel;
import br.jus.tjes.cariacica.content.Closure;
import br.jus.tjes.cariacica.content.FaqCategory;
import br.jus.tjes.cariacica.content.Hearing;
import br.jus.tjes.cariacica.content.HearingFilter;
import br.jus.tjes.cariacica.content.Notice;
import br.jus.tjes.cariacica.content.Page;
import br.jus.tjes.cariacica.content.ServiceGuide;
import br.jus.tjes.cariacica.content.SiteContent;
import br.jus.tjes.cariacica.content.Unit;
import br.jus.tjes.cariacica.content.UrgentNotice;
import br.jus.tjes.cariacica.time.CourtTime;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads content with one statement per call and caches the rendered, immutable result;
 * Markdown is rendered and sanitized once, on the way into the cache.
 */
@Service
@Transactional(readOnly = true)
class JpaSiteContent implements SiteContent {

    private final ContentRepository repository;

    private final HearingQueries hearings;

    JpaSiteContent(ContentRepository repository, HearingQueries hearings) {
        this.repository = repository;
        this.hearings = hearings;
    }

    @Override
    @Cacheable(ContentCaches.UNIT)
    public Unit unit() {
        var unit = this.repository.findUnitsWithEverything()
            .stream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No unit in table unit"));
        var channels = unit.channels.stream()
            .sorted(Comparator.comparingInt((ChannelEntity c) -> c.position).thenComparing((c) -> c.id))
            .map((c) -> new Channel(String.valueOf(c.id), c.kind, c.name, c.contact, SafeLinks.orNull(c.contactUrl),
                    Markdown.toHtml(c.descriptionMarkdown), c.sortedHours()))
            .toList();
        var closures = unit.closures.stream()
            .map((c) -> new Closure(c.startsOn, c.endsOn, c.reason))
            .sorted(Comparator.comparing(Closure::startsOn))
            .toList();
        var urgent = unit.urgentNotices.stream()
            .filter((n) -> n.enabled)
            .map((n) -> new UrgentNotice(n.id, Markdown.toHtml(n.messageMarkdown), n.activeFrom, n.activeUntil))
            .sorted(Comparator.comparing(UrgentNotice::activeFrom))
            .toList();
        return new Unit(unit.name, Markdown.toHtml(unit.handlesMarkdown), Markdown.toHtml(unit.notHandledMarkdown),
                new Unit.Address(unit.street, unit.district, unit.city, unit.state, unit.postalCode),
                SafeLinks.orNull(unit.mapUrl), Markdown.toHtml(unit.accessibilityMarkdown),
                Markdown.toHtml(unit.plantaoMarkdown), Markdown.toHtml(unit.ouvidoriaMarkdown),
                Markdown.toHtml(unit.defensoriaMarkdown), unit.privacyOfficerContact, unit.defensoriaPhone,
                SafeLinks.orNull(unit.defensoriaUrl), channels, closures, urgent);
    }

    @Override
    @Cacheable(ContentCaches.NOTICES)
    public List<Notice> publishedNotices() {
        return this.repository.findPublishedNotices()
            .stream()
            .map((n) -> new Notice(n.slug, n.title, n.summary, Markdown.toHtml(n.bodyMarkdown),
                    Markdown.toText(n.bodyMarkdown), n.publishedAt, n.updatedAt))
            .toList();
    }

    @Override
    @Cacheable(ContentCaches.SERVICES)
    public List<ServiceGuide> serviceGuides() {
        return this.repository.findServiceGuides()
            .stream()
            .map((s) -> new ServiceGuide(s.slug, s.title, s.summary, Markdown.toHtml(s.bodyMarkdown),
                    Markdown.toText(s.bodyMarkdown), s.updatedAt))
            .toList();
    }

    @Override
    @Cacheable(ContentCaches.FAQ)
    public List<FaqCategory> faq() {
        return this.repository.findFaqWithEntries()
            .stream()
            .map((c) -> new FaqCategory(c.slug, c.name,
                    c.entries.stream()
                        .sorted(Comparator.comparingInt((FaqEntryEntity e) -> e.position).thenComparing((e) -> e.id))
                        .map((e) -> new FaqCategory.Entry(e.slug, e.question, Markdown.toHtml(e.answerMarkdown),
                                Markdown.toText(e.answerMarkdown)))
                        .toList()))
            .toList();
    }

    @Override
    @Cacheable(ContentCaches.PAGES)
    public Optional<Page> page(String slug) {
        return this.repository.findPage(slug)
            .map((p) -> new Page(p.slug, p.title, Markdown.toHtml(p.bodyMarkdown), Markdown.toText(p.bodyMarkdown),
                    p.updatedAt));
    }

    @Override
    @Cacheable(ContentCaches.HEARINGS)
    public List<Hearing> hearings(HearingFilter filter) {
        return this.hearings.find(filter).stream().map(JpaSiteContent::hearing).toList();
    }

    /**
     * The public view of a hearing: a sealed case loses its number and class here, before
     * any page sees it.
     */
    private static Hearing hearing(HearingEntity h) {
        return new Hearing(h.id, h.scheduledAt.atZone(CourtTime.ZONE), h.sealed ? null : h.caseNumber,
                h.sealed ? null : h.proceduralClass, h.type, h.mode, h.room, h.status, h.sealed, h.updatedAt);
    }

}
