package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.Digits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The crate versions and edition a chapter's Cargo manifests declare (toml blocks), held against the minimums a
 * rubric names ("Axum 0.8+ / sqlx 0.8+ / tokio 1.x", "Rust 2024 edition"). Code that shows no manifest says
 * nothing of its versions: only building it would.
 */
public final class Manifests {

    /** "Axum 0.8+", "tokio 1.x", "sqlx 0.8": a name and a minimum version. */
    private static final Pattern MINIMUM = Pattern.compile("([A-Za-z][\\w-]*)\\s+v?(\\d+(?:\\.\\d+)?)(?:\\+|\\.x)?(?![\\w.])");
    private static final Pattern EDITION = Pattern.compile("(?:Rust\\s+)?(20\\d\\d)\\s+edition|edition\\s+(20\\d\\d)",
            Pattern.CASE_INSENSITIVE);
    /** {@code axum = "0.8"} or {@code tokio = { version = "1", … }}. */
    private static final Pattern DEPENDENCY = Pattern.compile(
            "(?m)^\\s*([A-Za-z][\\w-]*)\\s*=\\s*(?:\"([^\"]+)\"|\\{[^}\\n]*?\\bversion\\s*=\\s*\"([^\"]+)\")");
    private static final Pattern EDITION_KEY = Pattern.compile("(?m)^\\s*edition\\s*=\\s*\"(\\d+)\"");
    private static final Pattern VERSION = Pattern.compile("^[\\^~=>\\s]*(\\d+)(?:\\.(\\d+))?");

    private Manifests() {
    }

    /** The minimums a phrase names, by lower-case crate name; only names followed by a version. */
    public static Map<String, String> minimums(String text) {
        Map<String, String> minimums = new LinkedHashMap<>();
        Matcher m = MINIMUM.matcher(text);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (!name.equals("rust") && !name.equals("go") && !name.equals("edition")) {
                minimums.put(name, m.group(2));
            }
        }
        return minimums;
    }

    /** The edition a phrase names ("Rust 2024 edition"), or empty. */
    public static String edition(String text) {
        Matcher m = EDITION.matcher(text);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "";
    }

    /** What the manifests among {@code blocks} declare below the minimums or against the edition. */
    public static List<String> problems(List<Block.CodeBlock> blocks, Map<String, String> minimums, String edition) {
        List<String> problems = new ArrayList<>();
        for (Block.CodeBlock block : blocks) {
            if (!block.language().equalsIgnoreCase("toml")) {
                continue;
            }
            Matcher dependency = DEPENDENCY.matcher(block.literal());
            while (dependency.find()) {
                String name = dependency.group(1).toLowerCase(Locale.ROOT);
                String version = dependency.group(2) != null ? dependency.group(2) : dependency.group(3);
                String minimum = minimums.get(name);
                if (minimum != null && below(version, minimum)) {
                    problems.add(name + " \"" + version + "\" (line " + lineOf(block, dependency.start(1)) + ", at least "
                            + minimum + ")");
                }
            }
            Matcher declared = EDITION_KEY.matcher(block.literal());
            while (!edition.isEmpty() && declared.find()) {
                if (!declared.group(1).equals(edition)) {
                    problems.add("edition \"" + declared.group(1) + "\" (line " + lineOf(block, declared.start(1))
                            + ", expected " + edition + ")");
                }
            }
        }
        return problems;
    }

    static boolean below(String version, String minimum) {
        Matcher have = VERSION.matcher(version);
        Matcher want = VERSION.matcher(minimum);
        if (!have.find() || !want.find()) {
            return false;
        }
        int major = Digits.value(have.group(1)) - Digits.value(want.group(1));
        if (major != 0) {
            return major < 0;
        }
        int haveMinor = have.group(2) == null ? 0 : Digits.value(have.group(2));
        int wantMinor = want.group(2) == null ? 0 : Digits.value(want.group(2));
        return haveMinor < wantMinor;
    }

    private static int lineOf(Block.CodeBlock block, int offset) {
        int line = block.line() + 1;
        for (int i = 0; i < offset; i++) {
            if (block.literal().charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
