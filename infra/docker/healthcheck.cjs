// Container health: the app's /healthz answers (the slim Node image has no curl or wget).
// Liveness only; readiness (/readyz) is for load balancers, so a slow database does not get
// containers restarted.
const port = process.env.PORT || '4000';
fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);
