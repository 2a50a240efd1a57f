package br.jus.tjes.cariacica.content;

import java.util.List;
import java.util.Optional;

/**
 * Read access to everything the public site shows. Results are cached and evicted on
 * {@link ContentChanged}; rich text arrives as sanitized HTML. Publication dates are
 * filtered by the caller's clock, not here, so a cached list never hides a notice that
 * became due.
 */
public interface SiteContent {

    /** The unit with its channels, hours, closures and urgent notices (active or not). */
    Unit unit();

    /**
     * Every notice marked published, newest publication date first, including ones
     * scheduled for later.
     */
    List<Notice> publishedNotices();

    /** The service guides in their display order. */
    List<ServiceGuide> serviceGuides();

    /** FAQ categories in display order, each with its entries in order. */
    List<FaqCategory> faq();

    /** A free page (for example {@code acessibilidade}, {@code privacidade}). */
    Optional<Page> page(String slug);

    /**
     * Hearings matching the filter, in date order; sealed ones without case number or
     * class.
     */
    List<Hearing> hearings(HearingFilter filter);

}
