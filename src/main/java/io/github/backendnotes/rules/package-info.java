/**
 * The catalog of every rule the plugin has, in the order the README documents them; the rules themselves live
 * in one sub-package per category.
 */
package io.github.backendnotes.rules;
