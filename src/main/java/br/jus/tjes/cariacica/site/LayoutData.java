package br.jus.tjes.cariacica.site;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import br.jus.tjes.cariacica.content.Channel;
import br.jus.tjes.cariacica.content.SiteContent;
import br.jus.tjes.cariacica.content.Unit;
import br.jus.tjes.cariacica.content.UrgentNotice;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the layout shows on every page, whoever renders it (this module, other modules,
 * the error pages): the urgent banner, the footer's address and hours, and the contrast
 * preference. Read from the template as {@code @layoutData}; a failure here must never
 * break a page, least of all an error page.
 */
@Component("layoutData")
public class LayoutData {

    public static final String CONTRAST_COOKIE = "contraste";

    private static final Logger log = LoggerFactory.getLogger(LayoutData.class);

    private final SiteContent content;

    private final Clock clock;

    LayoutData(SiteContent content, Clock clock) {
        this.content = content;
        this.clock = clock;
    }

    /**
     * The unit, or null when it cannot be read (the layout then leaves the footer details
     * out).
     */
    public Unit unit() {
        try {
            return this.content.unit();
        }
        catch (RuntimeException ex) {
            log.warn("Layout without unit data: {}", ex.toString());
            return null;
        }
    }

    public List<UrgentNotice> urgentNotices() {
        Unit unit = unit();
        return (unit != null) ? unit.activeUrgentNotices(this.clock.instant()) : List.of();
    }

    /**
     * The weekly hours of the in-person counter, folded into runs of days with the same
     * interval.
     */
    public List<HoursRun> counterHours() {
        Unit unit = unit();
        if (unit == null) {
            return List.of();
        }
        return unit.channels()
            .stream()
            .filter((channel) -> channel.kind() == Channel.Kind.BALCAO_PRESENCIAL)
            .findFirst()
            .map(HoursRun::of)
            .orElse(List.of());
    }

    public boolean highContrast() {
        HttpServletRequest request = currentRequest();
        if (request == null || request.getCookies() == null) {
            return false;
        }
        for (Cookie cookie : request.getCookies()) {
            if (CONTRAST_COOKIE.equals(cookie.getName()) && "alto".equals(cookie.getValue())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The path of the page being shown (the original one on error pages), for the
     * contrast switch to return to.
     */
    public String currentPath() {
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return "/";
        }
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = (errorUri instanceof String uri) ? uri : request.getRequestURI();
        String query = (errorUri != null) ? null : request.getQueryString();
        return SafeRedirect.localPath((query != null) ? path + "?" + query : path);
    }

    private static HttpServletRequest currentRequest() {
        return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                ? attributes.getRequest() : null;
    }

    /**
     * Consecutive days with the same single interval, for example Monday to Friday 12:00
     * to 18:00.
     */
    public record HoursRun(DayOfWeek firstDay, DayOfWeek lastDay, LocalTime opens, LocalTime closes) {

        public boolean singleDay() {
            return this.firstDay == this.lastDay;
        }

        static List<HoursRun> of(Channel channel) {
            var runs = new ArrayList<HoursRun>();
            for (var hours : channel.hours()) {
                if (!runs.isEmpty()) {
                    var last = runs.getLast();
                    if (last.lastDay().plus(1) == hours.day() && last.opens().equals(hours.opens())
                            && last.closes().equals(hours.closes())) {
                        runs.set(runs.size() - 1,
                                new HoursRun(last.firstDay(), hours.day(), last.opens(), last.closes()));
                        continue;
                    }
                }
                runs.add(new HoursRun(hours.day(), hours.day(), hours.opens(), hours.closes()));
            }
            return runs;
        }
    }

}
