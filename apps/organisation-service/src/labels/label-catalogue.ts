/**
 * The labels the API serves (`Query.labels`): every enum value of the composed supergraph
 * and every rule id of every service, in English and Vietnamese. The data is generated into
 * labels.generated.ts by `npm run api-guide` from the sources that already hold the text
 * (the services' enum descriptions, enum-terms.vi.json, the rule registries), so it is
 * written once; this service owns the root field because federation lets one subgraph own it.
 */
export interface Bilingual {
  en: string;
  vi: string;
}

export interface LabelCatalogue {
  enums: {
    name: string;
    values: { value: string; label: Bilingual; description: Bilingual }[];
  }[];
  rules: { id: string; statement: Bilingual; remedy: Bilingual }[];
}

export const LOCALES = ['EN', 'VI'] as const;
export type Locale = (typeof LOCALES)[number];

export const textIn = (locale: Locale, text: Bilingual): string => (locale === 'VI' ? text.vi : text.en);
