import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { flushChanges, FsTree } from 'nx/src/generators/tree';
import { WORKSPACE_ROOT } from '../../stack/services';
import { serviceGenerator } from './service.generator';

// `npm run new-service -- <name>`: runs the generator on the working tree, then composes the
// supergraph with the new subgraph (`npm run supergraph`) and renders the Kubernetes manifests
// with the new service (`npm run k8s`), so lint, typecheck, tests and `supergraph:check` pass
// before a line is changed. What to write next: tools/ADDING-A-SERVICE.md.

function main(): void {
  const [name] = process.argv.slice(2);
  if (!name) {
    console.error('usage: npm run new-service -- <name>   (3–20 lower-case letters, e.g. training)');
    process.exit(2);
  }
  const tree = new FsTree(WORKSPACE_ROOT, false);
  const service = serviceGenerator(tree, { name });
  const changes = tree.listChanges();
  flushChanges(WORKSPACE_ROOT, changes);
  for (const change of changes) console.log(`${change.type === 'CREATE' ? 'created' : 'updated'} ${change.path}`);

  // Each in its own process: they read the service list this one loaded before the generator edited it.
  const runTool = (what: string, script: string) => {
    console.log(what);
    execFileSync(path.join(WORKSPACE_ROOT, 'node_modules/.bin/tsx'), ['--tsconfig', 'tools/tsconfig.json', script], { cwd: WORKSPACE_ROOT, stdio: 'inherit' });
  };
  runTool('composing the supergraph with the new subgraph (npm run supergraph)', 'tools/supergraph/compose.ts');
  runTool('rendering the Kubernetes manifests with the new service (npm run k8s)', 'tools/stack/infrastructure-k8s.ts');
  console.log(
    [
      '',
      `${service.app} (port ${service.port}) and ${service.domain} are ready. Check them:`,
      `  npx nx run-many -t test,int-test,lint,typecheck -p ${service.name}-service,${service.name}-domain,contracts`,
      'What to write next (domain rules, persistence, API, events): tools/ADDING-A-SERVICE.md',
    ].join('\n'),
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
