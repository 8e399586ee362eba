/**
 * The baseline of accepted findings: reading, writing and applying {@code backend-notes-baseline.json}.
 */
package io.github.backendnotes.baseline;
