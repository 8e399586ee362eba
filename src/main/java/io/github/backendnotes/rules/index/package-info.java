/**
 * Rules of the {@code index} category: a series README (batches, reading priority, chapter list, minutes)
 * and the vault's root {@code INDEX.md}.
 */
package io.github.backendnotes.rules.index;
