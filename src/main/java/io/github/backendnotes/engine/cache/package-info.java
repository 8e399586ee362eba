/**
 * The note cache kept between runs ({@code target/backend-notes/}): parsed notes and their summaries by
 * content hash, so that a {@code changedSince} run need not parse unchanged notes again.
 */
package io.github.backendnotes.engine.cache;
