package io.github.backendnotes.scaffold;

import io.github.backendnotes.engine.VaultModel;
import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.Digits;
import io.github.backendnotes.model.Series;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Decides the series, the kind, the number and the file of a new chapter from the request and the vault, or says
 * which value the vault cannot take.
 */
final class Planner {

    private static final String RUBRIC = "quality_rubric.md";
    /** A chapter number's digits at most; a longer prefix (a timestamp) names no chapter to count from. */
    private static final int MAX_DIGITS = 4;

    private Planner() {
    }

    /** @param said told each default chosen, for the console */
    static ChapterPlan plan(VaultModel model, NewChapterRequest request, Consumer<String> said) throws ScaffoldException {
        Series series = series(model, request.series());
        if (request.title() == null || request.title().isBlank()) {
            throw new ScaffoldException("a title is required (-Dtitle=\"Rate Limiting / 限流\")");
        }
        String title = request.title().trim();
        ChapterKind kind = kind(series, request.kind(), said);
        String number = number(series, request.number(), said);
        String folder = folder(series, request.category());
        String slug = request.slug() == null || request.slug().isBlank() ? slug(topic(title)) : slug(request.slug());
        if (slug.isEmpty()) {
            throw new ScaffoldException("the title '" + title + "' has no Latin letters or digits to name the file:"
                    + " give the file name with -Dslug=rate_limiting");
        }
        String relative = (folder.isEmpty() ? "" : folder + "/") + number + "_" + slug + ".md";
        String path = series.resolve(relative);
        if (model.index().exists(path) || java.nio.file.Files.exists(model.root().resolve(path))) {
            throw new ScaffoldException("the chapter file " + path + " exists already");
        }
        return new ChapterPlan(series, kind, number, path, folder, title, topic(title));
    }

    private static Series series(VaultModel model, String name) throws ScaffoldException {
        if (name == null || name.isBlank()) {
            throw new ScaffoldException("a series is required (-Dseries=<name or folder>); the series are: "
                    + names(model.series()));
        }
        String wanted = name.trim().replace('\\', '/').replaceAll("/+$", "");
        List<Series> matching = model.series().stream()
                .filter(s -> s.dir().equals(wanted) || s.name().equals(wanted) || s.dir().endsWith("/" + wanted))
                .toList();
        if (matching.isEmpty()) {
            // a rubric alone makes no series (discovery needs the README too): say what is missing
            String rubric = wanted + "/" + RUBRIC;
            if (model.index().isNote(rubric) || model.index().notes().keySet().stream()
                    .anyMatch(path -> path.endsWith("/" + rubric))) {
                throw new ScaffoldException(wanted + " has a " + RUBRIC + " but no readme.md, so it is no series:"
                        + " write its README first");
            }
            throw new ScaffoldException("unknown series '" + name + "'; the series are: " + names(model.series()));
        }
        if (matching.size() > 1) {
            throw new ScaffoldException("several series are named '" + name + "': " + names(matching)
                    + "; give its folder instead");
        }
        return matching.get(0);
    }

    private static String names(List<Series> series) {
        return series.isEmpty() ? "(none)" : String.join(", ", series.stream()
                .map(s -> s.dir().equals(s.name()) ? s.name() : s.name() + " (" + s.dir() + ")").sorted().toList());
    }

    private static ChapterKind kind(Series series, String name, Consumer<String> said) throws ScaffoldException {
        List<ChapterKind> kinds = series.rubric().kinds().stream().filter(k -> !k.headings().isEmpty()).toList();
        if (kinds.isEmpty()) {
            throw new ScaffoldException("the rubric " + series.rubric().file() + " names no chapter headings");
        }
        if (name == null || name.isBlank()) {
            if (kinds.size() > 1) {
                said.accept("kind: '" + kinds.get(0).label() + "', the rubric's first (-Dkind to choose another of: "
                        + labels(kinds) + ")");
            }
            return kinds.get(0);
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return kinds.stream().filter(k -> k.label().toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .or(() -> kinds.stream().filter(k -> firstWord(k.label()).equals(firstWord(wanted))).findFirst())
                .orElseThrow(() -> new ScaffoldException("unknown kind '" + name + "' in " + series.rubric().file()
                        + "; its kinds are: " + labels(kinds)));
    }

    private static String labels(List<ChapterKind> kinds) {
        return String.join(", ", kinds.stream().map(k -> "'" + k.label() + "'").toList());
    }

    static String firstWord(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    /** The number asked for, padded as the series' numbers are; else the one after the highest. */
    private static String number(Series series, String asked, Consumer<String> said) throws ScaffoldException {
        int width = 2;
        int highest = -1;
        for (String file : series.numbered()) {
            String id = Series.chapterId(file);
            if (id.length() <= MAX_DIGITS) {
                width = Math.max(width, id.length());
                highest = Math.max(highest, Digits.value(id));
            }
        }
        if (asked == null || asked.isBlank()) {
            String next = pad(highest + 1, width);
            said.accept("number: " + next + ", the next free one (-Dnumber to choose)");
            return next;
        }
        if (!asked.trim().matches("\\d{1," + MAX_DIGITS + "}")) {
            throw new ScaffoldException("the chapter number must be a number, not '" + asked + "'");
        }
        String number = pad(Digits.value(asked.trim()), width);
        for (String file : series.numbered()) {
            if (Digits.value(Series.chapterId(file)) == Digits.value(number)) {
                throw new ScaffoldException("chapter number " + number + " is taken by " + file);
            }
        }
        return number;
    }

    private static String pad(int number, int width) {
        return String.format(Locale.ROOT, "%0" + width + "d", number);
    }

    /** The category's folder under the series; without one, the series folder. */
    private static String folder(Series series, String category) throws ScaffoldException {
        if (category == null || category.isBlank()) {
            if (FrontMatterDraft.categoryValues(series).isPresent()) {
                throw new ScaffoldException("a category is required for series '" + series.name()
                        + "' (-Dcategory=…), one of: " + String.join(", ",
                        FrontMatterDraft.categoryValues(series).get()));
            }
            return "";
        }
        String folder = category.trim();
        if (!series.folders().contains(folder)) {
            throw new ScaffoldException("unknown category '" + category + "' for series '" + series.name()
                    + "'; its folders are: " + String.join(", ", series.folders().stream().sorted().toList()));
        }
        return folder;
    }

    /** "Rate Limiting / 限流" is "Rate Limiting": the part before a slash names the topic. */
    static String topic(String title) {
        int slash = title.indexOf(" / ");
        return (slash < 0 ? title : title.substring(0, slash)).trim();
    }

    /** snake_case of the Latin letters and digits: "Rate Limiting & Throttling" is "rate_limiting_throttling". */
    static String slug(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return lower.replaceAll("^_+|_+$", "");
    }
}
