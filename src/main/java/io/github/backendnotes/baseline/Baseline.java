package io.github.backendnotes.baseline;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.files.AtomicFiles;
import io.github.backendnotes.files.Json;
import io.github.backendnotes.files.ToolInfo;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accepted findings, kept in {@code backend-notes-baseline.json} at the notes root. A finding the baseline holds
 * (same rule, file and fingerprint) is suppressed; a baselined finding that no longer occurs is fixed.
 */
public final class Baseline {

    public static final String FILE_NAME = "backend-notes-baseline.json";

    /** One accepted finding. */
    public record Entry(String ruleId, String file, String fingerprint, String message) {
        String key() {
            return ruleId + "\u0000" + file + "\u0000" + fingerprint;
        }
    }

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Whether the baseline holds this finding. */
    public boolean holds(Finding finding) {
        String key = new Entry(finding.ruleId(), finding.file(), finding.fingerprint(), finding.message()).key();
        return entries.stream().anyMatch(e -> e.key().equals(key));
    }

    public static Baseline of(List<Finding> findings) {
        return new Baseline(findings.stream()
                .map(f -> new Entry(f.ruleId(), f.file(), f.fingerprint(), f.message())).toList());
    }

    /** Reads a baseline; a file that is not one is an error the caller reports. */
    public static Baseline read(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(256 * 1024 * 1024);
        options.setMaxAliasesForCollections(0);
        Object root;
        try {
            root = new Yaml(new SafeConstructor(options)).load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (YAMLException e) {
            throw new IOException("not a baseline file: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("findings") instanceof List<?> list)) {
            throw new IOException("not a baseline file: no \"findings\" list");
        }
        List<Entry> entries = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> entry) {
                entries.add(new Entry(String.valueOf(entry.get("ruleId")), String.valueOf(entry.get("file")),
                        String.valueOf(entry.get("fingerprint")), String.valueOf(entry.get("message"))));
            }
        }
        return new Baseline(entries);
    }

    public void write(Path file) throws IOException {
        AtomicFiles.writeString(file, render());
    }

    /** The baseline file: the accepted findings, identified by rule, file and fingerprint. */
    String render() {
        Json json = new Json().beginObject();
        json.name("tool").beginObject().field("name", ToolInfo.NAME).field("version", ToolInfo.version()).endObject();
        json.name("findings").beginArray();
        for (Entry entry : entries) {
            json.beginObject()
                    .field("ruleId", entry.ruleId())
                    .field("file", entry.file())
                    .field("fingerprint", entry.fingerprint())
                    .field("message", entry.message())
                    .endObject();
        }
        json.endArray();
        return json.endObject().document();
    }

    /** The findings, those the baseline holds marked suppressed; and the baselined ones that are gone. */
    public record Applied(List<Finding> findings, List<Entry> fixed) {
    }

    public Applied apply(List<Finding> findings) {
        if (entries.isEmpty()) {
            // nothing accepted, nothing to be fixed: no finding's fingerprint is needed
            return new Applied(findings, List.of());
        }
        Set<String> accepted = new HashSet<>();
        entries.forEach(e -> accepted.add(e.key()));
        Set<String> occurring = new HashSet<>();
        List<Finding> marked = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Entry entry = new Entry(finding.ruleId(), finding.file(), finding.fingerprint(), finding.message());
            occurring.add(entry.key());
            marked.add(accepted.contains(entry.key()) ? finding.suppress() : finding);
        }
        List<Entry> fixed = entries.stream().filter(e -> !occurring.contains(e.key())).toList();
        return new Applied(marked, fixed);
    }
}
