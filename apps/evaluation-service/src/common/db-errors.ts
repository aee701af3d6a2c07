/** A unique constraint refused the write (PostgreSQL 23505), e.g. two concurrent requests for one code. */
export function isUniqueViolation(error: unknown): boolean {
  const candidate = error as { code?: unknown; name?: unknown } | null;
  return candidate?.code === '23505' || candidate?.name === 'UniqueConstraintViolationException';
}
