import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '@pdv/graphql';
import { CALENDAR_EDITORS, DOSSIER_HANDLERS } from '../common/permissions';
import type { AdmissionContext } from '../context';
import { parseCorrectWorkingDayCalendar } from './calendar.parse';
import { CorrectWorkingDayCalendarInput, WorkingDayCalendarCorrection } from './calendar.type';

const toCorrection = (row: object) => Object.assign(new WorkingDayCalendarCorrection(), row);

/** Resolvers parse, authorise (@Allow), call the service and map: nothing more. */
@Resolver(() => WorkingDayCalendarCorrection)
export class WorkingDayCalendarResolver {
  @Query(() => [WorkingDayCalendarCorrection], { description: 'The board’s corrections of the working-day calendar, oldest first, with who and why (the default table is the shared one of 2025–2031).' })
  @Allow(DOSSIER_HANDLERS)
  async workingDayCalendarCorrections(@Ctx() ctx: AdmissionContext): Promise<WorkingDayCalendarCorrection[]> {
    return (await ctx.services.calendar.list()).map(toCorrection);
  }

  @Mutation(() => WorkingDayCalendarCorrection, {
    description: 'Corrects one day of the working-day calendar (a holiday, a swapped working day, or an ordinary day), with why; every open deadline is recounted on the corrected calendar.',
  })
  @Allow(CALENDAR_EDITORS)
  async correctWorkingDayCalendar(
    @Arg('input', () => CorrectWorkingDayCalendarInput, { description: 'The day, what it is and why.' }) input: CorrectWorkingDayCalendarInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<WorkingDayCalendarCorrection> {
    return toCorrection(await ctx.services.calendar.correct(parseCorrectWorkingDayCalendar(input)));
  }
}
