/**
 * The run's configuration file {@code .backend-notes.yml}: its parser, its {@code config.*} rules, and its
 * loading before any note is read.
 */
package io.github.backendnotes.config;
