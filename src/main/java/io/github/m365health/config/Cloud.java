package io.github.m365health.config;

import java.net.URI;
import java.util.Optional;

/** Microsoft's clouds and their identity and Graph hosts (graph-api.md §4.4). */
public enum Cloud {
    GLOBAL("global", "https://login.microsoftonline.com", "https://graph.microsoft.com"),
    USGOV("usgov", "https://login.microsoftonline.us", "https://graph.microsoft.us"),
    USGOV_DOD("usgov_dod", "https://login.microsoftonline.us", "https://dod-graph.microsoft.us"),
    CHINA("china", "https://login.chinacloudapi.cn", "https://microsoftgraph.chinacloudapi.cn"),
    /** Hosts given in the configuration: simulators, tests and the demo. */
    CUSTOM("custom", null, null);

    private final String configName;
    private final URI authority;
    private final URI graph;

    Cloud(String configName, String authority, String graph) {
        this.configName = configName;
        this.authority = authority == null ? null : URI.create(authority);
        this.graph = graph == null ? null : URI.create(graph);
    }

    public String configName() {
        return configName;
    }

    /** Empty for {@link #CUSTOM}. */
    public Optional<URI> authorityUrl() {
        return Optional.ofNullable(authority);
    }

    /** Empty for {@link #CUSTOM}. */
    public Optional<URI> graphUrl() {
        return Optional.ofNullable(graph);
    }
}
