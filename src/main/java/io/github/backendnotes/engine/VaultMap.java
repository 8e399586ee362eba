package io.github.backendnotes.engine;

import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.PropertyDictionary;
import io.github.backendnotes.model.Series;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link MapVault} gives the run.
 *
 * @param chapters   the context of each chapter, by path; the chapters of one series folder share one
 * @param templates  the notes the request's template globs match
 * @param readmes    the series READMEs
 * @param dictionary the property dictionary, or null
 * @param readAhead  the notes already read, which the per-file pass takes from there
 * @param findings   the entries the walk could not read, and a named dictionary that is missing
 */
record VaultMap(VaultScanner.Scan scan, List<Series> series, Map<String, ChapterContext> chapters,
                Set<String> templates, Set<String> readmes, PropertyDictionary dictionary, ReadAhead readAhead,
                List<Finding> findings) {
}
