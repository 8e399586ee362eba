/**
 * Rules of the {@code links} category: links that do not resolve, anchors that do not exist, links that
 * leave the notes root, notes nothing links to.
 */
package io.github.backendnotes.rules.links;
