/** The server part of a PostgreSQL URL (no database name, no query), for per-service databases. */
export function serverUrlOf(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '/';
  parsed.search = '';
  return parsed.toString().replace(/\/$/, '');
}
