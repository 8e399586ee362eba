package io.github.backendnotes.scaffold;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the author asks for. Every value but the series and the title may be null, for its default.
 *
 * @param series     the series by folder name ({@code backend}) or by folder relative to the notes root
 * @param title      the chapter's title; its part before " / " (or the whole) names the file unless {@code slug} does
 * @param slug       the file name after the number, or null to derive it from the title
 * @param category   the folder under the series the chapter goes to (and the category field's value)
 * @param kind       the rubric's chapter kind, by name or first word; null for the rubric's first kind
 * @param number     the chapter number; null for the next free one
 * @param priority   the README's reading-priority group, by label or tag; null for its last group
 * @param batch      the README's batch, or the next number for a new one; null for its last batch
 * @param capability the coverage matrix' capability area; null for the area of the rows beside the chapter
 * @param fields     front-matter values that win over the defaults, by field name
 * @param today      the date written as created and updated
 */
public record NewChapterRequest(String series, String title, String slug, String category, String kind, String number,
                                String priority, Integer batch, String capability, Map<String, String> fields,
                                LocalDate today) {

    public NewChapterRequest {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }
}
