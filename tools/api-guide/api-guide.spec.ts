import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { readGuideInputs, staleFiles, WORKSPACE_ROOT } from './api-guide';
import { enumLabelsOf, labelFromDescription } from './enum-labels';
import { readExamples } from './examples';

describe('labelFromDescription', () => {
  it.each([
    ['Passed (đạt).', undefined, { en: 'Passed', vi: 'Đạt' }],
    ['Dissolved (giải thể) with no successor.', undefined, { en: 'Dissolved', vi: 'Giải thể' }],
    ['Already referred (duplicate) (Trùng (đã được giới thiệu)).', undefined, { en: 'Already referred (duplicate)', vi: 'Trùng (đã được giới thiệu)' }],
    ['High-school students aged 18 (Học sinh THPT (đủ 18 tuổi)).', undefined, { en: 'High-school students aged 18', vi: 'Học sinh THPT (đủ 18 tuổi)' }],
    ['Nominated by the cell; waiting for the board.', 'Đã được cử, chờ duyệt', { en: 'Nominated by the cell', vi: 'Đã được cử, chờ duyệt' }],
    ['The row has problems (listed) and was not written.', 'Lỗi', { en: 'The row has problems and was not written', vi: 'Lỗi' }],
    ['Date of the admission decision (party age counts from it).', 'Ngày quyết định kết nạp', { en: 'Date of the admission decision', vi: 'Ngày quyết định kết nạp' }],
    ['Male.', undefined, null],
    ['Public service units (hospitals, centres).', undefined, null],
  ])('%s (term %s) → %j', (description, term, expected) => {
    expect(labelFromDescription(description, term)).toEqual(expected);
  });
});

describe('enumLabelsOf', () => {
  const sdl = `
    enum join__Graph { A }
    enum Gender { "Male." MALE "Female (nữ)." FEMALE }
    enum CourseResult { "Passed (đạt)." PASSED }`;

  it('labels every value, skips federation’s enums, and names what has no Vietnamese', () => {
    const outcome = enumLabelsOf(sdl, { Gender: { MALE: 'Nam' }, Sector: { SCHOOL: 'Trường học' } });
    expect(outcome.missing).toEqual([]);
    expect(outcome.unused).toEqual(['Sector.SCHOOL']);
    expect(outcome.enums).toEqual([
      { name: 'CourseResult', values: [{ value: 'PASSED', label: { en: 'Passed', vi: 'Đạt' }, description: { en: 'Passed (đạt).', vi: 'Đạt.' } }] },
      {
        name: 'Gender',
        values: [
          { value: 'MALE', label: { en: 'Male', vi: 'Nam' }, description: { en: 'Male.', vi: 'Nam.' } },
          { value: 'FEMALE', label: { en: 'Female', vi: 'Nữ' }, description: { en: 'Female (nữ).', vi: 'Nữ.' } },
        ],
      },
    ]);
  });

  it('fails a new value with neither a Vietnamese description nor a term', () => {
    expect(enumLabelsOf(sdl, {}).missing).toEqual(['Gender.MALE']);
  });
});

describe('the committed API guide files', () => {
  // Loads every domain library's rules and the committed supergraph: slower than a unit spec.
  jest.setTimeout(60_000);

  it('label every enum value of the supergraph and every rule of every registry, in both languages', async () => {
    const { rules, enums } = await readGuideInputs();
    expect(rules.length).toBeGreaterThan(100);
    expect([...new Set(rules.map((rule) => rule.id.split('.')[0]))]).toEqual(expect.arrayContaining(['ORG', 'MEMBER', 'SOURCING', 'TRAINING', 'ADMISSION', 'EVALUATION']));
    for (const rule of rules) expect(rule.vi).not.toBeNull();
    expect(enums.map((entry) => entry.name)).toEqual(expect.arrayContaining(['CandidateStatus', 'DossierStatus', 'Locale', 'TargetKind']));
  });

  it('are fresh: docs/api/errors.md and the label catalogue are what `npm run api-guide` writes', async () => {
    expect(await staleFiles()).toEqual([]);
  });
});

describe('the example collection', () => {
  it('has every operation valid against the committed supergraph, with its variables and expected files', async () => {
    const supergraph = buildSchema(await readFile(path.join(WORKSPACE_ROOT, 'apps/gateway/supergraph.graphql'), 'utf8'), { assumeValidSDL: true });
    const examples = await readExamples(WORKSPACE_ROOT);
    expect(examples.length).toBeGreaterThan(10);
    const problems = [];
    for (const example of examples) {
      if (example.operation) problems.push(...validate(supergraph, parse(example.operation)).map((error) => `${example.name}: ${error.message}`));
      if (!existsSync(example.expectedFile)) problems.push(`${example.name}: no expected file (run the examples with UPDATE_API_EXAMPLES=1)`);
    }
    expect(problems).toEqual([]);
  });
});
