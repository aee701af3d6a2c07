import { syntheticPerson, timingStats } from '@pdv/testing';
import { startTrainingExportsStack } from './support/exports-stack';

// How long the export of a 200-person class list takes, end to end: the real gateway process
// runs the committed query through the real training service, which answers the enrolments,
// and federates each person's name and date of birth from the sourcing service (its audit of
// every date of birth read included) and the cell's name from the organisation service; then
// the rows are laid out and the xlsx rendered. Entry point:
//   node tools/benchmarks/export-class-list-200.mjs [runs]
const PEOPLE = 200;
const RUNS = Number(process.argv[2] ?? 10);

async function main(): Promise<void> {
  const loading = performance.now();
  const stack = await startTrainingExportsStack(
    Array.from({ length: PEOPLE }, (_, i) => syntheticPerson(i)),
    { days: ['2027-01-11', '2027-01-12', '2027-01-13'], title: 'Lớp bồi dưỡng nhận thức về Đảng khóa I/2027' },
  );
  try {
    for (const enrolmentId of Object.values(stack.enrolmentOf)) {
      await stack.call(stack.who.board, `mutation($id: ID!) { approveNomination(id: $id) { status } }`, { id: enrolmentId });
    }
    console.log(`stack up with a class of ${PEOPLE} in ${((performance.now() - loading) / 1000).toFixed(1)} s`);
    for (const [who, identity] of [
      ['training centre', stack.who.centre],
      ['party-building board', stack.who.board],
    ] as const) {
      const samples: number[] = [];
      let bytes = 0;
      for (let run = 0; run <= RUNS; run += 1) {
        const started = performance.now();
        const file = await stack.download(identity, 'course-class-list.xlsx', { courseId: stack.courseId });
        if (file.status !== 200) throw new Error(`HTTP ${file.status} ${file.body.toString('utf8').slice(0, 500)}`);
        bytes = file.body.length;
        // The first run warms the query plans; it is not counted.
        if (run > 0) samples.push(performance.now() - started);
      }
      console.log(`course-class-list.xlsx, ${PEOPLE} rows as the ${who}: ${timingStats(samples)} (${RUNS} runs, ${(bytes / 1024).toFixed(0)} KiB)`);
    }
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
