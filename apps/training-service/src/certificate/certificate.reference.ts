import { AppError } from '@pdv/errors';
import type { TrainingContext } from '../context';
import { toCertificate } from './certificate.mapper';
import type { Certificate } from './certificate.type';

/** Resolves `Certificate` entities for other subgraphs (admission checks the awareness certificate), batched; one the caller may not see resolves to null. */
export async function resolveCertificateReference(representation: { id: string }, ctx: TrainingContext): Promise<Certificate | null> {
  if (!ctx.identity) throw AppError.unauthenticated();
  const row = await ctx.loaders.certificate.load(representation.id);
  return row ? toCertificate(row) : null;
}
