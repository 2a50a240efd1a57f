package br.jus.tjes.cariacica;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a citizen or a staff member reads comes from {@code messages.properties}
 * (petclinic's {@code I18nPropertiesSyncTest} idea): the templates hold no literal text
 * that reaches the page, and every key the templates and the Java code name exists. Plain
 * files, no Spring context.
 */
class MessageKeysTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Path JAVA = Path.of("src/main/java");

    private static final Path MESSAGES = Path.of("src/main/resources/messages.properties");

    /**
     * Attributes a person reads or hears (a tooltip, an image's text, a screen reader's
     * label, a hint in an empty field).
     */
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "aria-label", "aria-description",
            "aria-placeholder", "aria-roledescription", "aria-valuetext", "placeholder", "label");

    /**
     * Input types whose {@code value} is the text on a button (a {@code <button>}'s value
     * is only sent, its text is its body).
     */
    private static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");

    /** Thymeleaf attributes that replace their element's body (or the element). */
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors");

    /**
     * Elements an HTML parser moves or drops when a fragment holds them without their
     * table or list (a {@code th:block} of table cells): renamed before parsing, so every
     * text stays under the element that replaces it.
     */
    private static final Pattern CONTEXT_BOUND_TAGS = Pattern
        .compile("<(/?)(table|caption|colgroup|col|thead|tbody|tfoot|tr|td|th|select|option|optgroup)(?=[\\s>/])");

    /** Thymeleaf attributes whose value is shown to people. */
    private static final Set<String> VISIBLE_EXPRESSIONS = Set.of("th:text", "th:utext", "th:title", "th:alt",
            "th:aria-label", "th:placeholder", "th:value", "th:content", "th:label");

    /**
     * Literal text deliberately left in a template, each with its reason. Empty today:
     * add an entry only when no message could do.
     */
    private static final Map<String, String> ALLOWED_TEXT = Map.of();

    /**
     * Java strings shaped like message keys, in a namespace the bundle uses, that are not
     * message keys. Each says what it is instead.
     */
    private static final Map<String, String> NOT_MESSAGE_KEYS = Map.of();

    /** {@code [[...]]} and {@code [(...)]}: Thymeleaf's inlined expressions. */
    private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

    /**
     * Literals that are code, not prose: enum names ({@code 'PRESENCIAL'}) and date
     * patterns ({@code 'dd/MM/yyyy HH:mm'}).
     */
    private static final Pattern NOT_PROSE = Pattern.compile("[A-Z][A-Z0-9_]*|[dMyHhmsSaEu/:.,\\- ]+");

    /** A quoted literal inside an expression. */
    private static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");

    /** {@code #messages.msg('key')} and the like, with a literal key or key prefix. */
    private static final Pattern MESSAGES_CALL = Pattern
        .compile("#messages\\.(msg|msgWithParams|arrayMsg|listMsg|setMsg)\\(\\s*'([^']*)'\\s*(\\+)?");

    /**
     * A string literal in Java code shaped like a message key ({@code contas.criada}).
     */
    private static final Pattern JAVA_KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)\"");

    /** A key prefix completed at run time: {@code "erro." + code}. */
    private static final Pattern JAVA_KEY_PREFIX = Pattern
        .compile("\"([a-z][a-zA-Z0-9-]*(?:\\.[a-zA-Z0-9-]+)*\\.)\"\\s*\\+");

    /** Bean Validation messages taken from the bundle: {@code message = "{key}"}. */
    private static final Pattern CONSTRAINT_MESSAGE = Pattern.compile("message\\s*=\\s*\"\\{([^}]+)}\"");

    private static Properties messages;

    private static Set<String> namespaces;

    @BeforeAll
    static void readMessages() throws IOException {
        messages = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES, StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        namespaces = messages.stringPropertyNames()
            .stream()
            .map((key) -> key.substring(0, key.indexOf('.') + 1))
            .filter((namespace) -> !namespace.isEmpty())
            .collect(Collectors.toSet());
    }

    @Test
    void templatesShowNoLiteralText() throws IOException {
        var found = new ArrayList<String>();
        for (Path template : templates()) {
            found.addAll(literalText(template));
        }
        found.removeIf((entry) -> ALLOWED_TEXT.containsKey(entry.substring(entry.indexOf(": ") + 2)));

        assertThat(found).as("literal text in templates (move it to messages.properties)").isEmpty();
    }

    @Test
    void everyMessageKeyOfTheTemplatesExists() throws IOException {
        var missing = new TreeSet<String>();
        int checked = 0;
        for (Path template : templates()) {
            String html = Files.readString(template);
            for (String expression : messageExpressions(html)) {
                checkMessageExpression(expression, template, missing);
                checked++;
            }
            Matcher call = MESSAGES_CALL.matcher(html);
            while (call.find()) {
                check(call.group(2), call.group(3) != null, template, missing);
            }
        }

        assertThat(missing).as("message keys the templates use that messages.properties lacks").isEmpty();
        assertThat(checked).as("message expressions read").isGreaterThan(300);
    }

    @Test
    void everyMessageKeyOfTheJavaCodeExists() throws IOException {
        var missing = new TreeSet<String>();
        int checked = 0;
        for (Path source : javaSources()) {
            for (KeyUse use : keysIn(Files.readString(source))) {
                check(use.key(), use.prefix(), source, missing);
                checked++;
            }
        }

        assertThat(missing).as("message keys the Java code uses that messages.properties lacks").isEmpty();
        // The scan is not vacuous: the controllers, forms and services name many keys.
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void theJavaScanFindsKeysFlashMessagesAndConstraintMessages() {
        String code = """
                binding.rejectValue("senha", "contas.senha.tamanho");
                redirect.addFlashAttribute("mensagem", "contas.criada");
                messages.getMessage("erro." + code + ".texto", null, locale);
                @NotBlank(message = "{contas.usuario.obrigatorio}")
                String css = "site.css.min"; String property = "court.tasks.enabled";
                """;

        assertThat(keysIn(code)).containsExactly(new KeyUse("contas.senha.tamanho", false),
                new KeyUse("contas.criada", false), new KeyUse("site.css.min", false), new KeyUse("erro.", true),
                new KeyUse("contas.usuario.obrigatorio", false));
    }

    /**
     * The message keys a Java source names: literals shaped like a key in a namespace of
     * the bundle, key prefixes completed at run time, and Bean Validation messages.
     */
    private static List<KeyUse> keysIn(String code) {
        var uses = new ArrayList<KeyUse>();
        Matcher literal = JAVA_KEY_LITERAL.matcher(code);
        while (literal.find()) {
            String key = literal.group(1);
            if (inBundleNamespace(key) && !NOT_MESSAGE_KEYS.containsKey(key)) {
                uses.add(new KeyUse(key, false));
            }
        }
        Matcher prefix = JAVA_KEY_PREFIX.matcher(code);
        while (prefix.find()) {
            if (inBundleNamespace(prefix.group(1))) {
                uses.add(new KeyUse(prefix.group(1), true));
            }
        }
        Matcher constraint = CONSTRAINT_MESSAGE.matcher(code);
        while (constraint.find()) {
            uses.add(new KeyUse(constraint.group(1), false));
        }
        return uses;
    }

    @Test
    void theChecksFindLiteralTextAndUnknownKeys() throws IOException {
        Path template = Files.createTempFile("pagina", ".html");
        try {
            Files.writeString(template,
                    """
                            <html xmlns:th="http://www.thymeleaf.org" th:replace="~{fragments/layout :: layout(~{::main})}">
                            <body><main>
                            <h1 th:text="#{site.nome}">Substituído</h1>
                            <p>Texto solto</p>
                            <img src="x.svg" alt="Brasão">
                            <button type="submit" th:title="#{site.nome}" title="Ignorado" name="util" value="sim">&rarr; 2026</button>
                            <input type="submit" value="Enviar">
                            <span th:text="${a} ?: 'sem valor'">x</span>
                            <p th:text="#{chave.que.nao.existe}">x</p>
                            <th:block th:fragment="celulas"><td th:text="#{site.nome}">Exemplo</td><td>Solta</td></th:block>
                            <p th:errors="*{nome}">Erro</p>
                            <div th:replace="~{site/fragments :: situacao(${item})}">Exemplo</div>
                            </main></body></html>
                            """);
            var missing = new TreeSet<String>();
            messageExpressions(Files.readString(template))
                .forEach((expression) -> checkMessageExpression(expression, template, missing));

            assertThat(literalText(template)).map((entry) -> entry.substring(entry.indexOf(": ") + 2))
                .containsExactly("Texto solto", "alt=Brasão", "value=Enviar", "th:text='sem valor'", "Solta");
            assertThat(missing).singleElement().asString().endsWith("chave.que.nao.existe");
        }
        finally {
            Files.delete(template);
        }
    }

    private static List<String> literalText(Path template) throws IOException {
        String html = CONTEXT_BOUND_TAGS.matcher(Files.readString(template)).replaceAll("<$1x-$2");
        Document document = Jsoup.parse(html);
        var found = new ArrayList<String>();
        String name = (template.startsWith(TEMPLATES) ? TEMPLATES.relativize(template) : template.getFileName())
            .toString();
        for (Element element : document.getAllElements()) {
            Element parent = element.parent();
            if ((element.hasAttr("th:replace") && !element.attr("th:replace").contains("~{::"))
                    || element.attr("th:remove").equals("all") || ((parent != null) && isRemovedOrReplaced(parent))) {
                // Neither its attributes nor its text reach the page.
                continue;
            }
            for (TextNode text : isRemovedOrReplaced(element) ? List.<TextNode>of() : element.textNodes()) {
                String shown = INLINED.matcher(text.text()).replaceAll("").strip();
                if (hasWords(shown)) {
                    found.add(name + ": " + shown);
                }
            }
            element.attributes().forEach((attribute) -> {
                String key = attribute.getKey();
                boolean visible = VISIBLE_ATTRIBUTES.contains(key) || (key.equals("value") && showsValue(element));
                if (visible && hasWords(attribute.getValue()) && !element.hasAttr("th:" + key)
                        && !element.attr("th:attr").contains(key + "=")) {
                    found.add(name + ": " + key + "=" + attribute.getValue());
                }
                if (VISIBLE_EXPRESSIONS.contains(key)) {
                    literalsIn(attribute.getValue())
                        .forEach((literal) -> found.add(name + ": " + key + "='" + literal + "'"));
                }
            });
        }
        return found;
    }

    /**
     * Whether Thymeleaf replaces this element's text before anyone sees it: it or an
     * ancestor is replaced, has its body replaced, or is removed.
     */
    private static boolean isRemovedOrReplaced(Element element) {
        for (Element current = element; current != null; current = current.parent()) {
            if (current.nameIs("script") || current.nameIs("style")) {
                return true;
            }
            String remove = current.attr("th:remove");
            if (remove.equals("all") || ((current != element) && remove.equals("body"))) {
                return true;
            }
            for (String replacing : REPLACING) {
                // A layout call passes this template's own parts on (~{::main}): they
                // stay.
                if (current.hasAttr(replacing) && !current.attr(replacing).contains("~{::")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean showsValue(Element element) {
        return element.nameIs("input") && BUTTON_INPUTS.contains(element.attr("type").toLowerCase(Locale.ROOT));
    }

    /**
     * Quoted literals of an expression that read as prose (a space, a capital or an
     * accented letter), outside message expressions: message keys and enum names do not.
     */
    private static List<String> literalsIn(String expression) {
        String outsideMessages = expression;
        for (String message : messageExpressions(expression)) {
            outsideMessages = outsideMessages.replace("#{" + message + "}", "");
        }
        var literals = new ArrayList<String>();
        Matcher quoted = QUOTED.matcher(outsideMessages);
        while (quoted.find()) {
            String literal = quoted.group(1);
            if (hasWords(literal) && !NOT_PROSE.matcher(literal).matches() && literal.chars()
                .anyMatch((c) -> Character.isWhitespace(c) || Character.isUpperCase(c) || c > 127)) {
                literals.add(literal);
            }
        }
        return literals;
    }

    /** Letters, as opposed to spacing, punctuation, digits and symbols. */
    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * The bodies of every {@code #{...}} in a text, braces of nested {@code ${...}}
     * included.
     */
    private static List<String> messageExpressions(String text) {
        var expressions = new ArrayList<String>();
        int start = text.indexOf("#{");
        while (start >= 0) {
            int depth = 1;
            int end = start + 2;
            while (end < text.length() && depth > 0) {
                char c = text.charAt(end);
                depth += (c == '{') ? 1 : (c == '}') ? -1 : 0;
                end++;
            }
            expressions.add(text.substring(start + 2, end - 1));
            start = text.indexOf("#{", end);
        }
        return expressions;
    }

    /**
     * Checks {@code key}, {@code key(args)}, {@code |prefix.${x}|} (the prefix must start
     * some key); a key chosen entirely at run time ({@code ${erro}}) is not checked.
     */
    private static void checkMessageExpression(String expression, Path file, Set<String> missing) {
        String body = expression.strip();
        if (body.startsWith("|")) {
            String inside = body.substring(1, body.indexOf('|', 1));
            int dynamic = inside.indexOf("${");
            if (dynamic != 0) {
                check((dynamic > 0) ? inside.substring(0, dynamic) : inside, dynamic > 0, file, missing);
            }
            return;
        }
        if (body.startsWith("${") || body.startsWith("*{")) {
            return;
        }
        int arguments = body.indexOf('(');
        String key = (arguments >= 0) ? body.substring(0, arguments) : body;
        int preprocessed = key.indexOf("__");
        if (preprocessed >= 0) {
            check(key.substring(0, preprocessed), true, file, missing);
        }
        else {
            check(key, false, file, missing);
        }
    }

    private static void check(String key, boolean prefix, Path file, Set<String> missing) {
        boolean found = prefix ? messages.stringPropertyNames().stream().anyMatch((name) -> name.startsWith(key))
                : messages.containsKey(key);
        if (!found) {
            missing.add(file + ": " + key + (prefix ? "…" : ""));
        }
    }

    private static boolean inBundleNamespace(String key) {
        return namespaces.contains(key.substring(0, key.indexOf('.') + 1));
    }

    private static List<Path> templates() throws IOException {
        return files(TEMPLATES, ".html");
    }

    private static List<Path> javaSources() throws IOException {
        return files(JAVA, ".java");
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter((file) -> file.toString().endsWith(suffix)).sorted().toList();
        }
    }

    record KeyUse(String key, boolean prefix) {
    }

}
