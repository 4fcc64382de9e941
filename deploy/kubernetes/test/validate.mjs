// Validates deploy/kubernetes offline: every object of the base and of each overlay against the
// Kubernetes and Prometheus Operator schemas (npm kubernetes-models and
// @kubernetes-models/prometheus-operator), then the invariants the exporter relies on. Prints one
// line per kustomization and exits 1 with the problems when anything is wrong.
//
// Rendering: with `kubectl kustomize` (or `kustomize build`) on PATH, each kustomization is
// rendered as Kubernetes would receive it. Without either, a small resolver here follows only the
// `resources` lists and the ConfigMap/Secret generators; patches, components, replicas and
// replacements are then not applied, and the checks that need them are reduced, saying so.
// M365_KUSTOMIZE=none forces the resolver (to test it where kustomize is installed).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments, parse } from "yaml";
import { dashboardsConfigMap, prometheusRule } from "./generate.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const kustomizations = ["base", "overlays/example", "overlays/workload-identity"];
const problems = [];
const problem = (where, text) => problems.push(`${where}: ${text}`);

function renderer() {
  if (process.env.M365_KUSTOMIZE === "none") {
    return null;
  }
  const candidates = [["kubectl", ["kustomize"]], ["kustomize", ["build"]]];
  for (const [command, args] of candidates) {
    try {
      execFileSync(command, [...args, join(root, "base")], { stdio: "pipe" });
      return (dir) => execFileSync(command, [...args, dir], { encoding: "utf8", maxBuffer: 64 << 20 });
    } catch { /* not installed, or too old for this kustomization: try the next */ }
  }
  return null;
}

function resolveResources(dir) {
  const kustomization = parse(readFileSync(join(dir, "kustomization.yaml"), "utf8"));
  const objects = [];
  for (const entry of kustomization.resources ?? []) {
    const path = resolve(dir, entry);
    if (existsSync(join(path, "kustomization.yaml"))) {
      objects.push(...resolveResources(path));
    } else {
      objects.push(...parseAllDocuments(readFileSync(path, "utf8")).map((doc) => doc.toJS()));
    }
  }
  for (const [kind, generators] of [["ConfigMap", kustomization.configMapGenerator], ["Secret", kustomization.secretGenerator]]) {
    for (const generator of generators ?? []) {
      const data = {};
      for (const file of generator.files ?? []) {
        const content = readFileSync(join(dir, file), "utf8");
        data[basename(file)] = kind === "Secret" ? Buffer.from(content).toString("base64") : content;
      }
      for (const literal of generator.literals ?? []) {
        const [key, ...value] = literal.split("=");
        data[key] = kind === "Secret" ? Buffer.from(value.join("=")).toString("base64") : value.join("=");
      }
      objects.push({ apiVersion: "v1", kind, metadata: { name: generator.name }, data });
    }
  }
  if (kustomization.namespace) {
    objects.forEach((object) => { object.metadata.namespace = kustomization.namespace; });
  }
  return objects;
}

async function model(object) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : [null, object.apiVersion];
  const module = group === "monitoring.coreos.com"
    ? `@kubernetes-models/prometheus-operator/${group}/${version}/${object.kind}`
    : `kubernetes-models/${group ? `${group}/` : ""}${version}/${object.kind}`;
  try {
    return (await import(module))[object.kind];
  } catch {
    return null;
  }
}

async function validateSchema(where, object) {
  const Model = await model(object);
  if (!Model) {
    problem(where, `no schema for ${object.apiVersion} ${object.kind}`);
    return;
  }
  try {
    new Model(object).validate();
  } catch (error) {
    problem(where, `${object.kind}/${object.metadata?.name}: ${error.message}`);
  }
}

function checkInvariants(where, objects, rendered) {
  const one = (kind) => objects.filter((o) => o.kind === kind);
  const [sts] = one("StatefulSet");
  const [service] = one("Service");
  const [monitor] = one("ServiceMonitor");
  if (!sts || !service || !monitor) {
    problem(where, "needs a StatefulSet, a Service and a ServiceMonitor");
    return;
  }
  const pod = sts.spec.template.spec;
  const exporter = pod.containers.find((c) => c.name === "exporter");
  const security = exporter.securityContext ?? {};
  if (security.readOnlyRootFilesystem !== true) problem(where, "the exporter's root file system must be read-only");
  if (security.allowPrivilegeEscalation !== false) problem(where, "allowPrivilegeEscalation must be false");
  if (!(security.capabilities?.drop ?? []).includes("ALL")) problem(where, "capabilities must drop ALL");
  if (pod.securityContext?.runAsNonRoot !== true || security.runAsNonRoot !== true) problem(where, "must run as non-root");
  const env = Object.fromEntries((exporter.env ?? []).map((e) => [e.name, e]));
  if (env.POD_NAME?.valueFrom?.fieldRef?.fieldPath !== "metadata.name") problem(where, "POD_NAME must come from metadata.name");
  if (rendered) {
    if (env.M365_SHARD_COUNT?.value !== String(sts.spec.replicas)) {
      problem(where, `M365_SHARD_COUNT ${env.M365_SHARD_COUNT?.value} differs from replicas ${sts.spec.replicas}`);
    }
  } else if (where === "base" && env.M365_SHARD_COUNT?.value !== String(sts.spec.replicas)) {
    problem(where, "M365_SHARD_COUNT must equal replicas");
  }
  const mounts = Object.fromEntries(exporter.volumeMounts.map((m) => [m.name, m.mountPath]));
  if (mounts.state !== "/var/lib/m365-health-exporter") problem(where, "the state volume must be at /var/lib/m365-health-exporter");
  if (mounts.config !== "/etc/m365-health-exporter") problem(where, "the configuration must be at /etc/m365-health-exporter");
  if (!sts.spec.volumeClaimTemplates?.some((t) => t.metadata.name === "state")) problem(where, "each replica needs its own state volume");
  const podLabels = sts.spec.template.metadata.labels;
  for (const [key, value] of Object.entries(service.spec.selector)) {
    if (podLabels[key] !== value) problem(where, `the Service selects ${key}=${value}, which the pods lack`);
  }
  if (service.spec.clusterIP !== "None" || sts.spec.serviceName !== service.metadata.name) {
    problem(where, "the Service must be the StatefulSet's headless service, so every replica is an endpoint");
  }
  for (const [key, value] of Object.entries(monitor.spec.selector.matchLabels)) {
    if (service.metadata.labels?.[key] !== value) problem(where, `the ServiceMonitor selects ${key}=${value}, which the Service lacks`);
  }
  for (const endpoint of monitor.spec.endpoints) {
    if (!service.spec.ports.some((p) => p.name === endpoint.port)) problem(where, `no Service port named ${endpoint.port}`);
  }
  const dashboards = one("ConfigMap").find((c) => c.metadata.name.startsWith("m365-health-exporter-dashboards"));
  if (dashboards?.metadata.labels?.grafana_dashboard !== "1") problem(where, "the dashboards ConfigMap needs grafana_dashboard: \"1\"");
  if (rendered && where.startsWith("overlays/")) {
    const volumes = Object.fromEntries(pod.volumes.map((v) => [v.name, v]));
    for (const [volume, kind, name] of [["config", "ConfigMap", volumes.config?.configMap?.name],
      ["secrets", "Secret", volumes.secrets?.secret?.secretName]]) {
      if (!objects.some((o) => o.kind === kind && o.metadata.name === name)) problem(where, `volume ${volume} names ${kind} ${name}, which is not there`);
    }
  }
}

/** Without kustomize the overlay's replacement cannot run: check that it is there and wired right. */
function checkShardCountWiring(where) {
  const kustomization = parse(readFileSync(join(root, where, "kustomization.yaml"), "utf8"));
  const counted = (kustomization.replicas ?? []).some((r) => r.name === "m365-health-exporter");
  const copied = (kustomization.replacements ?? []).some((r) => r.source?.kind === "StatefulSet"
    && r.source?.fieldPath === "spec.replicas"
    && (r.targets ?? []).some((t) => (t.fieldPaths ?? []).includes(
      "spec.template.spec.containers.[name=exporter].env.[name=M365_SHARD_COUNT].value")));
  if (counted && !copied) problem(where, "sets replicas without the replacement that copies them into M365_SHARD_COUNT");
}

async function selfCheck() {
  // A validator that accepts anything proves nothing: it must refuse a known-bad object.
  const { StatefulSet } = await import("kubernetes-models/apps/v1/StatefulSet");
  try {
    new StatefulSet({ metadata: { name: "bad" }, spec: { replicas: "3", selector: {}, serviceName: "x", template: {} } }).validate();
    problem("self-check", "the schema accepted replicas: \"3\"");
  } catch { /* refused, as it must be */ }
}

await selfCheck();
for (const [name, render] of [["prometheusrule.yaml", prometheusRule], ["grafana-dashboards.yaml", dashboardsConfigMap]]) {
  if (readFileSync(join(root, "base", name), "utf8") !== render()) {
    problem(`base/${name}`, "out of date with its sources: run npm run generate in deploy/kubernetes/test");
  }
}
const render = renderer();
for (const where of kustomizations) {
  const dir = join(root, where);
  const objects = render
    ? parseAllDocuments(render(dir)).map((doc) => doc.toJS())
    : resolveResources(dir);
  for (const object of objects) {
    await validateSchema(where, object);
  }
  checkInvariants(where, objects, render !== null);
  if (!render && where.startsWith("overlays/")) {
    checkShardCountWiring(where);
  }
  console.log(`${where}: ${objects.length} objects (${objects.map((o) => o.kind).join(", ")}) checked, `
    + (render ? "rendered with kustomize" : "resources resolved without kustomize (patches, components, replicas and replacements not applied)"));
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
