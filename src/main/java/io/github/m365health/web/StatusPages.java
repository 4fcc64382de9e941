package io.github.m365health.web;

import io.github.m365health.health.TenantState;
import io.github.m365health.health.TenantStates;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.util.List;
import java.util.stream.Collectors;

/** The landing page, {@code /-/healthy} and {@code /-/ready}. */
final class StatusPages {

    private final LandingPage landingPage;
    private final TenantStates states;

    StatusPages(LandingPage landingPage, TenantStates states) {
        this.landingPage = landingPage;
        this.states = states;
    }

    void landing(WebRequest request, WebResponse response) throws IOException {
        response.send(HttpURLConnection.HTTP_OK, WebResponse.HTML, landingPage.render(states.current()));
    }

    /** The process is up and serving: nothing else is checked, so a slow tenant never restarts us. */
    void healthy(WebRequest request, WebResponse response) throws IOException {
        response.send(HttpURLConnection.HTTP_OK, WebResponse.TEXT, "OK\n");
    }

    /** Ready once every tenant has tried every listing, so a first scrape is not mostly empty. */
    void ready(WebRequest request, WebResponse response) throws IOException {
        List<String> waiting = states.current().stream()
                .filter(state -> !state.polledOnce())
                .map(TenantState::tenant)
                .collect(Collectors.toList());
        if (waiting.isEmpty()) {
            response.send(HttpURLConnection.HTTP_OK, WebResponse.TEXT, "OK\n");
        } else {
            response.send(HttpURLConnection.HTTP_UNAVAILABLE, WebResponse.TEXT,
                    "Not ready: waiting for the first poll of every listing of tenants: "
                            + String.join(", ", waiting) + "\n");
        }
    }
}
