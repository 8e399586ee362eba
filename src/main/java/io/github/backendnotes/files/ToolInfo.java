package io.github.backendnotes.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The plugin's name and version, as built. */
public final class ToolInfo {

    public static final String NAME = "backend-notes-maven-plugin";

    private ToolInfo() {
    }

    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = ToolInfo.class.getResourceAsStream("/io/github/backendnotes/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
