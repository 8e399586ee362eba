/**
 * The rule API: what a per-note rule ({@link io.github.backendnotes.check.NoteRule}) and a cross-file rule
 * ({@link io.github.backendnotes.check.VaultRule}) are handed, and the one collector they report through.
 */
package io.github.backendnotes.check;
