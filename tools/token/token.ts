import { developmentIdentity, developmentToken, TokenRequestError } from './dev-token';

// `npm run token -- <ROLE> [scopeId]`: prints a development JWT as the last line, so scripts
// can take it with `tail -n 1`. Exit 2 for a request that cannot be met (usage error).
async function main(): Promise<void> {
  const [role, scopeId] = process.argv.slice(2);
  let identity;
  try {
    identity = developmentIdentity(role, scopeId);
  } catch (error) {
    if (!(error instanceof TokenRequestError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
  const token = await developmentToken(identity);
  console.error(`# ${identity.role}${identity.scopeId ? ` in ${identity.scopeId}` : ''}, valid 12 hours. Send as: Authorization: Bearer <token>`);
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
