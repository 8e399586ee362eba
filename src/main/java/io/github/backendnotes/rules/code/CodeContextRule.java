package io.github.backendnotes.rules.code;

import io.github.backendnotes.check.CompiledPatterns;
import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.Digits;
import io.github.backendnotes.model.Ordered;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.SectionRequirement;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class CodeContextRule extends CodeStandardRule<CodeContextRule.CodeContext> {

    private static final Pattern INTRO = Pattern.compile("^\\s*(?:語境分段|語境|context per chapter|contexts?)\\s*[：:]?\\s*\\n",
            Pattern.CASE_INSENSITIVE);
    /** "語境固定：TypeScript + Next.js App Router": one context for every chapter. */
    private static final Pattern FIXED = Pattern.compile("^\\s*(?:語境固定|固定語境|fixed context)\\s*[：:]\\s*(.+?)[。.]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("(?m)^\\s*Ch\\s*(\\d+)(?:\\s*[-–~]\\s*(\\d+))?\\s*[：:]\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    /**
     * The names a context gives to the languages of its markup and components, and their fence languages. Script and
     * config code (ts, js, css, json, yaml, shell, …) is in every one of these projects (a Vite config, a helper
     * module, a build step), so no context is read as ruling it out.
     */
    private static final Map<String, Set<String>> NAMES = names();
    private static final Set<String> COMPONENT = Set.of("html", "tsx", "jsx", "svelte", "vue");

    /** Reads "語境分段：" with a nested line per chapter range ("Ch00-15：純 HTML + Vite / Play CDN。"). */
    public static final ClauseForm FORM = ClauseForm.wholeLine(CodeContextRule::read);

    /** A chapter range and the component languages its context names (empty: it names none, nothing is ruled out). */
    public record Range(int from, int to, String context, Set<String> languages) {
        public Range {
            languages = Ordered.set(languages);
        }
    }

    /** The context of each chapter range: markup and component code of a chapter is in its range's languages. */
    public record CodeContext(List<Range> ranges) implements SectionRequirement.CodeCheck {
        public CodeContext {
            ranges = List.copyOf(ranges);
        }

        @Override
        public String toString() {
            List<String> each = new ArrayList<>();
            for (Range range : ranges) {
                String chapters = range.to() == Integer.MAX_VALUE ? "every chapter"
                        : "Ch" + range.from() + (range.to() != range.from() ? "-" + range.to() : "");
                each.add(chapters + " "
                        + (range.languages().isEmpty() ? "no markup or component language named, not constrained"
                        : String.join("/", new java.util.TreeSet<>(range.languages()))));
            }
            return "CodeContext[" + String.join("; ", each) + "]";
        }
    }

    public CodeContextRule() {
        super("code.context", Severity.WARNING,
                "A chapter's markup and component code blocks (html, tsx, jsx, svelte, vue) are in the languages its "
                        + "chapter range's context names, where the rubric gives a context per range (\"語境分段：\" with "
                        + "\"Ch00-15：純 HTML + Vite / Play CDN\"): HTML and Play CDN name html, TSX tsx, JSX jsx, React "
                        + "and Next.js tsx and jsx, Svelte svelte, Vue vue. Script and config code (ts, js, css, json, "
                        + "shell, …) is never ruled out; a range whose context names none of these languages (a build "
                        + "set-up) rules nothing out. \"語境固定：TypeScript + Next.js App Router\" is one context for every "
                        + "chapter; SvelteKit names svelte and html (its app.html), and TypeScript leaves jsx out where "
                        + "tsx is named.",
                CodeContext.class);
    }

    static Optional<SectionRequirement.Check> read(String text) {
        Matcher fixed = FIXED.matcher(text);
        if (fixed.matches()) {
            return Optional.of(new CodeContext(List.of(new Range(0, Integer.MAX_VALUE, fixed.group(1).trim(),
                    languages(fixed.group(1))))));
        }
        if (!INTRO.matcher(text).find()) {
            return Optional.empty();
        }
        List<Range> ranges = new ArrayList<>();
        Matcher range = RANGE.matcher(text);
        while (range.find()) {
            int from = Digits.value(range.group(1));
            int to = range.group(2) == null ? from : Digits.value(range.group(2));
            ranges.add(new Range(from, to, range.group(3).trim(), languages(range.group(3))));
        }
        return ranges.isEmpty() ? Optional.empty() : Optional.of(new CodeContext(ranges));
    }

    /** A language's or framework's name as a word, by name: compiled once, as every context line is read for each. */
    private static final CompiledPatterns<String> NAMED = new CompiledPatterns<>(name -> Pattern.compile(
            "(?<![a-z])" + Pattern.quote(name) + "(?![a-z])"));

    private static Set<String> languages(String context) {
        Set<String> languages = new LinkedHashSet<>();
        String lower = context.toLowerCase(Locale.ROOT);
        NAMES.forEach((name, fences) -> {
            if (NAMED.of(name).matcher(lower).find()) {
                languages.addAll(fences);
            }
        });
        // a TypeScript project writes its components in tsx, not jsx
        if (lower.contains("typescript") && languages.contains("tsx")) {
            languages.remove("jsx");
        }
        return languages;
    }

    private static Map<String, Set<String>> names() {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        names.put("html", Set.of("html"));
        names.put("play cdn", Set.of("html"));
        names.put("tsx", Set.of("tsx"));
        names.put("jsx", Set.of("jsx"));
        names.put("react", Set.of("tsx", "jsx"));
        names.put("next.js", Set.of("tsx", "jsx"));
        names.put("svelte", Set.of("svelte"));
        // a SvelteKit app has its page shell and error page in html (src/app.html, src/error.html)
        names.put("sveltekit", Set.of("svelte", "html"));
        names.put("vue", Set.of("vue"));
        return names;
    }

    @Override
    String problem(Block.CodeBlock code, String language, CodeContext check) {
        return null; // the context depends on the chapter: see below
    }

    @Override
    String problem(Note note, Block.CodeBlock code, String language, CodeContext check) {
        String id = Series.chapterId(note.path());
        if (!COMPONENT.contains(language) || id.isEmpty() || id.length() > 6) {
            return null;
        }
        int chapter = Digits.value(id);
        for (Range range : check.ranges()) {
            if (chapter >= range.from() && chapter <= range.to() && !range.languages().isEmpty()
                    && !range.languages().contains(language)) {
                return language + " code in chapter " + id + ", whose context is '" + range.context() + "' ("
                        + String.join("/", new java.util.TreeSet<>(range.languages())) + ")";
            }
        }
        return null;
    }
}
