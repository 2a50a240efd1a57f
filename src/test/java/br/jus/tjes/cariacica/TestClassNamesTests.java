package br.jus.tjes.cariacica;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Surefire runs only the classes whose names match its default includes (the pom sets
 * none): a test class named otherwise never runs, and the build stays green.
 */
class TestClassNamesTests {

    private static final Path TEST_SOURCES = Path.of("src/test/java");

    /** Surefire's default includes: Test*, *Test, *Tests, *TestCase. */
    private static final Pattern SUREFIRE_INCLUDES = Pattern.compile("(Test.*|.*Test|.*Tests|.*TestCase)\\.java");

    private static final Pattern TEST_METHOD = Pattern
        .compile("@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Property|Example)\\b(?![.\\w])");

    @Test
    void everyClassWithTestsHasANameSurefirePicksUp() throws IOException {
        assertThat(unpickedTestClasses(TEST_SOURCES)).as("test classes Surefire would never run (rename to *Tests)")
            .isEmpty();
    }

    @Test
    void aClassWithPropertiesButNoTestsSuffixIsFound(@org.junit.jupiter.api.io.TempDir Path sources)
            throws IOException {
        Path file = sources.resolve("br/example/NumberProperties.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "class NumberProperties {\n    @Property\n    void holds() {\n    }\n}\n");
        Files.writeString(sources.resolve("br/example/NumberTests.java"), "class NumberTests {\n    @Test\n}\n");

        assertThat(unpickedTestClasses(sources)).containsExactly("br/example/NumberProperties.java");
    }

    static List<String> unpickedTestClasses(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter((file) -> file.toString().endsWith(".java"))
                .filter((file) -> !SUREFIRE_INCLUDES.matcher(file.getFileName().toString()).matches())
                .filter((file) -> TEST_METHOD.matcher(read(file)).find())
                .map((file) -> root.relativize(file).toString().replace('\\', '/'))
                .sorted()
                .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
