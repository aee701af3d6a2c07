import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { Deployment, type IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import { type IStatefulSet, StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { type IJob, Job } from 'kubernetes-models/batch/v1/Job';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IContainer } from 'kubernetes-models/v1/Container';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Service } from 'kubernetes-models/v1/Service';
import { databaseSecretOf, K8S_DIR, type Manifest, renderKubernetes, textOf } from './infrastructure-k8s';
import { appOf, GATEWAY, SERVICES, urlVariableOf } from './services';

// infra/k8s: the committed manifests are this rendering, every object validates against the
// Kubernetes API's JSON schemas (kubernetes-models, ajv; no cluster), and they say what the
// runbook relies on: replicas, probes, migrations as Jobs, secrets from Secrets, a 3-node
// JetStream cluster on volumes.

type ModelClass = new (data: never) => { validate(): void };

/** Each kind the manifests use, with its schema; a kind not listed here fails the spec. */
const MODELS: Record<string, ModelClass> = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'apps/v1/StatefulSet': StatefulSet,
  'batch/v1/Job': Job,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
};

function modelOf(apiVersion: string, kind: string): new (data: unknown) => { validate(): void } {
  const model = MODELS[`${apiVersion}/${kind}`];
  if (!model) throw new Error(`no schema for ${apiVersion} ${kind}: add its kubernetes-models class to MODELS`);
  return model as new (data: unknown) => { validate(): void };
}

const files = renderKubernetes();
const committed = files.map((file) => ({
  file: file.file,
  documents: parseAllDocuments(readFileSync(path.join(K8S_DIR, file.file), 'utf8')).map((document) => document.toJS() as Manifest),
}));
const all = committed.flatMap((file) => file.documents);
const find = <T extends Manifest>(kind: string, name: string) => all.find((manifest) => manifest.kind === kind && manifest.metadata?.name === name) as T;
const containerOf = (manifest: IDeployment | IStatefulSet | IJob): IContainer => manifest.spec?.template.spec?.containers[0] as IContainer;
const envOf = (container: IContainer) => Object.fromEntries((container.env ?? []).map((variable) => [variable.name, variable]));

describe('infra/k8s', () => {
  it('holds exactly the rendered files, as rendered (`npm run k8s` rewrites them)', () => {
    const onDisk = readdirSync(K8S_DIR).filter((name) => name.endsWith('.yaml'));
    expect(onDisk.sort()).toEqual(files.map((file) => file.file).sort());
    for (const file of files) expect(readFileSync(path.join(K8S_DIR, file.file), 'utf8')).toBe(textOf(file));
  });

  it.each(all.map((manifest) => [`${manifest.kind} ${manifest.metadata?.name}`, manifest] as const))('%s validates against the Kubernetes schema', (_name, manifest) => {
    const Model = modelOf(manifest.apiVersion, manifest.kind);
    expect(() => new Model(manifest).validate()).not.toThrow();
  });

  it('the validator does refuse what the API would refuse', () => {
    const deployment = find<IDeployment>('Deployment', GATEWAY.app);
    const Model = modelOf('apps/v1', 'Deployment');
    const badPort = structuredClone(deployment);
    (containerOf(badPort).ports as { containerPort: unknown }[])[0].containerPort = 'four thousand';
    expect(() => new Model(badPort).validate()).toThrow(/containerPort must be integer/);
    const noSelector = structuredClone(deployment) as unknown as { spec: Record<string, unknown> };
    delete noSelector.spec.selector;
    expect(() => new Model(noSelector).validate()).toThrow(/spec must have required property selector/);
  });

  it('puts every object in the pdv namespace', () => {
    expect(all.filter((manifest) => manifest.kind !== 'Namespace' && manifest.metadata?.namespace !== 'pdv')).toEqual([]);
  });

  it('runs NATS as a 3-server JetStream cluster with file storage on its own volumes', () => {
    const nats = find<IStatefulSet>('StatefulSet', 'nats');
    expect(nats.spec?.replicas).toBe(3);
    expect(nats.spec?.volumeClaimTemplates?.map((claim) => claim.metadata?.name)).toEqual(['data']);
    expect(containerOf(nats).volumeMounts).toEqual(expect.arrayContaining([{ name: 'data', mountPath: '/data' }]));
    const config = find<Manifest & { data: Record<string, string> }>('ConfigMap', 'nats-config').data['nats.conf'];
    expect(config).toMatch(/jetstream \{\n\s+store_dir: \/data\/jetstream/);
    for (const index of [0, 1, 2]) expect(config).toContain(`nats://nats-${index}.nats-headless.pdv.svc:6222`);
    expect(containerOf(nats).readinessProbe?.httpGet?.path).toBe('/healthz?js-enabled-only=true');
  });

  const apps = [...SERVICES.map(appOf), GATEWAY.app];

  it.each(apps)('%s: replicas, rolling without dropping below them, probes on /readyz and /healthz, a Service and a disruption budget', (app) => {
    const deployment = find<IDeployment>('Deployment', app);
    expect(deployment.spec?.replicas).toBeGreaterThanOrEqual(2);
    expect(deployment.spec?.strategy?.rollingUpdate?.maxUnavailable).toBe(0);
    const container = containerOf(deployment);
    expect(container.readinessProbe?.httpGet?.path).toBe('/readyz');
    expect(container.livenessProbe?.httpGet?.path).toBe('/healthz');
    expect(container.args).toEqual(['serve']);
    expect(find('Service', app)).toBeDefined();
    expect(find('PodDisruptionBudget', app)).toBeDefined();
  });

  it.each(SERVICES.map((service) => [appOf(service), service] as const))(
    '%s: a migration Job with the same image and settings; its own database URL and the internal key from Secrets',
    (app, service) => {
      const job = find<IJob>('Job', `${app}-migrate`);
      const deployment = find<IDeployment>('Deployment', app);
      expect(containerOf(job).args).toEqual(['migrate']);
      expect(containerOf(job).image).toBe(containerOf(deployment).image);
      expect(containerOf(job).env).toEqual(containerOf(deployment).env);
      const env = envOf(containerOf(deployment));
      expect(env.DATABASE_URL.valueFrom?.secretKeyRef).toEqual({ name: databaseSecretOf(service), key: 'DATABASE_URL' });
      expect(env.INTERNAL_AUTH_SECRET.valueFrom?.secretKeyRef).toEqual({ name: 'pdv-auth', key: 'INTERNAL_AUTH_SECRET' });
      expect(env.INTERNAL_AUTH_PREVIOUS_SECRET.valueFrom?.secretKeyRef).toEqual({ name: 'pdv-auth', key: 'INTERNAL_AUTH_PREVIOUS_SECRET', optional: true });
      expect(env.PORT.value).toBe(String(service.port));
    },
  );

  it('migrations come before the services in the apply order', () => {
    const order = files.map((file) => file.file);
    expect(order.indexOf('20-migrations.yaml')).toBeLessThan(Math.min(...SERVICES.map((service) => order.indexOf(`30-${appOf(service)}.yaml`))));
  });

  it('gives the gateway its keys from Secrets and every subgraph’s Service address', () => {
    const env = envOf(containerOf(find<IDeployment>('Deployment', GATEWAY.app)));
    expect(env.JWT_SECRET.valueFrom?.secretKeyRef?.name).toBe('pdv-auth');
    expect(env.JWT_PREVIOUS_SECRET.valueFrom?.secretKeyRef?.optional).toBe(true);
    for (const service of SERVICES) expect(env[urlVariableOf(service)].value).toBe(`http://${appOf(service)}.pdv.svc:${service.port}/graphql`);
  });

  it('keeps every secret value out of the manifests', () => {
    const text = committed.map((file) => readFileSync(path.join(K8S_DIR, file.file), 'utf8')).join('\n');
    expect(all.some((manifest) => manifest.kind === ('Secret' as string))).toBe(false);
    expect(text).not.toMatch(/development-only|postgres:\/\/[^\s]*:[^\s]*@/);
  });
});
