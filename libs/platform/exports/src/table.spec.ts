import { asciiSlug, contentDisposition } from './file-name';
import type { ExportDefinition } from './export-definition';
import { cellText, exportTable, localDateValue, valueAt } from './table';

describe('valueAt', () => {
  it.each([
    [{ a: { b: { c: 1 } } }, 'a.b.c', 1],
    [{ a: null }, 'a.b', null],
    [{ a: { b: 'x' } }, 'a.missing', null],
    ['text', 'a', null],
  ])('%j at %s → %j', (source, path, expected) => {
    expect(valueAt(source, path)).toEqual(expected);
  });
});

describe('localDateValue and cellText', () => {
  it.each([
    ['2001-03-15', '15/03/2001'],
    ['2024-02-29', '29/02/2024'],
  ])('%s is printed %s', (value, printed) => {
    expect(cellText(localDateValue(value))).toBe(printed);
  });

  it('is null for what is not a date', () => {
    expect(localDateValue('15/03/2001')).toBeNull();
    expect(localDateValue(2001)).toBeNull();
  });
});

describe('exportTable', () => {
  const definition: ExportDefinition = {
    name: 'x',
    operation: 'query X { x { a } }',
    rows: { path: 'x' },
    roles: ['PARTY_BUILDING_BOARD'],
    formats: ['xlsx'],
    title: 'Tiêu đề',
    fileName: 'x',
    columns: [
      { header: 'STT', value: 'index' },
      { header: 'Năm', value: { path: 'year', as: 'number' } },
      { header: 'Trạng thái', value: { path: 'status', labels: { OPEN: 'Đang mở' } } },
      { header: 'Ngày sinh', value: (node) => (node as { dob?: string }).dob ?? 'không rõ' },
    ],
  };

  it('lays nodes out by the columns: row numbers, numbers, labels (unknown values as they are), functions', () => {
    const table = exportTable(definition, [{ year: '2026', status: 'OPEN' }, { year: 2025, status: 'NEW', dob: '2001' }], {}, '2026-03-16');
    expect(table).toMatchObject({ title: 'Tiêu đề', subtitle: null, printedOn: '2026-03-16' });
    expect(table.rows).toEqual([
      [1, 2026, 'Đang mở', 'không rõ'],
      [2, 2025, 'NEW', '2001'],
    ]);
  });

  it('adds the columns the rows decide after the fixed ones (one per session of an attendance sheet)', () => {
    const perSession: ExportDefinition = {
      ...definition,
      columns: [{ header: 'STT', value: 'index' }],
      moreColumns: (nodes) =>
        ((nodes[0] as { sessions: string[] } | undefined)?.sessions ?? []).map((session, index) => ({
          header: `Buổi ${index + 1}`,
          value: (node: unknown) => (node as { marks: string[] }).marks[index] ?? null,
        })),
    };
    const table = exportTable(perSession, [{ sessions: ['a', 'b'], marks: ['x', 'y'] }, { sessions: ['a', 'b'], marks: ['z'] }], {}, '2026-03-16');
    expect(table.columns.map((column) => column.header)).toEqual(['STT', 'Buổi 1', 'Buổi 2']);
    expect(table.rows).toEqual([
      [1, 'x', 'y'],
      [2, 'z', null],
    ]);
    expect(exportTable(perSession, [], {}, '2026-03-16').columns.map((column) => column.header)).toEqual(['STT']);
  });
});

describe('file names', () => {
  it.each([
    ['Danh sách quần chúng ưu tú', 'danh-sach-quan-chung-uu-tu'],
    ['Đảng viên mới — Lớp 2/2026', 'dang-vien-moi-lop-2-2026'],
  ])('%s → %s', (text, slug) => {
    expect(asciiSlug(text)).toBe(slug);
  });

  it('gives an ASCII name and the Vietnamese one (RFC 5987)', () => {
    expect(contentDisposition('danh-sach.xlsx', 'Danh sách (2026).xlsx')).toBe(
      `attachment; filename="danh-sach.xlsx"; filename*=UTF-8''Danh%20s%C3%A1ch%20%282026%29.xlsx`,
    );
    expect(contentDisposition('a"b\\c.pdf', 'x.pdf')).toBe(`attachment; filename="a_b_c.pdf"; filename*=UTF-8''x.pdf`);
  });
});
