package io.github.backendnotes.engine;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.SeriesReadme;
import io.github.backendnotes.model.VaultSummary;

import java.util.List;
import java.util.Map;

/**
 * What {@link CheckNotes} gives the run.
 *
 * @param index    the compact summary of every note, and the other files of the tree
 * @param readmes  what the cross-file rules read of each series README that could be read, by path
 * @param matrices likewise of each coverage matrix, in the order of their paths
 * @param findings the per-note findings, in the order of the notes' checks
 * @param programs when the run compiles programs, the whole programs of each note it checked that has any, by path
 */
record CheckedNotes(VaultSummary index, Map<String, SeriesReadme> readmes, Map<String, CoverageMatrix> matrices,
                    List<Finding> findings, Map<String, List<Block.CodeBlock>> programs) {
}
