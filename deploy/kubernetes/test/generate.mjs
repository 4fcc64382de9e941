// Writes base/prometheusrule.yaml from alert-rules/*.yml and base/grafana-dashboards.yaml from
// grafana-dashboards/*.json, so the cluster gets exactly the rules and dashboards the repository
// tests. Run after changing either: `npm run generate` (here). `--check` writes nothing and exits 1
// when a generated file is out of date.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..", "..");
const base = join(here, "..", "base");
const labels = { "app.kubernetes.io/name": "m365-health-exporter", "app.kubernetes.io/component": "exporter" };
const header = (source) =>
  `# Generated from ${source} by deploy/kubernetes/test/generate.mjs; do not edit (npm run generate).\n`;

export function prometheusRule() {
  const groups = [];
  for (const file of ["m365-alerts.yml", "m365-recording-rules.yml"]) {
    groups.push(...parse(readFileSync(join(repo, "alert-rules", file), "utf8")).groups);
  }
  const rule = {
    apiVersion: "monitoring.coreos.com/v1",
    kind: "PrometheusRule",
    metadata: { name: "m365-health-exporter", labels },
    spec: { groups },
  };
  return header("alert-rules/m365-alerts.yml and alert-rules/m365-recording-rules.yml")
    + stringify(rule, { lineWidth: 0 });
}

export function dashboardsConfigMap() {
  const data = {};
  for (const file of readdirSync(join(repo, "grafana-dashboards")).filter((f) => f.endsWith(".json")).sort()) {
    data[file] = readFileSync(join(repo, "grafana-dashboards", file), "utf8");
  }
  const configMap = {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: {
      name: "m365-health-exporter-dashboards",
      // grafana_dashboard: the label Grafana's dashboard sidecar (kube-prometheus-stack's default)
      // looks for; grafana_folder: the folder annotation it honours when folderAnnotation is set.
      labels: { ...labels, grafana_dashboard: "1" },
      annotations: { grafana_folder: "Microsoft 365" },
    },
    data,
  };
  return header("grafana-dashboards/*.json") + stringify(configMap, { lineWidth: 0, blockQuote: "literal" });
}

const outputs = { "prometheusrule.yaml": prometheusRule, "grafana-dashboards.yaml": dashboardsConfigMap };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [name, render] of Object.entries(outputs)) {
    const path = join(base, name);
    const text = render();
    if (check) {
      let current = "";
      try { current = readFileSync(path, "utf8"); } catch { /* missing counts as stale */ }
      if (current !== text) {
        console.error(`deploy/kubernetes/base/${name} is out of date: run npm run generate in deploy/kubernetes/test`);
        stale++;
      }
    } else {
      writeFileSync(path, text);
    }
  }
  process.exit(stale ? 1 : 0);
}
