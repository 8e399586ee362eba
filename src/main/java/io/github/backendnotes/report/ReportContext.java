package io.github.backendnotes.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a report says about its run beyond the findings: when it was generated, where it is written (the HTML report
 * links to the notes relative to itself, so the links work wherever the tree and its reports are moved together) and
 * the parameters of the run, in the order they are shown.
 *
 * @param outputDirectory where the report files go; {@code null} when unknown, and the links then assume the page
 *                        sits at the notes root
 * @param parameters      name to value; the mojo's parameters as the user set them or as their defaults resolved
 */
public record ReportContext(Instant generated, Path outputDirectory, Map<String, String> parameters) {

    public ReportContext {
        Objects.requireNonNull(generated, "generated");
        // a LinkedHashMap rather than Map.copyOf: the page shows the parameters in the order given
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Generated now (to the second, as shown), written to {@code outputDirectory}, no parameters. */
    public static ReportContext now(Path outputDirectory) {
        return new ReportContext(Instant.now().truncatedTo(ChronoUnit.SECONDS), outputDirectory, Map.of());
    }

    public ReportContext withParameters(Map<String, String> named) {
        return new ReportContext(generated, outputDirectory, named);
    }

    /**
     * The link from a page in the output directory to a note ({@code file} relative to the notes root): a relative
     * URL with every segment percent-encoded, or a {@code file:} URL when no relative path joins the two (another
     * drive).
     */
    public String noteHref(Path notesDirectory, String file) {
        String encoded = encodePath(file.replace('\\', '/'));
        if (outputDirectory == null) {
            return encoded;
        }
        Path notes = notesDirectory.toAbsolutePath().normalize();
        Path output = outputDirectory.toAbsolutePath().normalize();
        String base;
        try {
            base = output.relativize(notes).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return notes.toUri().toString().replaceAll("/?$", "/") + encoded;
        }
        return base.isEmpty() ? encoded : encodePath(base) + "/" + encoded;
    }

    /**
     * Percent-encodes a {@code /}-separated path: every UTF-8 byte but the unreserved characters, so that {@code :}
     * cannot read as a scheme, nor {@code #} or {@code ?} end the path.
     */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c == '/' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
