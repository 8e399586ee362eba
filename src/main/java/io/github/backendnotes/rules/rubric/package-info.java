/**
 * Rules of the {@code rubric} category: a rubric's Scope against the series' files, and a rubric against
 * the property dictionary.
 */
package io.github.backendnotes.rules.rubric;
