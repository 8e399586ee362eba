/**
 * Rules of the {@code section} category: the per-section minimums a rubric states; each rule owns the
 * clause form that reads its rubric phrase.
 */
package io.github.backendnotes.rules.section;
