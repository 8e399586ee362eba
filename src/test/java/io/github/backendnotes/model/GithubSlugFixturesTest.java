package io.github.backendnotes.model;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fixtures of the {@code github-slugger} package, which reproduce GitHub's anchors: every case, run in order
 * through one note's headings, gives the expected anchor.
 */
class GithubSlugFixturesTest {

    /** The full set, where the project's checkout sits beside the shared conformance data. */
    private static final Path SHARED = Path.of("..", "shared", "conformance", "github-slugger", "fixtures.json");

    private record Case(String name, String input, String expected) {
    }

    @Test
    void everySharedFixtureGivesGithubsAnchor() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SHARED), "no shared github-slugger fixtures at " + SHARED);
        assertAll(cases(Files.readString(SHARED)));
    }

    @Test
    void theCopiedFixturesGiveGithubsAnchor() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/github-slugger/fixtures-subset.json")) {
            List<Case> cases = cases(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(26, cases.size());
            assertAll(cases);
        }
    }

    private static void assertAll(List<Case> cases) {
        List<String> anchors = Slugs.numberedInOrder(cases.stream().map(one -> Slugs.slug(one.input())).toList());
        for (int i = 0; i < cases.size(); i++) {
            Case one = cases.get(i);
            assertEquals(one.expected(), anchors.get(i), one.name());
        }
    }

    private static final Pattern FIELD = Pattern.compile("\"(name|input|expected)\"\\s*:\\s*\"((?:\\\\.|[^\"\\\\])*)\"");

    /** The fixtures file is a list of objects with three string fields each, in that order. */
    private static List<Case> cases(String json) {
        List<Case> cases = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        Matcher field = FIELD.matcher(json);
        while (field.find()) {
            fields.add(unescape(field.group(2)));
            if (fields.size() == 3) {
                cases.add(new Case(fields.get(0), fields.get(1), fields.get(2)));
                fields.clear();
            }
        }
        return cases;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
