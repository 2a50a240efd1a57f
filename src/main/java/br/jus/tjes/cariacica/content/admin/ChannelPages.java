package br.jus.tjes.cariacica.content.admin;

import java.time.DayOfWeek;

import br.jus.tjes.cariacica.content.Channel;
import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditing;
import br.jus.tjes.cariacica.content.Edited;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;

/** Contact channels (balcão, telephone, e-mail...) and their opening hours. */
@Controller
@RequestMapping("/admin/conteudo/canais")
class ChannelPages extends ContentPages<ChannelForm, ContentDraft.Channel> {

    ChannelPages(ContentEditing editing) {
        super(editing.channels());
    }

    @Override
    String section() {
        return "canais";
    }

    @Override
    ChannelForm emptyForm() {
        return new ChannelForm();
    }

    @Override
    ChannelForm formOf(ContentDraft.Channel draft) {
        return ChannelForm.of(draft);
    }

    @Override
    void addChoices(Model model) {
        model.addAttribute("tipos", Channel.Kind.values());
        model.addAttribute("dias", DayOfWeek.values());
    }

    @Override
    void validate(ChannelForm form, BindingResult binding) {
        for (DayOfWeek day : DayOfWeek.values()) {
            try {
                WeeklyHours.parse(day, form.hourText(day));
            }
            catch (IllegalArgumentException ex) {
                binding.rejectValue("hours[" + day.ordinal() + "]", ex.getMessage());
            }
        }
    }

    @Override
    ListRow row(Edited<ContentDraft.Channel> item) {
        return new ListRow(item.id(), item.draft().name(), item.draft().contact(), null);
    }

}
