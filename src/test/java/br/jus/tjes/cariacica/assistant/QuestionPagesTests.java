package br.jus.tjes.cariacica.assistant;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

import br.jus.tjes.cariacica.assistant.TextClassifier.Labelled;
import br.jus.tjes.cariacica.search.SearchHit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page model learned from the labelled questions names the page of questions it was
 * not given, and only ever reorders what the search found.
 */
class QuestionPagesTests {

    private static final int FOLDS = 5;

    private static final List<Labelled<String>> EXAMPLES = QuestionPages.examples(QuestionPages.EXAMPLES);

    @Test
    void aModelLearnedWithoutAFifthOfTheQuestionsPutsTheirPageFirst() {
        List<String> pages = List.copyOf(new LinkedHashSet<>(EXAMPLES.stream().map(Labelled::label).toList()));
        int first = 0;
        int firstThree = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            var split = Fold.of(EXAMPLES, fold, FOLDS);
            QuestionPages model = QuestionPages.learn(split.learned());
            for (Labelled<String> example : split.unseen()) {
                List<String> ordered = model.reorder(example.message(), pages, Function.identity());
                first += ordered.getFirst().equals(example.label()) ? 1 : 0;
                firstThree += ordered.subList(0, 3).contains(example.label()) ? 1 : 0;
            }
        }
        double top1 = first / (double) EXAMPLES.size();
        double top3 = firstThree / (double) EXAMPLES.size();
        System.out.printf("unseen fifths: the page first %.3f, in the first three %.3f%n", top1, top3);
        // Measured on 06/12/2026 with 1,580 questions, each against every page the file
        // names (the search's few candidates are an easier choice) and counting only the
        // first of the pages its evaluation part accepts: first 0.865, first three 0.949;
        // with 1,700 (heldout44 to heldout47): 0.869 and 0.959; with 1,820 (heldout48 to
        // heldout51): 0.874 and 0.958; with 1,940 (heldout52 to heldout55): 0.881 and
        // 0.962; with 2,060 (heldout56 to heldout59): 0.878 and 0.964; with 2,180
        // (heldout60 to heldout63): 0.879 and 0.967; with 2,240 (heldout64 and
        // heldout65): 0.879 and 0.968; with 2,300 (heldout66 and heldout67): 0.881 and
        // 0.967; with 2,359 (heldout68 and heldout69): 0.880 and 0.966; with 2,418
        // (heldout70 and heldout71): 0.885 and 0.967; with 2,476 (heldout72 and
        // heldout73): 0.885 and 0.966; with 2,533 (heldout74 and heldout75): 0.889 and
        // 0.967; with 2,592 (heldout76 and heldout77): 0.889 and 0.967; with 2,649
        // (heldout78 and heldout79): 0.889 and 0.966; with 2,707 (heldout80 and
        // heldout81): 0.889 and 0.965; with 2,763 (heldout82 and heldout83): 0.890 and
        // 0.968; with
        // 2,821 (heldout86 and heldout87): 0.892 and 0.966; with 2,880 (heldout88 and
        // heldout89): 0.891 and 0.967; with 2,940 (heldout90 and heldout91): 0.890 and
        // 0.968; with 2,997 (heldout92 and heldout93): 0.889 and 0.967; with 3,056
        // (heldout94 and heldout95): 0.890 and 0.965; with 3,112 (heldout96 and
        // heldout97): 0.886 and 0.967; with 3,169 (heldout98 and heldout99): 0.889 and
        // 0.967; with 3,228 (heldout100 and heldout101): 0.886 and 0.967; with 3,286
        // (heldout102 and heldout103): 0.888 and 0.970; with 3,344 (heldout104 and
        // heldout105): 0.893 and 0.971; with 3,401 (heldout106 and heldout107): 0.892
        // and 0.971; with 3,460 (heldout108 and heldout109): 0.896 and 0.972; with 3,519
        // (heldout110 and heldout111): 0.895 and 0.973; with 3,576 (heldout112 and
        // heldout113): 0.895 and 0.974; with 3,633 (heldout114 and heldout115): 0.898 and
        // 0.972; with 3,690 (heldout116 and heldout117): 0.897 and 0.972; with 3,748
        // (heldout118 and heldout119): 0.896 and 0.973; with 3,805 (heldout120 and
        // heldout121): 0.898 and 0.971; with 3,862 (heldout122 and heldout123): 0.900 and
        // 0.974; with 3,920 (heldout124 and heldout125): 0.903 and 0.973; with 3,978
        // (heldout126 and heldout127): 0.899 and 0.972; with 4,034 (heldout128 and
        // heldout129): 0.897 and 0.972; with 4,091 (heldout130 and heldout131): 0.895 and
        // 0.974; with 4,149 (heldout132 and heldout133): 0.897 and 0.973; with
        // 4,207 (heldout134 and heldout135): 0.896 and 0.973; with 4,266 (heldout136
        // and heldout137): 0.898 and 0.974; with 4,324
        // (heldout138 and heldout139): 0.898 and 0.975; with 4,383 (heldout140 and
        // heldout141): 0.898 and 0.974; with 4,441 (heldout142 and heldout143): 0.895 and
        // 0.971; with 4,499 (heldout144 and heldout145): 0.896 and 0.973; with 4,559
        // (heldout146 and heldout147): 0.895 and 0.971; with 4,617 (heldout148 and
        // heldout149): 0.893 and 0.972; with 4,676 (heldout150 and heldout151): 0.894
        // and 0.971; with 4,734 (heldout152 and heldout153): 0.893 and 0.971; with 4,793
        // (heldout154 and heldout155): 0.893 and 0.971; with 4,852 (heldout156 and
        // heldout157): 0.897 and 0.971; with 4,911 (heldout158 and heldout159): 0.895
        // and 0.971; with 4,967 (heldout160 and heldout161): 0.897 and 0.973; with 5,027
        // (heldout162 and heldout163): 0.897 and 0.971; with 5,084 (heldout164 and
        // heldout165): 0.897 and 0.971; with 5,139 (heldout166 and heldout167): 0.894
        // and 0.971; with 5,196 (heldout168 and heldout169): 0.895 and 0.971; with 5,254
        // (heldout170 and heldout171): 0.897 and 0.971; with 5,313 (heldout172 and
        // heldout173): 0.896 and 0.971; with 5,368 (heldout174 and heldout175): 0.896
        // and 0.971; with 5,428 (heldout176 and heldout177): 0.898 and 0.973; with 5,483
        // (heldout178 and heldout179): 0.898 and 0.972; with 5,542 (heldout180 and
        // heldout181): 0.898 and 0.972; with 5,601 (heldout182 and heldout183): 0.897 and
        // 0.974; with 5,659 (heldout184 and heldout185): 0.898 and 0.974; with 5,716
        // (heldout186 and heldout187): 0.897 and 0.972; with 5,773 (heldout188 and
        // heldout189): 0.893 and 0.973; with 5,830 (heldout190 and heldout191): 0.894 and
        // 0.974; with 5,884 (heldout192 and heldout193): 0.894 and 0.974; with 5,944
        // (heldout194 and heldout195): 0.893 and 0.974; with 6,001 (heldout196 and
        // heldout197): 0.895 and 0.973; with 6,056 (heldout198 and heldout199): 0.895 and
        // 0.973; with 6,114 (heldout200 and heldout201): 0.893 and 0.974; with 6,172
        // (heldout202 and heldout203): 0.895 and 0.975; with 6,226 (heldout204 and
        // heldout205): 0.895 and 0.973; with 6,281 (heldout206 and heldout207): 0.895 and
        // 0.972; with 6,341 (heldout208 and heldout209): 0.895 and 0.971; with 6,395
        // (heldout210 and heldout211): 0.896 and 0.972; with 6,452 (heldout212 and
        // heldout213): 0.896 and 0.972; with 6,510 (heldout214 and heldout215): 0.896 and
        // 0.972; with 6,569 (heldout216 and heldout217): 0.897 and 0.974; with 6,628
        // (heldout218 and heldout219): 0.896 and 0.974; with 6,687 (heldout220 and
        // heldout221): 0.901 and 0.973; with 6,746 (heldout222 and heldout223): 0.901
        // and 0.973; with 6,803 (heldout224 and heldout225): 0.900 and 0.973; with 6,859
        // (heldout226 and heldout227): 0.900 and 0.973; with 6,917 (heldout228 and
        // heldout229): 0.900 and 0.973; with 6,975 (heldout230 and heldout231): 0.900 and
        // 0.974; with 7,033 (heldout232 and heldout233): 0.901 and 0.973; with 7,091
        // (heldout234 and heldout235): 0.901 and 0.973; with 7,149 (heldout236 and
        // heldout237): 0.898 and 0.974; with 7,207 (heldout238 and heldout239): 0.898 and
        // 0.974; with 7,267 (heldout240 and heldout241): 0.898 and 0.972; with 7,325
        // (heldout242 and heldout243): 0.898 and 0.973; with 7,384 (heldout244
        // and heldout245): 0.898 and 0.974; with 7,444 (heldout246 and heldout247):
        // 0.893 and 0.973; with 7,502 (heldout248 and heldout249): 0.896 and 0.973.
        // With 7,562 (heldout250 and heldout251): 0.896 and 0.971; with 7,620 (heldout252
        // and heldout253): 0.893 and 0.972; with 7,677 (heldout254 and heldout255): 0.897
        // and 0.973; with 7,736 (heldout256 and heldout257): 0.896 and 0.973.
        // With 7,795 (heldout258 and heldout259): 0.896 and 0.972; with 7,855 (heldout260
        // and heldout261): 0.896 and 0.973; with 7,915 (heldout262 and heldout263):
        // 0.894 and 0.973; with 7,975 (heldout264 and heldout265): 0.897 and 0.973;
        // with 8,035 (heldout266 and heldout267): 0.895 and 0.974; with 8,095 (heldout268
        // and heldout269): 0.896 and 0.973; with 8,155 (heldout270 and heldout271): 0.897
        // and 0.973; with 8,215 (heldout272 and heldout273): 0.897 and 0.972; with 8,275
        // (heldout274 and heldout275): 0.893 and 0.973.
        // The guards leave room for the file to grow.
        assertThat(top1).isGreaterThanOrEqualTo(0.80);
        assertThat(top3).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void theModelOnlyReordersThePagesItKnowsAndAPageItDoesNotKnowKeepsTheSearchsPlace() {
        List<SearchHit> found = hits("/a-vara", "/pagina-nova-da-equipe", "/servicos/certidoes");

        List<SearchHit> ordered = QuestionPages.order("como tiro uma certidão negativa?", found);

        assertThat(ordered).extracting(SearchHit::url)
            .containsExactly("/servicos/certidoes", "/pagina-nova-da-equipe", "/a-vara");
    }

    @Test
    void aStoryIsOrderedByWhatItAsksNotByTheWordsItShares() {
        List<SearchHit> found = hits("/atendimento", "/a-vara", "/avisos/golpe-falso-servidor");

        List<SearchHit> ordered = QuestionPages.order("Ligaram pra minha mãe dizendo que eram da vara e pedindo "
                + "um pix pra liberar um dinheiro de processo, isso é verdade?", found);

        assertThat(ordered.getFirst().url()).isEqualTo("/avisos/golpe-falso-servidor");
    }

    @Test
    void theSameQuestionsAlwaysLearnTheSameModel() {
        List<Labelled<String>> some = EXAMPLES.subList(0, 400);
        QuestionPages first = QuestionPages.learn(some);
        QuestionPages second = QuestionPages.learn(some);
        List<String> pages = List.copyOf(new LinkedHashSet<>(some.stream().map(Labelled::label).toList()));

        for (Labelled<String> example : EXAMPLES) {
            assertThat(second.reorder(example.message(), pages, Function.identity()))
                .isEqualTo(first.reorder(example.message(), pages, Function.identity()));
        }
    }

    private static List<SearchHit> hits(String... urls) {
        return Arrays.stream(urls).map((url) -> new SearchHit("pagina", url, url, url, "", "", 1.0)).toList();
    }

}
