/**
 * How a link finds its target: Obsidian's rules (by path, then by note name or path suffix anywhere in the vault,
 * heading texts and block ids) or GitHub's (paths relative to the file, slugs and HTML anchors), and which applies.
 */
package io.github.backendnotes.links;
