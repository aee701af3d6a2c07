import { AppError } from '@pdv/errors';
import type { TrainingContext } from '../context';
import { toCourse } from './course.mapper';
import type { Course } from './course.type';

/** Resolves `Course` entities for other subgraphs, batched per request; courses are not personal data, but callers must be signed in. */
export async function resolveCourseReference(representation: { id: string }, ctx: TrainingContext): Promise<Course | null> {
  if (!ctx.identity) throw AppError.unauthenticated();
  const row = await ctx.loaders.course.load(representation.id);
  return row ? toCourse(row) : null;
}
