import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import type { INamespace } from 'kubernetes-models/v1/Namespace';
import type { ISecurityContext } from 'kubernetes-models/v1/SecurityContext';
import type { IService } from 'kubernetes-models/v1/Service';
import { stringify } from 'yaml';
import { appOf, databaseOf, GATEWAY, SERVICES, type ServiceDefinition, urlVariableOf, WORKSPACE_ROOT } from './services';

// The Kubernetes manifests in infra/k8s are rendered from the one list of services
// (tools/stack/services.ts), so every service gets the same Deployment, Service, disruption
// budget and migration Job, and one added later cannot be forgotten. `npm run k8s` rewrites
// them; tools/stack/infrastructure-k8s.spec.ts fails when the committed files differ from
// this rendering or do not validate against the Kubernetes schemas.

export const K8S_DIR = path.join(WORKSPACE_ROOT, 'infra/k8s');
export const NAMESPACE = 'pdv';
/** The nats-server the cluster runs: the same release the launcher pins (tools/stack/nats-server-release.json). */
const NATS_IMAGE = `nats:${JSON.parse(readFileSync(path.join(__dirname, 'nats-server-release.json'), 'utf8')).version}-alpine`;
const NATS_REPLICAS = 3;
/** Image names as docker-compose.yml builds them; infra/k8s/deploy.sh swaps in the registry and tag. */
const imageOf = (app: string) => `pdv/${app}:local`;
const AUTH_SECRET = 'pdv-auth';
const SETTINGS = 'pdv-settings';
const SERVICE_REPLICAS = 2;
const GATEWAY_REPLICAS = 2;

// Typed with the Kubernetes API's own types (kubernetes-models), so a misspelt field fails
// the typecheck; the spec validates the values against the API's JSON schemas.
export type Manifest = INamespace | IConfigMap | IService | IDeployment | IStatefulSet | IJob | IPodDisruptionBudget;

const labelsOf = (app: string, component: string) => ({
  'app.kubernetes.io/name': app,
  'app.kubernetes.io/component': component,
  'app.kubernetes.io/part-of': 'pdv',
});
const selectorOf = (app: string) => ({ 'app.kubernetes.io/name': app, 'app.kubernetes.io/component': 'server' });
const metadataOf = (name: string, labels: Record<string, string>) => ({ name, namespace: NAMESPACE, labels });

const fromSecret = (name: string, secret: string, key: string, optional = false): IEnvVar => ({
  name,
  valueFrom: { secretKeyRef: { name: secret, key, ...(optional ? { optional: true } : {}) } },
});
const fromSettings = (name: string): IEnvVar => ({ name, valueFrom: { configMapKeyRef: { name: SETTINGS, key: name } } });

/** A service's own database: each may live on its own PostgreSQL server, so its URL is its own Secret. */
export const databaseSecretOf = (service: ServiceDefinition) => `${appOf(service)}-database`;

function serviceEnvironment(service: ServiceDefinition): IEnvVar[] {
  return [
    { name: 'NODE_ENV', value: 'production' },
    fromSettings('LOG_LEVEL'),
    { name: 'HOST', value: '0.0.0.0' },
    { name: 'PORT', value: String(service.port) },
    fromSecret('DATABASE_URL', databaseSecretOf(service), 'DATABASE_URL'),
    { name: 'DATABASE_NAME', value: databaseOf(service) },
    { name: 'NATS_URL', value: `nats://nats.${NAMESPACE}.svc:4222` },
    fromSecret('INTERNAL_AUTH_SECRET', AUTH_SECRET, 'INTERNAL_AUTH_SECRET'),
    // Set only while INTERNAL_AUTH_SECRET is being rotated (infra/RUNBOOK.md).
    fromSecret('INTERNAL_AUTH_PREVIOUS_SECRET', AUTH_SECRET, 'INTERNAL_AUTH_PREVIOUS_SECRET', true),
  ];
}

const probesOn = (port: string): Pick<IContainer, 'readinessProbe' | 'livenessProbe' | 'startupProbe'> => ({
  // Ready = its database and NATS (a service) or its subgraphs (the gateway) answer.
  readinessProbe: { httpGet: { path: '/readyz', port }, periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 3 },
  // Alive = the process answers; never a dependency, so an outage elsewhere restarts nothing.
  livenessProbe: { httpGet: { path: '/healthz', port }, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 6 },
  startupProbe: { httpGet: { path: '/healthz', port }, periodSeconds: 2, failureThreshold: 60 },
});

const containerSecurity: ISecurityContext = {
  runAsNonRoot: true,
  runAsUser: 1000,
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
};

function server(app: string, port: number, replicas: number, env: IEnvVar[]): Manifest[] {
  const labels = labelsOf(app, 'server');
  const deployment: IDeployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: metadataOf(app, labels),
    spec: {
      replicas,
      selector: { matchLabels: selectorOf(app) },
      // One new replica at a time, none taken away before its successor is ready.
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: { labels },
        spec: {
          terminationGracePeriodSeconds: 30,
          topologySpreadConstraints: [
            { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: selectorOf(app) } },
          ],
          containers: [
            {
              name: app,
              image: imageOf(app),
              args: ['serve'],
              ports: [{ name: 'http', containerPort: port }],
              env,
              ...probesOn('http'),
              resources: { requests: { cpu: '100m', memory: '192Mi' }, limits: { memory: '512Mi' } },
              securityContext: containerSecurity,
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
            },
          ],
          volumes: [{ name: 'tmp', emptyDir: {} }],
        },
      },
    },
  };
  const service: IService = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadataOf(app, labels),
    spec: { selector: selectorOf(app), ports: [{ name: 'http', port, targetPort: 'http' }] },
  };
  const budget: IPodDisruptionBudget = {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: metadataOf(app, labels),
    spec: { minAvailable: 1, selector: { matchLabels: selectorOf(app) } },
  };
  return [deployment, service, budget];
}

function migrationJob(service: ServiceDefinition): IJob {
  const app = appOf(service);
  const labels = labelsOf(app, 'migration');
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: metadataOf(`${app}-migrate`, labels),
    spec: {
      backoffLimit: 3,
      activeDeadlineSeconds: 600,
      template: {
        metadata: { labels },
        spec: {
          restartPolicy: 'Never',
          containers: [
            {
              name: 'migrate',
              image: imageOf(app),
              args: ['migrate'],
              env: serviceEnvironment(service),
              resources: { requests: { cpu: '100m', memory: '192Mi' }, limits: { memory: '512Mi' } },
              securityContext: containerSecurity,
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
            },
          ],
          volumes: [{ name: 'tmp', emptyDir: {} }],
        },
      },
    },
  };
}

const NATS_CONFIG = `# Rendered by tools/stack/infrastructure-k8s.ts. One of ${NATS_REPLICAS} servers of a JetStream cluster;
# $POD_NAME (nats-0, nats-1, …) names each server and its route.
server_name: $POD_NAME
listen: 0.0.0.0:4222
http: 0.0.0.0:8222
pid_file: /var/run/nats/nats.pid
lame_duck_duration: 30s

jetstream {
  store_dir: /data/jetstream
  max_file_store: 8G
  max_memory_store: 256M
}

cluster {
  name: pdv
  listen: 0.0.0.0:6222
  routes: [
${Array.from({ length: NATS_REPLICAS }, (_, index) => `    nats://nats-${index}.nats-headless.${NAMESPACE}.svc:6222`).join('\n')}
  ]
}
`;

function nats(): Manifest[] {
  const labels = labelsOf('nats', 'server');
  const selector = selectorOf('nats');
  const ports: IContainer['ports'] & object = [
    { name: 'client', containerPort: 4222 },
    { name: 'cluster', containerPort: 6222 },
    { name: 'monitor', containerPort: 8222 },
  ];
  const config: IConfigMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: metadataOf('nats-config', labels), data: { 'nats.conf': NATS_CONFIG } };
  const headless: IService = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadataOf('nats-headless', labels),
    // Routes between the servers use these per-pod names, also before a server is ready.
    spec: {
      clusterIP: 'None',
      publishNotReadyAddresses: true,
      selector,
      ports: ports.map(({ name, containerPort }) => ({ name, port: containerPort, targetPort: name })),
    },
  };
  const client: IService = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadataOf('nats', labels),
    spec: { selector, ports: [{ name: 'client', port: 4222, targetPort: 'client' }] },
  };
  const statefulSet: IStatefulSet = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: metadataOf('nats', labels),
    spec: {
      serviceName: 'nats-headless',
      replicas: NATS_REPLICAS,
      podManagementPolicy: 'Parallel',
      selector: { matchLabels: selector },
      template: {
        metadata: { labels },
        spec: {
          terminationGracePeriodSeconds: 60,
          affinity: {
            podAntiAffinity: {
              preferredDuringSchedulingIgnoredDuringExecution: [
                { weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: selector } } },
              ],
            },
          },
          containers: [
            {
              name: 'nats',
              image: NATS_IMAGE,
              args: ['--config', '/etc/nats/nats.conf'],
              env: [{ name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }],
              ports,
              readinessProbe: { httpGet: { path: '/healthz?js-enabled-only=true', port: 'monitor' }, periodSeconds: 5, failureThreshold: 3 },
              livenessProbe: { httpGet: { path: '/healthz?js-enabled-only=true', port: 'monitor' }, periodSeconds: 30, timeoutSeconds: 5, failureThreshold: 3 },
              startupProbe: { httpGet: { path: '/healthz', port: 'monitor' }, periodSeconds: 5, failureThreshold: 90 },
              // Lame duck mode hands clients to the other servers before this one stops.
              lifecycle: { preStop: { exec: { command: ['nats-server', '-sl=ldm=/var/run/nats/nats.pid'] } } },
              resources: { requests: { cpu: '200m', memory: '256Mi' }, limits: { memory: '1Gi' } },
              volumeMounts: [
                { name: 'config', mountPath: '/etc/nats' },
                { name: 'data', mountPath: '/data' },
                { name: 'pid', mountPath: '/var/run/nats' },
              ],
            },
          ],
          volumes: [
            { name: 'config', configMap: { name: 'nats-config' } },
            { name: 'pid', emptyDir: {} },
          ],
        },
      },
      // JetStream's file store: one volume per server, kept when a pod moves.
      volumeClaimTemplates: [
        {
          metadata: { name: 'data', labels },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } },
        },
      ],
    },
  };
  const budget: IPodDisruptionBudget = {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: metadataOf('nats', labels),
    // A quorum of 2 of 3 keeps every replicated stream writable.
    spec: { maxUnavailable: 1, selector: { matchLabels: selector } },
  };
  return [config, headless, client, statefulSet, budget];
}

function namespace(): Manifest[] {
  const space: INamespace = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NAMESPACE, labels: { 'app.kubernetes.io/part-of': 'pdv' } } };
  const settings: IConfigMap = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: metadataOf(SETTINGS, labelsOf('pdv', 'settings')),
    data: { LOG_LEVEL: 'info', JWT_ISSUER: 'pdv', JWT_AUDIENCE: 'pdv-api', TRUSTED_PROXY_HOPS: '1' },
  };
  return [space, settings];
}

function gateway(): Manifest[] {
  return server(GATEWAY.app, GATEWAY.port, GATEWAY_REPLICAS, [
    { name: 'NODE_ENV', value: 'production' },
    fromSettings('LOG_LEVEL'),
    { name: 'HOST', value: '0.0.0.0' },
    { name: 'PORT', value: String(GATEWAY.port) },
    fromSecret('JWT_SECRET', AUTH_SECRET, 'JWT_SECRET'),
    // Set only while JWT_SECRET is being rotated (infra/RUNBOOK.md).
    fromSecret('JWT_PREVIOUS_SECRET', AUTH_SECRET, 'JWT_PREVIOUS_SECRET', true),
    fromSettings('JWT_ISSUER'),
    fromSettings('JWT_AUDIENCE'),
    fromSecret('INTERNAL_AUTH_SECRET', AUTH_SECRET, 'INTERNAL_AUTH_SECRET'),
    fromSettings('TRUSTED_PROXY_HOPS'),
    { name: 'SUPERGRAPH_PATH', value: 'apps/gateway/supergraph.graphql' },
    ...SERVICES.map((service) => ({ name: urlVariableOf(service), value: `http://${appOf(service)}.${NAMESPACE}.svc:${service.port}/graphql` })),
  ]);
}

export interface ManifestFile {
  file: string;
  /** What the file is for, first line of the file. */
  about: string;
  manifests: Manifest[];
}

/** Every manifest, by file, in the order infra/k8s/deploy.sh applies them. */
export function renderKubernetes(): ManifestFile[] {
  return [
    { file: '00-namespace.yaml', about: 'the namespace and the settings every app reads', manifests: namespace() },
    { file: '10-nats.yaml', about: `NATS: a ${NATS_REPLICAS}-server JetStream cluster with file storage`, manifests: nats() },
    {
      file: '20-migrations.yaml',
      about: 'one migration Job per service, run to completion before the rollout (deploy.sh)',
      manifests: SERVICES.map(migrationJob),
    },
    ...SERVICES.map((service) => ({
      file: `30-${appOf(service)}.yaml`,
      about: `${appOf(service)}: replicas behind a Service, probes on /readyz and /healthz`,
      manifests: server(appOf(service), service.port, SERVICE_REPLICAS, serviceEnvironment(service)),
    })),
    { file: '40-gateway.yaml', about: 'the gateway: replicas behind a Service (put the platform’s ingress in front)', manifests: gateway() },
  ];
}

export function textOf(file: ManifestFile): string {
  const header = `# ${file.about}.\n# Rendered by \`npm run k8s\` (tools/stack/infrastructure-k8s.ts) from tools/stack/services.ts: edit that, not this.\n`;
  return header + file.manifests.map((manifest) => `---\n${stringify(manifest, { lineWidth: 0, aliasDuplicateObjects: false })}`).join('');
}

/** Writes infra/k8s/*.yaml and removes rendered files no longer rendered. */
export function writeKubernetes(directory = K8S_DIR): string[] {
  const files = renderKubernetes();
  const names = new Set(files.map((file) => file.file));
  for (const existing of readdirSync(directory)) {
    if (/^\d\d-.+\.yaml$/.test(existing) && !names.has(existing)) rmSync(path.join(directory, existing));
  }
  for (const file of files) writeFileSync(path.join(directory, file.file), textOf(file));
  return [...names];
}

if (require.main === module) {
  const written = writeKubernetes();
  console.log(`wrote ${written.length} files in ${path.relative(WORKSPACE_ROOT, K8S_DIR)}: ${written.join(', ')}`);
}
