package br.jus.tjes.cariacica.assistant;

import java.util.ArrayList;
import java.util.List;

/**
 * One fold of a cross-validation over a labelled file: the examples whose position falls
 * in the fold are left unseen, the others learned, in the file's order.
 *
 * @param <T> an example
 * @param learned the examples to learn from
 * @param unseen the examples to measure on
 */
record Fold<T>(List<T> learned, List<T> unseen) {

    static <T> Fold<T> of(List<T> examples, int fold, int folds) {
        List<T> learned = new ArrayList<>();
        List<T> unseen = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            ((i % folds == fold) ? unseen : learned).add(examples.get(i));
        }
        return new Fold<>(learned, unseen);
    }

}
