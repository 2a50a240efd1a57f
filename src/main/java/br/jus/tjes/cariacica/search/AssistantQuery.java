package br.jus.tjes.cariacica.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A citizen's message reduced to the words the assistant's retrieval weighs: lower case,
 * without accents, greetings and thanks removed, each word with a weight. In a long
 * message the last sentences (where citizens put the question after telling their story)
 * weigh fully and the story weighs less. Letters and digits only, so nothing typed
 * reaches PostgreSQL as syntax. The runs of two and three consecutive words are kept too
 * ({@link #phrases()}), so a synonym can stand for an expression whose words mean little
 * alone ("em que pé", "advogado de graça", "pela internet").
 *
 * @param words the words, each once
 * @param weights the weight of each word, in the same order
 * @param phrases the runs of two and three consecutive words (generic words and
 * one-letter abbreviations included), each once
 * @param phraseWeights the weight of each phrase, in the same order
 */
record AssistantQuery(List<String> words, List<Double> weights, List<String> phrases, List<Double> phraseWeights) {

    static final int MAX_PHRASES = 80;

    static final int MAX_WORDS = 40;

    private static final int MAX_LENGTH = 1_200;

    private static final int STORY_WORDS = 16;

    /**
     * The story before the question: 0.6 (0.4 until the third pass of the evaluation),
     * because what the question is about is often told there ("não tenho internet…
     * marcaram minha audiência por videochamada. Como vou participar?").
     */
    private static final double STORY_WEIGHT = 0.6;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n]+");

    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");

    /**
     * Greetings, thanks, politeness and request verbs ("me explica"): they say nothing
     * about what is asked.
     */
    private static final Pattern COURTESY = Pattern
        .compile("\\b(bom dia|boa tarde|boa noite|tudo bem|tudo bom|td bem|ola|oi|oie|opa|obrigad[oa]|obg|valeu|vlw"
                + "|por favor|pf|pfv|por gentileza|gostaria de saber|queria saber|quero saber|preciso saber"
                + "|uma duvida|uma pergunta|me ajuda|me ajude|alguem"
                + "|me (conta|conte|diga|diz|fala|fale|explica|explique|informa|informe|indica|indique|mostra|mostre))\\b");

    /**
     * Words every kind of question has ("como faço", "posso", "preciso saber"): in the
     * titles of many FAQ entries, so they would rank them for any question. Since the
     * sixth pass (docs/ASSISTANT.md) also the forms of "ter" beside "tem" ("tenho que
     * entrar com o processo" is not about "Não tenho dinheiro para advogado"), the court
     * addressed ("vocês atendem…": "você" is in the bodies of notices that talk to the
     * reader) and "por mim", and a case that "corre" in a vara (it is handled there; "Os
     * prazos correm no fim do ano?" took every question about where or how a case runs).
     */
    private static final Set<String> GENERIC = Set.of("faco", "fazer", "faz", "fazem", "feito", "posso", "pode",
            "podem", "poderia", "possivel", "consigo", "consegue", "quero", "queria", "gostaria", "preciso", "precisa",
            "precisam", "sei", "saber", "acontece", "agora", "coisa", "algo", "alguma", "algum", "ajuda", "ajudar",
            "duvida", "pergunta", "informacao", "informacoes", "favor", "sobre", "ai", "ali", "la", "aqui", "entao",
            "ok", "sim", "senhor", "senhora", "moco", "moca", "gente", "pessoal", "tudo", "bem", "certo", "normal",
            "vai", "vou", "vamos", "ir", "vem", "tem", "ter", "tenho", "ser", "sera", "seria", "estar", "fica", "ficar",
            "dar", "da", "diz", "dizer", "quer", "ver", "funciona", "funcionar", "funcionam", "vc", "vcs", "voce",
            "voces", "mim", "corre", "oq", "oque",
            // The other forms of the same verbs: the index reads them as their infinitive
            // (V120), so "possa" would count as every "pode".
            "possa", "possas", "possam", "possamos", "podemos", "podia", "podiam", "poderiam", "pude", "puder",
            "puderem", "puderam", "pudesse", "pudessem", "poderao", "faca", "facas", "facam", "fazia", "fiz", "fez",
            "fizer", "fizerem", "fizeram", "farei", "fara", "farao", "faria", "fariam", "vais", "va", "vao", "irei",
            "iria", "ia", "iam", "serao", "estao", "tens", "terao", "dou", "dao", "dei", "deu", "deram", "deem", "digo",
            "diga", "digam", "disse", "disseram", "ve", "veem", "vejo", "veja", "vejam", "vi", "viu", "viram", "venho",
            "venha", "venham", "vim", "veio", "saiba", "saibam", "soube", "queira", "queiram", "quis", "quiser",
            "consiga", "consigam", "fique", "fiquem", "fiquei");

    static AssistantQuery of(String message) {
        if (message == null || message.isBlank()) {
            return new AssistantQuery(List.of(), List.of(), List.of(), List.of());
        }
        String text = plain(message);
        if (text.length() > MAX_LENGTH) {
            text = text.substring(text.length() - MAX_LENGTH);
        }
        text = COURTESY.matcher(text).replaceAll(" ");
        List<List<String>> sentences = new ArrayList<>();
        List<List<String>> runs = new ArrayList<>();
        int count = 0;
        for (String sentence : SENTENCE_END.split(text)) {
            List<String> tokens = new ArrayList<>();
            List<String> all = new ArrayList<>();
            for (String token : NOT_A_WORD.split(sentence)) {
                if (token.isEmpty() || token.length() > 60) {
                    continue;
                }
                all.add(token);
                if (token.length() >= 2 && !GENERIC.contains(token)) {
                    tokens.add(token);
                }
            }
            if (!tokens.isEmpty()) {
                sentences.add(tokens);
                runs.add(all);
                count += tokens.size();
            }
        }
        boolean story = count > STORY_WORDS && sentences.size() > 2;
        // The last sentences first, so the question survives the cap on words.
        Map<String, Double> weighted = new LinkedHashMap<>();
        for (int i = sentences.size() - 1; i >= 0; i--) {
            double weight = (story && i < sentences.size() - 2) ? STORY_WEIGHT : 1.0;
            for (String token : sentences.get(i)) {
                if (weighted.size() < MAX_WORDS || weighted.containsKey(token)) {
                    weighted.merge(token, weight, Math::max);
                }
            }
        }
        Map<String, Double> phrases = new LinkedHashMap<>();
        for (int i = runs.size() - 1; i >= 0; i--) {
            double weight = (story && i < runs.size() - 2) ? STORY_WEIGHT : 1.0;
            List<String> run = runs.get(i);
            for (int start = 0; start < run.size() - 1; start++) {
                for (int end = start + 2; end <= Math.min(start + 3, run.size()); end++) {
                    String phrase = String.join(" ", run.subList(start, end));
                    if (phrases.size() < MAX_PHRASES || phrases.containsKey(phrase)) {
                        phrases.merge(phrase, weight, Math::max);
                    }
                }
            }
        }
        return new AssistantQuery(List.copyOf(weighted.keySet()), List.copyOf(weighted.values()),
                List.copyOf(phrases.keySet()), List.copyOf(phrases.values()));
    }

    /** Lower case, without accents. */
    static String plain(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("");
    }

    boolean isEmpty() {
        return this.words.isEmpty();
    }

}
