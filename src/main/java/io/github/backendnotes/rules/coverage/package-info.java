/**
 * Rules of the {@code coverage} category: a series' coverage matrix against the files it names.
 */
package io.github.backendnotes.rules.coverage;
