package io.github.backendnotes.snippets;

import io.github.backendnotes.model.Digits;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rubric says of the languages its programs are written in: the Rust edition ("語法需符合 Rust 2024 edition")
 * and the least Go version ("Go 1.24+").
 *
 * @param rustEdition the edition the rubric names, or null
 * @param goMinimum   the least Go version as {major, minor}, or null
 */
public record RubricFacts(String rustEdition, int[] goMinimum) {

    public static final RubricFacts NONE = new RubricFacts(null, null);

    private static final Pattern EDITION = Pattern.compile(
            "Rust\\s*(20\\d\\d)\\s*edition|edition\\s*(20\\d\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern GO_VERSION = Pattern.compile("\\bGo\\s*(\\d+)\\.(\\d+)\\s*(?:\\+|以上|or later|or newer)",
            Pattern.CASE_INSENSITIVE);

    /** Read from the rubric's lines, enforced or not. */
    public static RubricFacts of(List<String> lines) {
        String edition = null;
        int[] go = null;
        for (String line : lines) {
            Matcher e = EDITION.matcher(line);
            if (edition == null && e.find()) {
                edition = e.group(1) != null ? e.group(1) : e.group(2);
            }
            Matcher g = GO_VERSION.matcher(line);
            if (go == null && g.find()) {
                go = new int[] {Digits.value(g.group(1)), Digits.value(g.group(2))};
            }
        }
        return new RubricFacts(edition, go);
    }

    /** Whether the line states a fact read here: a rule enforces it when programs are run. */
    public static boolean states(String line) {
        return EDITION.matcher(line).find() || GO_VERSION.matcher(line).find();
    }

    /** "1.24", or null. */
    public String goMinimumText() {
        return goMinimum == null ? null : goMinimum[0] + "." + goMinimum[1];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RubricFacts facts && java.util.Objects.equals(rustEdition, facts.rustEdition)
                && java.util.Arrays.equals(goMinimum, facts.goMinimum);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(rustEdition, java.util.Arrays.hashCode(goMinimum));
    }

    @Override
    public String toString() {
        return "RubricFacts[" + rustEdition + ", " + goMinimumText() + "]";
    }
}
