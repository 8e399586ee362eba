/**
 * The {@code new-chapter} goal's work: a chapter written from its series' rubric (front matter and required headings)
 * and registered where the checks look for it (the README's batch, priority and chapter lists, the coverage matrix,
 * the rubric's Scope). Every edit goes to the source line the engine's model of the vault points at; the rest of each
 * file is left byte for byte. Knows nothing of Maven.
 */
package io.github.backendnotes.scaffold;
