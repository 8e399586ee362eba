/**
 * The {@code fix} goal's edits: a fixer per rule id turns a finding of the run into line edits at the source lines
 * the model points at, only where the result is certain; the edits of a file are applied at once, atomically, or
 * shown as a unified diff. Depends on the run's result and the parser, never on Maven.
 */
package io.github.backendnotes.fix;
