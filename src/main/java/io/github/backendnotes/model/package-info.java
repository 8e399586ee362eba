/**
 * The notes, rubrics, series and findings as data: records with no behaviour beyond their own invariants.
 * Depends on nothing else of the plugin, so every other package can share it.
 */
package io.github.backendnotes.model;
