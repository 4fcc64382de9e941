package io.github.m365health.metrics;

import io.prometheus.client.Collector;
import io.prometheus.client.GaugeMetricFamily;
import java.util.List;

/**
 * {@code m365_exporter_web_info{external_url}}: where users reach this exporter's pages. Alert
 * rules and dashboards read the label to link an alert or a table row to the page on the
 * replica that serves its tenant (matching on job and instance), since Prometheus cannot know
 * another program's URL.
 */
final class WebInfo extends Collector implements Collector.Describable {

    static final String NAME = "m365_exporter_web_info";
    private static final String HELP = "Where users reach the exporter's pages (--web.external-url), in a label (value 1).";

    private final String externalUrl;

    WebInfo(String externalUrl) {
        this.externalUrl = externalUrl;
    }

    @Override
    public List<MetricFamilySamples> collect() {
        GaugeMetricFamily family = new GaugeMetricFamily(NAME, HELP, List.of("external_url"));
        family.addMetric(List.of(externalUrl), 1);
        return List.of(family);
    }

    @Override
    public List<MetricFamilySamples> describe() {
        return List.of(new GaugeMetricFamily(NAME, HELP, List.of("external_url")));
    }
}
