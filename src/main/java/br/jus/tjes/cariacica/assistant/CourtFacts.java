package br.jus.tjes.cariacica.assistant;

import java.util.List;
import java.util.Set;

/**
 * What the assistant knows about the unit besides its pages: hours, whether it is open
 * now, and how to reach a person. The assistant has its own implementation from
 * {@link AssistantProperties.Unit}; a module that owns the unit's data may provide a bean
 * of this type instead, and the assistant uses it.
 */
interface CourtFacts {

    /**
     * Short facts, current at the time of the call, each given to the model as a passage.
     */
    List<Fact> facts();

    /** Where a citizen reaches a person, in the order to offer them. */
    List<Channel> channels();

    /**
     * One fact about the court the assistant may state.
     *
     * @param title what the fact is about
     * @param text the fact in plain Portuguese
     * @param url the page where a citizen reads more
     * @param keywords lower-case words without accents that make the fact relevant to a
     * question
     * @param unitsOwn whether it describes the unit itself (its hours, whether it is
     * open, its contacts), which a question about another place is not asking for; the
     * plantão and the Defensoria are not
     */
    record Fact(String title, String text, String url, Set<String> keywords, boolean unitsOwn) {
    }

    /**
     * A way to reach a person at the court, shown as a button.
     *
     * @param kind {@code balcao-virtual}, {@code telefone}, {@code email} or
     * {@code defensoria}
     * @param label what a citizen reads on the button
     * @param href where it goes ({@code https:}, {@code tel:} or {@code mailto:})
     * @param openNow whether it is attended now; null when it does not apply
     */
    record Channel(String kind, String label, String href, Boolean openNow) {
    }

}
