package br.jus.tjes.cariacica.content.admin;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import br.jus.tjes.cariacica.content.Channel;
import br.jus.tjes.cariacica.content.ContentDraft;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A contact channel with its opening hours: one text field per weekday, Monday first. */
class ChannelForm extends ContentForm<ContentDraft.Channel> {

    @NotNull(message = "{conteudo.obrigatorio}")
    private Channel.Kind kind;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 120, message = "{conteudo.tamanho}")
    private String name;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 300, message = "{conteudo.tamanho}")
    private String contact;

    @Size(max = 500, message = "{conteudo.tamanho}")
    private String contactUrl;

    @Size(max = 20_000, message = "{conteudo.tamanho}")
    private String descriptionMarkdown;

    @Min(value = 0, message = "{conteudo.posicao}")
    @Max(value = 10_000, message = "{conteudo.posicao}")
    private int position;

    private List<String> hours = new ArrayList<>(Arrays.asList("", "", "", "", "", "", ""));

    static ChannelForm of(ContentDraft.Channel draft) {
        var form = new ChannelForm();
        form.kind = draft.kind();
        form.name = draft.name();
        form.contact = draft.contact();
        form.contactUrl = draft.contactUrl();
        form.descriptionMarkdown = draft.descriptionMarkdown();
        form.position = draft.position();
        for (DayOfWeek day : DayOfWeek.values()) {
            form.hours.set(day.ordinal(), WeeklyHours.format(draft.hours(), day));
        }
        return form;
    }

    @Override
    ContentDraft.Channel toDraft() {
        var all = new ArrayList<Channel.Hours>();
        for (DayOfWeek day : DayOfWeek.values()) {
            all.addAll(WeeklyHours.parse(day, hourText(day)));
        }
        return new ContentDraft.Channel(this.kind, this.name, this.contact, this.contactUrl,
                (this.descriptionMarkdown != null) ? this.descriptionMarkdown : "", this.position, all);
    }

    String hourText(DayOfWeek day) {
        return (day.ordinal() < this.hours.size()) ? this.hours.get(day.ordinal()) : "";
    }

    public Channel.Kind getKind() {
        return this.kind;
    }

    public void setKind(Channel.Kind kind) {
        this.kind = kind;
    }

    public String getName() {
        return this.name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return this.contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getContactUrl() {
        return this.contactUrl;
    }

    public void setContactUrl(String contactUrl) {
        this.contactUrl = contactUrl;
    }

    public String getDescriptionMarkdown() {
        return this.descriptionMarkdown;
    }

    public void setDescriptionMarkdown(String descriptionMarkdown) {
        this.descriptionMarkdown = descriptionMarkdown;
    }

    public int getPosition() {
        return this.position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public List<String> getHours() {
        return this.hours;
    }

    public void setHours(List<String> hours) {
        this.hours = (hours != null) ? new ArrayList<>(hours) : new ArrayList<>();
        while (this.hours.size() < 7) {
            this.hours.add("");
        }
    }

}
