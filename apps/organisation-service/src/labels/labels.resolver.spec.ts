import { labelsIn } from './labels.resolver';
import { LABEL_CATALOGUE } from './labels.generated';
import type { LabelCatalogue } from './label-catalogue';

const catalogue: LabelCatalogue = {
  enums: [
    { name: 'CourseResult', values: [{ value: 'PASSED', label: { en: 'Passed', vi: 'Đạt' }, description: { en: 'Passed (đạt).', vi: 'Đạt.' } }] },
    { name: 'Gender', values: [{ value: 'MALE', label: { en: 'Male', vi: 'Nam' }, description: { en: 'Male.', vi: 'Nam.' } }] },
  ],
  rules: [{ id: 'ORG.NO_CYCLE', statement: { en: 'No cycle.', vi: 'Không vòng.' }, remedy: { en: 'Move it.', vi: 'Chuyển.' } }],
};

describe('labelsIn', () => {
  it.each([
    ['VI', { enums: null, rules: null }, [['CourseResult', 'PASSED', 'Đạt', 'Đạt.'], ['Gender', 'MALE', 'Nam', 'Nam.']], [['ORG.NO_CYCLE', 'Không vòng.', 'Chuyển.']]],
    ['EN', { enums: ['Gender'], rules: null }, [['Gender', 'MALE', 'Male', 'Male.']], [['ORG.NO_CYCLE', 'No cycle.', 'Move it.']]],
    ['EN', { enums: [], rules: ['ORG.NO_CYCLE'] }, [], [['ORG.NO_CYCLE', 'No cycle.', 'Move it.']]],
    ['VI', { enums: ['CourseResult'], rules: [] }, [['CourseResult', 'PASSED', 'Đạt', 'Đạt.']], []],
  ] as const)('%s, %j', (locale, selection, values, rules) => {
    const labels = labelsIn(catalogue, locale, selection);
    expect(labels.locale).toBe(locale);
    expect(labels.enumValues.map((v) => [v.enum, v.value, v.label, v.description])).toEqual(values);
    expect(labels.rules.map((r) => [r.id, r.statement, r.remedy])).toEqual(rules);
  });

  it('refuses an enum or a rule the API does not have, naming each', () => {
    expect(() => labelsIn(catalogue, 'EN', { enums: ['Gender', 'Colour'], rules: ['ORG.NOPE'] })).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        problems: [
          { field: 'enums', message: 'Colour is not an enum of the API' },
          { field: 'rules', message: 'ORG.NOPE is not a rule id of the API' },
        ],
      }),
    );
  });

  it('serves a generated catalogue where every label and text is filled in both languages', () => {
    const texts = [
      ...LABEL_CATALOGUE.enums.flatMap((entry) => entry.values.flatMap((value) => [value.label, value.description])),
      ...LABEL_CATALOGUE.rules.flatMap((rule) => [rule.statement, rule.remedy]),
    ];
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter((text) => !text.en.trim() || !text.vi.trim())).toEqual([]);
  });
});
