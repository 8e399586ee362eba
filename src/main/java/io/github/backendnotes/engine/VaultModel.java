package io.github.backendnotes.engine;

import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.PropertyDictionary;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.SeriesReadme;
import io.github.backendnotes.model.VaultSummary;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The vault as the checks read it, without the checks: what a goal that edits the vault needs to know where each
 * edit goes, with the source lines of every README, matrix and rubric entry.
 *
 * @param root       the notes root, absolute and normalized
 * @param series     every series, with the headings a prose contract leaves to the chapters inferred
 * @param readmes    each series README that could be read, by path
 * @param matrices   each coverage matrix that could be read, by path
 * @param dictionary the property dictionary, or null
 * @param index      the compact summary of every note
 */
public record VaultModel(Path root, List<Series> series, Map<String, SeriesReadme> readmes,
                         Map<String, CoverageMatrix> matrices, PropertyDictionary dictionary, VaultSummary index) {

    public VaultModel {
        series = List.copyOf(series);
        readmes = Map.copyOf(readmes);
        matrices = Map.copyOf(matrices);
    }
}
