package br.jus.tjes.cariacica.content.admin;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import br.jus.tjes.cariacica.content.Channel;
import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * A contact channel (balcão, telephone, e-mail...) with its opening hours: one text field
 * per weekday, Monday first.
 */
class ChannelForm extends ContentForm<ContentDraft.Channel> {

    @NotNull(message = "{conteudo.obrigatorio}")
    Channel.@Nullable Kind kind;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 120, message = "{conteudo.tamanho}")
    @Nullable String name;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 300, message = "{conteudo.tamanho}")
    @Nullable String contact;

    @Size(max = 500, message = "{conteudo.tamanho}")
    @Nullable String contactUrl;

    @Size(max = 20_000, message = "{conteudo.tamanho}")
    @Nullable String descriptionMarkdown;

    @Min(value = 0, message = "{conteudo.posicao}")
    @Max(value = 10_000, message = "{conteudo.posicao}")
    int position;

    List<String> hours = new ArrayList<>(Arrays.asList("", "", "", "", "", "", ""));

    static ContentKind<ContentDraft.Channel> kind(ContentEditor<ContentDraft.Channel> editor) {
        return new ContentKind<>("canais", editor, ChannelForm::new,
                ContentKind.each((item) -> new ListRow(item.id(), item.draft().name(), item.draft().contact(), null)),
                (model) -> {
                    model.addAttribute("tipos", Channel.Kind.values());
                    model.addAttribute("dias", DayOfWeek.values());
                }, ContentKind.Items.ADDED_AND_REMOVED);
    }

    @Override
    void read(ContentDraft.Channel draft) {
        this.kind = draft.kind();
        this.name = draft.name();
        this.contact = draft.contact();
        this.contactUrl = draft.contactUrl();
        this.descriptionMarkdown = draft.descriptionMarkdown();
        this.position = draft.position();
        for (DayOfWeek day : DayOfWeek.values()) {
            this.hours.set(day.ordinal(), WeeklyHours.format(draft.hours(), day));
        }
    }

    /** The hours as typed, one text a day, become intervals. */
    @Override
    ContentDraft.Channel toDraft() {
        var all = new ArrayList<Channel.Hours>();
        for (DayOfWeek day : DayOfWeek.values()) {
            all.addAll(WeeklyHours.parse(day, hourText(day)));
        }
        return new ContentDraft.Channel(this.kind, this.name, this.contact, this.contactUrl,
                (this.descriptionMarkdown != null) ? this.descriptionMarkdown : "", this.position, all);
    }

    @Override
    void validate(Errors errors) {
        for (DayOfWeek day : DayOfWeek.values()) {
            try {
                WeeklyHours.parse(day, hourText(day));
            }
            catch (IllegalArgumentException ex) {
                errors.rejectValue("hours[" + day.ordinal() + "]", ex.getMessage());
            }
        }
    }

    private String hourText(DayOfWeek day) {
        return (day.ordinal() < this.hours.size()) ? this.hours.get(day.ordinal()) : "";
    }

}
