package io.github.backendnotes.rules.coverage;

import io.github.backendnotes.check.CompiledPatterns;
import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.Heading;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Section;
import io.github.backendnotes.model.SectionRequirement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rubric line asks the chapters of a series to cover, taken together: "至少在對應章節覆蓋：`create`, …" (any
 * chapter), "middleware 章節需覆蓋：`persist`, …", "Next.js 章節需說明 `"use client"` 邊界、SSR/hydration 與
 * per-request store" (the chapters the selector names).
 *
 * @param selector the word that names the chapters ("middleware"), or "" for every chapter of the series
 * @param terms    what the chapters must hold, each read as a literal or as words
 */
public record SeriesTerms(String selector, List<Term> terms) implements SectionRequirement.SeriesCheck {

    /** "[selector] 章節需覆蓋：items"; "對應", "相關" or "各" before 章節 name no chapter in particular. */
    private static final Pattern LINE = Pattern.compile(
            "^(?:至少)?\\s*(?:在)?\\s*(.*?)\\s*章節中?\\s*(?:需|必須|應|要)?\\s*(?:覆蓋|涵蓋|說明|介紹|提及)\\s*[：:]?\\s*(.+?)[。.]?$");
    private static final Pattern ANY_CHAPTER = Pattern.compile("^(?:對應|相關|各|所有)?$");
    private static final Pattern ASCII_SELECTOR = Pattern.compile("^[A-Za-z][A-Za-z0-9.\\- ]*$");
    /** Items are parted by commas, 、, 與 / 和 / 及 and "and", outside backticks. */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*(?:,|，|、|與|和|及|\\band\\b)\\s*");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern IDENTIFIER_LIST = Pattern.compile("^[A-Za-z_$][\\w$]*(?:/[A-Za-z_$][\\w$]*)+$");
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");
    // each term is looked for in every chapter of its series: its patterns are compiled once
    private static final CompiledPatterns<Term> PATTERNS = new CompiledPatterns<>(Term::pattern);
    /** A term's words as a chapter title names them (the title of a middleware chapter names its terms). */
    private static final CompiledPatterns<Term> TITLE_WORDS = new CompiledPatterns<>(term -> Pattern.compile(
            term.alternatives().stream().map(Term::words).reduce((a, b) -> a + "|" + b).orElseThrow(),
            Pattern.CASE_INSENSITIVE));

    /** A term is a literal to find in code, or words to find in the chapter's text. */
    public enum Reading {
        LITERAL, WORDS
    }

    /**
     * @param reading      how it is looked for
     * @param alternatives the forms any one of which counts ("SSR/hydration": one topic named two ways)
     */
    public record Term(Reading reading, List<String> alternatives) {
        public Term {
            alternatives = List.copyOf(alternatives);
        }

        /** The key a chapter's index entry records it under. */
        public String key() {
            return reading.name().toLowerCase(Locale.ROOT) + ":" + String.join("|", alternatives);
        }

        /** As messages and report.json name it: `create` (literal), "SSR" or "hydration" (words). */
        public String label() {
            return reading == Reading.LITERAL ? "`" + alternatives.get(0) + "`"
                    : String.join(" or ", alternatives.stream().map(a -> "'" + a + "'").toList());
        }

        Pattern pattern() {
            StringBuilder any = new StringBuilder();
            for (String alternative : alternatives) {
                any.append(any.length() == 0 ? "" : "|").append(reading == Reading.LITERAL ? literal(alternative) : words(alternative));
            }
            return Pattern.compile(any.toString(), reading == Reading.LITERAL ? 0 : Pattern.CASE_INSENSITIVE);
        }

        /** An identifier as a whole identifier; a quote of the literal matches either quote ("use client" or 'use client'). */
        private static String literal(String text) {
            StringBuilder regex = new StringBuilder(Character.isLetterOrDigit(text.charAt(0)) ? "(?<![\\w$])" : "");
            for (char c : text.toCharArray()) {
                regex.append(c == '"' || c == '\'' ? "[\"']" : Pattern.quote(String.valueOf(c)));
            }
            return regex.append(Character.isLetterOrDigit(text.charAt(text.length() - 1)) ? "(?![\\w$])" : "").toString();
        }

        /** Words in any case, a hyphen or spaces between them alike, a plural (s, es) allowed. */
        private static String words(String text) {
            List<String> parts = new ArrayList<>();
            for (String word : text.trim().split("[\\s-]+")) {
                parts.add(Pattern.quote(word));
            }
            return "(?<![A-Za-z0-9])" + String.join("[\\s-]+", parts) + "(?:e?s)?(?![A-Za-z0-9])";
        }
    }

    public SeriesTerms {
        terms = List.copyOf(terms);
    }

    /** The line read, or empty when it is not in this form or an item is neither backticked nor in Latin letters. */
    static Optional<SectionRequirement.Check> read(String text) {
        Matcher line = LINE.matcher(text.replace('\n', ' ').trim());
        if (!line.matches()) {
            return Optional.empty();
        }
        String selector = line.group(1).trim();
        if (ANY_CHAPTER.matcher(selector).matches()) {
            selector = "";
        } else if (!ASCII_SELECTOR.matcher(selector).matches()) {
            return Optional.empty();
        }
        List<Term> terms = new ArrayList<>();
        for (String item : items(line.group(2))) {
            if (!readItem(item, terms)) {
                return Optional.empty();
            }
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(new SeriesTerms(selector, terms));
    }

    private static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        StringBuilder outside = new StringBuilder();
        int start = 0;
        boolean inCode = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                inCode = !inCode;
            }
            outside.append(inCode || c == '`' ? 'x' : c);
        }
        Matcher separator = ITEM_SEPARATOR.matcher(outside);
        while (separator.find()) {
            items.add(text.substring(start, separator.start()));
            start = separator.end();
        }
        items.add(text.substring(start));
        return items.stream().map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    /**
     * A backticked item is a literal (the words around it name what it is: "`"use client"` 邊界"), and a backticked
     * list of identifiers (`set/get/subscribe`) is each of them; an item without backticks is read as its Latin
     * words, a slash joining two names of one topic ("SSR/hydration").
     */
    private static boolean readItem(String item, List<Term> terms) {
        Matcher code = BACKTICKED.matcher(item);
        boolean any = false;
        while (code.find()) {
            any = true;
            String literal = code.group(1).trim();
            if (IDENTIFIER_LIST.matcher(literal).matches()) {
                for (String each : literal.split("/")) {
                    terms.add(new Term(Reading.LITERAL, List.of(each)));
                }
            } else if (!literal.isEmpty()) {
                terms.add(new Term(Reading.LITERAL, List.of(literal)));
            }
        }
        if (any) {
            return true;
        }
        String latin = item.replaceAll("[^A-Za-z0-9./\\- ]", " ").trim();
        if (latin.isEmpty() || latin.replaceAll("[^A-Za-z]", "").length() < 2) {
            return false;
        }
        List<String> alternatives = new ArrayList<>();
        for (String alternative : latin.split("\\s*/\\s*")) {
            if (!alternative.isBlank()) {
                alternatives.add(alternative.trim());
            }
        }
        terms.add(new Term(Reading.WORDS, alternatives));
        return true;
    }

    @Override
    public Map<String, Boolean> termsIn(Note note) {
        StringBuilder code = new StringBuilder();
        StringBuilder text = new StringBuilder();
        note.codeBlocks().forEach(block -> code.append(block.literal()).append('\n'));
        for (Heading heading : note.headings()) {
            text.append(heading.text()).append('\n');
        }
        for (Section section : note.sections()) {
            section.blocks().forEach(block -> prose(block, text));
        }
        Matcher spans = INLINE_CODE.matcher(text);
        while (spans.find()) {
            code.append(spans.group(1)).append('\n');
        }
        text.append(code);
        Map<String, Boolean> found = new LinkedHashMap<>();
        for (Term term : terms) {
            found.put(term.key(), PATTERNS.of(term).matcher(term.reading() == Reading.LITERAL ? code : text).find());
        }
        return found;
    }

    private static void prose(Block block, StringBuilder text) {
        if (block instanceof Block.Paragraph paragraph) {
            text.append(paragraph.text()).append('\n');
        } else if (block instanceof Block.ListBlock list) {
            for (Block.ListItem item : list.items()) {
                text.append(item.text()).append('\n');
                item.children().forEach(child -> prose(child, text));
            }
        } else if (block instanceof Block.Table table) {
            text.append(String.join(" | ", table.header())).append('\n');
            table.rows().forEach(row -> text.append(String.join(" | ", row.cells())).append('\n'));
        }
    }

    /** Whether a chapter's file name or title names the selector, or its title names one of the terms. */
    boolean selects(String fileName, String title) {
        if (selector.isEmpty()) {
            return true;
        }
        String wanted = squeezed(selector);
        if (squeezed(fileName).contains(wanted) || squeezed(title).contains(wanted)) {
            return true;
        }
        return terms.stream().anyMatch(term -> TITLE_WORDS.of(term).matcher(title).find());
    }

    /** Lower case, letters and digits only: "Next.js" is "nextjs", as a file name writes it. */
    static String squeezed(String text) {
        return NOT_ALPHANUMERIC.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    @Override
    public String reading() {
        List<String> literals = terms.stream().filter(t -> t.reading() == Reading.LITERAL).map(Term::label).toList();
        List<String> words = terms.stream().filter(t -> t.reading() == Reading.WORDS).map(Term::label).toList();
        return "coverage.series-terms: " + (selector.isEmpty() ? "some chapter of the series"
                : "the chapters whose file name or title names '" + selector + "' or one of the terms")
                + " hold" + (literals.isEmpty() ? "" : " as code (literal): " + String.join(", ", literals))
                + (literals.isEmpty() || words.isEmpty() ? "" : ";")
                + (words.isEmpty() ? "" : " as words: " + String.join(", ", words));
    }
}
