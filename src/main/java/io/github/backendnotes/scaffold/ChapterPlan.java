package io.github.backendnotes.scaffold;

import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.Series;

/**
 * Where the new chapter goes and what it is.
 *
 * @param number   the chapter number as its file name starts ({@code "77"})
 * @param path     the chapter file relative to the notes root
 * @param folder   the folder under the series it sits in, {@code ""} for the series folder itself
 * @param topic    the title's first part ("Rate Limiting" of "Rate Limiting / 限流"), for the matrix' topic
 */
record ChapterPlan(Series series, ChapterKind kind, String number, String path, String folder, String title,
                   String topic) {

    /** The file name without its folder and {@code .md}: how the README's chapter list names a chapter. */
    String stem() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".md".length());
    }

    /** The topic in kebab form ("rate-limiting"), a tag most series' chapters carry. */
    String topicTag() {
        return stem().substring(number.length() + 1).replace('_', '-');
    }
}
