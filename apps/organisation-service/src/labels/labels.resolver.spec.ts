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
    ['VI', null, [['CourseResult', 'PASSED', 'Đạt', 'Đạt.'], ['Gender', 'MALE', 'Nam', 'Nam.']], ['Không vòng.', 'Chuyển.']],
    ['EN', ['Gender'], [['Gender', 'MALE', 'Male', 'Male.']], ['No cycle.', 'Move it.']],
  ] as const)('%s, enums %j', (locale, enums, values, rule) => {
    const labels = labelsIn(catalogue, locale, enums);
    expect(labels.locale).toBe(locale);
    expect(labels.enumValues.map((v) => [v.enum, v.value, v.label, v.description])).toEqual(values);
    expect(labels.rules.map((r) => [r.id, r.statement, r.remedy])).toEqual([['ORG.NO_CYCLE', ...rule]]);
  });

  it('refuses an enum the API does not have, naming it', () => {
    expect(() => labelsIn(catalogue, 'EN', ['Gender', 'Colour'])).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', problems: [{ field: 'enums', message: 'Colour is not an enum of the API' }] }),
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
