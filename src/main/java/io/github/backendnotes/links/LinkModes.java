package io.github.backendnotes.links;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Chooses a run's link resolution: the parameter, else the configuration, else what the notes root shows. An
 * {@code .obsidian/} folder at the root or above it makes it an Obsidian vault; so does a {@code .gitignore} there
 * that leaves Obsidian's settings out of the repository (the vault is edited in Obsidian, its settings kept apart).
 * Anything else is read on GitHub.
 */
public final class LinkModes {

    private static final Pattern MARKDOWN_LINKS = Pattern.compile("\"useMarkdownLinks\"\\s*:\\s*true");
    private static final Pattern IGNORES_OBSIDIAN = Pattern.compile("(?m)^\\s*/?\\.obsidian/?\\*?\\s*$");
    /** Settings files are small; a bigger one is not Obsidian's and is not read. */
    private static final long MAX_SETTINGS_BYTES = 1 << 20;

    private LinkModes() {
    }

    /**
     * @param parameter  the run parameter ({@code obsidian} or {@code github}), or null
     * @param configured the configuration's {@code links.resolution}, or null
     */
    public static LinkMode choose(LinkResolution parameter, LinkResolution configured, Path root) {
        LinkMode detected = detect(root);
        if (parameter != null) {
            return new LinkMode(parameter, "chosen by the linkResolution parameter", detected.markdownLinks());
        }
        if (configured != null) {
            return new LinkMode(configured, "chosen by links.resolution in the configuration", detected.markdownLinks());
        }
        return detected;
    }

    /** What the notes root and the folders above it show. */
    public static LinkMode detect(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        for (Path folder = absolute; folder != null; folder = folder.getParent()) {
            Path settings = folder.resolve(".obsidian");
            if (Files.isDirectory(settings)) {
                boolean markdownLinks = MARKDOWN_LINKS.matcher(read(settings.resolve("app.json"))).find();
                return new LinkMode(LinkResolution.OBSIDIAN, "an Obsidian vault: " + where(absolute, folder, ".obsidian/")
                        + (markdownLinks ? " (its app.json makes Markdown links the vault's convention)" : ""),
                        markdownLinks);
            }
            if (IGNORES_OBSIDIAN.matcher(read(folder.resolve(".gitignore"))).find()) {
                return LinkMode.of(LinkResolution.OBSIDIAN, "an Obsidian vault: "
                        + where(absolute, folder, ".gitignore") + " leaves out its .obsidian/ settings");
            }
            if (Files.exists(folder.resolve(".git"))) {
                break; // the repository's root: what lies above belongs to no one's notes
            }
        }
        return LinkMode.of(LinkResolution.GITHUB, "no .obsidian/ folder at the notes root or above it: read on GitHub");
    }

    private static String where(Path root, Path folder, String name) {
        return folder.equals(root) ? name + " at the notes root"
                : name + " in " + root.relativize(folder).toString().replace('\\', '/') + " from the notes root";
    }

    /** The file's text, or "" when it is missing, too big or unreadable. */
    private static String read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_SETTINGS_BYTES) {
                return "";
            }
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
