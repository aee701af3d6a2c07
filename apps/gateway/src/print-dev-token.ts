import { loadGatewayConfig } from './config';
import { developmentIdentity, developmentToken, TokenRequestError } from './dev-token';

// `npm run token -- <ROLE> [scopeId]` (through tools/token/token.ts): prints a development
// JWT alone on stdout (everything else on stderr), so `TOKEN=$(npm run -s token -- …)` works. Exit 2 when the
// request cannot be met. Reads the gateway's config: a production environment with the
// public default secret is refused here exactly as the gateway would refuse it.
async function main(): Promise<void> {
  const [role, scopeId] = process.argv.slice(2);
  let identity;
  try {
    identity = developmentIdentity(role, scopeId);
  } catch (error) {
    if (!(error instanceof TokenRequestError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const token = await developmentToken(identity, loadGatewayConfig().jwt);
  process.stderr.write(`# ${identity.role}${identity.scopeId ? ` in ${identity.scopeId}` : ''}, valid 12 hours; send as Authorization: Bearer <token>\n`);
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
