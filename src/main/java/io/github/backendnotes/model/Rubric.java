package io.github.backendnotes.model;

import java.util.List;
import java.util.Optional;

/**
 * What a series' {@code quality_rubric.md} says, as far as the tool can read it.
 *
 * @param file       path of the rubric relative to the notes root
 * @param scope      chapter paths relative to the rubric's folder, in order
 * @param scopeRanges chapter-number ranges the Scope names ("`00` 到 `20` 全章")
 * @param fields     the front-matter table
 * @param kinds      the chapter kinds of "Chapter-level Minimums", in rubric order
 * @param code       the code-block standards
 * @param enforced   rubric lines the tool checks
 * @param notChecked rubric lines the tool cannot check mechanically
 * @param vocabulary terms the configuration adds to those that mention a language or system, by its name
 * @param seriesChecks requirements on the series' chapters taken together, each with its rubric line
 */
public record Rubric(String file, List<ScopeEntry> scope, List<ScopeRange> scopeRanges, List<FieldRequirement> fields,
                     List<ChapterKind> kinds, CodeStandards code, List<RubricLine> enforced, List<RubricLine> notChecked,
                     java.util.Map<String, List<String>> vocabulary, List<SectionRequirement> seriesChecks) {

    public Rubric(String file, List<ScopeEntry> scope, List<ScopeRange> scopeRanges, List<FieldRequirement> fields,
                  List<ChapterKind> kinds, CodeStandards code, List<RubricLine> enforced, List<RubricLine> notChecked) {
        this(file, scope, scopeRanges, fields, kinds, code, enforced, notChecked, java.util.Map.of(), List.of());
    }

    public Rubric {
        scope = List.copyOf(scope);
        scopeRanges = List.copyOf(scopeRanges);
        fields = List.copyOf(fields);
        kinds = List.copyOf(kinds);
        enforced = List.copyOf(enforced);
        notChecked = List.copyOf(notChecked);
        vocabulary = java.util.Map.copyOf(vocabulary);
        seriesChecks = List.copyOf(seriesChecks);
    }

    /** This rubric with the configuration's vocabulary. */
    public Rubric withVocabulary(java.util.Map<String, List<String>> terms) {
        return new Rubric(file, scope, scopeRanges, fields, kinds, code, enforced, notChecked, terms, seriesChecks);
    }

    /** This rubric with its lines sorted anew into enforced and not checked. */
    public Rubric withLines(List<RubricLine> enforcedLines, List<RubricLine> notCheckedLines) {
        return new Rubric(file, scope, scopeRanges, fields, kinds, code, enforcedLines, notCheckedLines, vocabulary,
                seriesChecks);
    }

    /** This rubric with the requirements on its chapters taken together. */
    public Rubric withSeriesChecks(List<SectionRequirement> checks) {
        return new Rubric(file, scope, scopeRanges, fields, kinds, code, enforced, notChecked, vocabulary, checks);
    }

    /** For a chapter: each term the series checks name (by its key), whether the chapter holds it. */
    public java.util.Map<String, Boolean> seriesTermsIn(Note note) {
        java.util.Map<String, Boolean> found = new java.util.HashMap<>();
        for (SectionRequirement requirement : seriesChecks) {
            found.putAll(((SectionRequirement.SeriesCheck) requirement.check()).termsIn(note));
        }
        return found;
    }

    /** A file listed in the Scope section. */
    public record ScopeEntry(String path, int line) {
    }

    /** Chapters numbered {@code from} to {@code to}, both included. */
    public record ScopeRange(int from, int to, int line) {
        public boolean contains(int number) {
            return number >= from && number <= to;
        }
    }

    /**
     * A line of the rubric, with where it stands.
     *
     * @param reason why a line is not machine-checked; {@code null} for an enforced line
     */
    public record RubricLine(int line, String text, Reason reason) {

        /** An enforced line, or a not-checked one whose reason is still to be told. */
        public RubricLine(int line, String text) {
            this(line, text, null);
        }

        public RubricLine withReason(Reason why) {
            return new RubricLine(line, text, why);
        }

        @Override
        public String toString() {
            return "line " + line + ": " + text;
        }
    }

    /** Why a rubric line stays not machine-checked: one of a fixed set of kinds. */
    public enum Reason {
        /** It asks for a judgement: clarity, concision, "具體", "明確表達". */
        JUDGEMENT("judgement"),
        /** It asks for code that compiles or runs ("完整可編譯可執行"). */
        NEEDS_EXECUTION("needs code execution"),
        /** It asks for something only the network tells (a link that answers). */
        NEEDS_NETWORK("needs the network"),
        /** It is in a form the tool does not read yet. */
        NOT_YET_READ("not yet read");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /** The reason as report.json and the console write it. */
        public String label() {
            return label;
        }
    }

    /**
     * This rubric completed by a configuration file: its fields replace the rubric's rows of the same name, its
     * chapter kinds are added.
     */
    public Rubric withAdditions(List<FieldRequirement> moreFields, List<ChapterKind> moreKinds, String source) {
        java.util.Set<String> replaced = new java.util.HashSet<>();
        moreFields.forEach(f -> replaced.add(f.name()));
        List<FieldRequirement> allFields = new java.util.ArrayList<>(fields.stream().filter(f -> !replaced.contains(f.name())).toList());
        allFields.addAll(moreFields);
        List<ChapterKind> allKinds = new java.util.ArrayList<>(kinds);
        allKinds.addAll(moreKinds);
        List<RubricLine> allEnforced = new java.util.ArrayList<>(enforced);
        moreFields.forEach(f -> allEnforced.add(new RubricLine(f.line(), source + ": front matter `" + f.name() + "`")));
        moreKinds.forEach(k -> allEnforced.add(new RubricLine(k.line(), source + ": chapter kind '" + k.label() + "', "
                + k.headings().size() + " headings, " + k.requirements().size() + " section minimums")));
        return new Rubric(file, scope, scopeRanges, allFields, allKinds, code, allEnforced, notChecked, vocabulary,
                seriesChecks);
    }

    /** Whether the rubric's Scope names chapters, by file or by number range. */
    public boolean hasScope() {
        return !scope.isEmpty() || !scopeRanges.isEmpty();
    }

    public Optional<FieldRequirement> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
