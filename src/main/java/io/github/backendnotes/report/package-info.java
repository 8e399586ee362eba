/**
 * The report formats (console, JSON, SARIF, JUnit XML, Markdown, HTML, GitHub annotations) and the
 * compliance report of the {@code report} goal; each reads a finished run result.
 */
package io.github.backendnotes.report;
