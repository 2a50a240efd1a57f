package br.jus.tjes.cariacica.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a staff member writes for one item of content, as a {@link ContentEditor} takes
 * and returns it. Fields ending in {@code Markdown} are rich text; every other text field
 * is plain text and is always shown escaped.
 */
public interface ContentDraft {

    /**
     * The urgent banner; {@code activeUntil} null keeps it until switched off or removed.
     */
    record UrgentNotice(boolean enabled, String messageMarkdown, Instant activeFrom,
            Instant activeUntil) implements ContentDraft {
    }

    /** A notice: a draft stays hidden; a published one shows from {@code publishedAt}. */
    record Notice(String slug, String title, String summary, String bodyMarkdown, boolean published,
            Instant publishedAt) implements ContentDraft {
    }

    record ServiceGuide(String slug, String title, String summary, String bodyMarkdown,
            int position) implements ContentDraft {
    }

    record FaqEntry(long categoryId, String slug, String question, String answerMarkdown,
            int position) implements ContentDraft {
    }

    /** A contact channel with its weekly hours (empty: no fixed hours). */
    record Channel(br.jus.tjes.cariacica.content.Channel.Kind kind, String name, String contact, String contactUrl,
            String descriptionMarkdown, int position,
            List<br.jus.tjes.cariacica.content.Channel.Hours> hours) implements ContentDraft {

        public Channel {
            hours = List.copyOf(hours);
        }
    }

    record Closure(LocalDate startsOn, LocalDate endsOn, String reason) implements ContentDraft {
    }

    record Page(String title, String bodyMarkdown) implements ContentDraft {
    }

    record Unit(String name, String handlesMarkdown, String notHandledMarkdown, String street, String district,
            String city, String state, String postalCode, String mapUrl, String accessibilityMarkdown,
            String plantaoMarkdown, String ouvidoriaMarkdown, String defensoriaMarkdown, String privacyOfficerContact,
            String defensoriaPhone, String defensoriaUrl) implements ContentDraft {
    }

}
