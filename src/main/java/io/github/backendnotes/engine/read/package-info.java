/**
 * Reading one note from disk: the size limit, files that cannot be read or nest too deeply, and reading through
 * the note cache; whatever a file holds, the outcome is a note or a note that says why it has no content.
 */
package io.github.backendnotes.engine.read;
