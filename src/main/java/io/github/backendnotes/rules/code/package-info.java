/**
 * Rules of the {@code code} category: what a rubric's code standards ask of a chapter's code blocks.
 */
package io.github.backendnotes.rules.code;
