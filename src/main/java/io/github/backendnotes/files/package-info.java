/**
 * File utilities every other package may use: atomic writes, the JSON writer, plain-file checks and the
 * plugin's own identity.
 */
package io.github.backendnotes.files;
