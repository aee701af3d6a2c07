import type { Identity } from '@pdv/auth';
import { pdfText, sheetRows } from '@pdv/exports/testing';
import { type ExportPerson, type ExportsStack, startExportsStack } from './exports-stack';

const hang: ExportPerson = { fullName: 'Nguyễn Thị Hằng', dateOfBirth: '2001-03-15', gender: 'FEMALE' };
const people = {
  cellA: [hang, { fullName: 'Trần Văn Đạt', dateOfBirth: '1998-07-02', gender: 'MALE' }, { fullName: 'Lê Thị Phượng', dateOfBirth: '2003-11-30', gender: 'FEMALE' }],
  cellB: [{ fullName: 'Phạm Quốc Khánh', dateOfBirth: '1999-01-20', gender: 'MALE' }, { fullName: 'Đỗ Thu Hương', dateOfBirth: '2002-05-09', gender: 'FEMALE' }],
} satisfies Record<string, ExportPerson[]>;

interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
  /** The JSON body of a refusal. */
  errors(): { message: string; extensions: { code: string; problems?: { field: string; message: string }[]; limit?: number } }[];
}

describe('exports through the gateway, run with the caller’s own token', () => {
  let stack: ExportsStack;

  beforeAll(async () => {
    // Five people in the pool; one export takes four, so the ward's whole list is refused.
    stack = await startExportsStack(people, { EXPORT_MAX_ROWS: '4' });
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  async function download(identity: Identity | null, file: string, options: { variables?: unknown; method?: 'GET' | 'POST'; rawVariables?: string; authorization?: string } = {}): Promise<Download> {
    const headers: Record<string, string> = {};
    if (identity) headers.authorization = `Bearer ${await stack.token(identity)}`;
    if (options.authorization) headers.authorization = options.authorization;
    let url = `${stack.base}/exports/${file}`;
    let body: string | undefined;
    if (options.method === 'POST') {
      headers['content-type'] = 'application/json';
      body = JSON.stringify({ variables: options.variables ?? {} });
    } else if (options.rawVariables !== undefined || options.variables !== undefined) {
      url += `?variables=${encodeURIComponent(options.rawVariables ?? JSON.stringify(options.variables))}`;
    }
    const response = await fetch(url, { method: options.method ?? 'GET', headers, body });
    const bytes = Buffer.from(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, body: bytes, errors: () => JSON.parse(bytes.toString('utf8')).errors };
  }

  it('gives a cell secretary their cell’s source pool as xlsx, and no one else’s', async () => {
    const file = await download(stack.who.secretaryA, 'source-pool.xlsx');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.headers.get('cache-control')).toBe('no-store');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="danh-sach-nguon-phat-trien-dang-vien-2026-03-16.xlsx"; filename*=UTF-8''${encodeURIComponent('Danh sách quần chúng ưu tú trong nguồn 16-03-2026.xlsx')}`,
    );
    const [header, ...rows] = await sheetRows(file.body);
    expect(header).toEqual(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Nghề nghiệp', 'Trình độ học vấn', 'Nguồn', 'Ngày vào nguồn', 'Tình trạng']);
    expect(rows.map((row) => row[1]).sort()).toEqual(people.cellA.map((person) => person.fullName).sort());
    expect(rows.map((row) => row[0])).toEqual([1, 2, 3]);
    const hangRow = rows.find((row) => row[1] === hang.fullName)!;
    expect(hangRow.slice(2, 7)).toEqual([new Date(Date.UTC(2001, 2, 15)), 'Nữ', 'Giáo viên', 'Đại học', 'Đoàn viên, hội viên']);
    expect(hangRow[8]).toBe('Trong nguồn');
  });

  it('gives the board a printable pdf of one cell (POST with variables): the Vietnamese names intact, each date of birth read audited as in the API', async () => {
    const audited = async () =>
      Number((await stack.sql<{ count: string }>("select count(*) as count from personal_data_audit where actor_id = 'board-1' and field = 'dateOfBirth'"))[0].count);
    const before = await audited();
    const file = await download(stack.who.board, 'source-pool.pdf', { method: 'POST', variables: { organisationId: stack.cellA, year: 2026 } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    const { pages } = await pdfText(file.body);
    const text = pages.join('\n').normalize('NFC');
    expect(text).toContain('Danh sách quần chúng ưu tú trong nguồn năm 2026');
    for (const person of people.cellA) expect(text).toContain(person.fullName);
    expect(text).toContain('15/03/2001');
    expect(text).not.toContain('Phạm Quốc Khánh');
    expect(await audited()).toBe(before + people.cellA.length);
  });

  it('refuses a list longer than EXPORT_MAX_ROWS rather than cutting it short', async () => {
    const refused = await download(stack.who.board, 'source-pool.xlsx');
    expect(refused.status).toBe(400);
    expect(refused.errors()[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 4 });
    expect(refused.errors()[0].message).toMatch(/more than 4 rows/);
    expect((await download(stack.who.board, 'source-pool.xlsx', { variables: { organisationId: stack.cellB } })).status).toBe(200);
  });

  it.each(['trainingCentre', 'youthStaff'] as const)('refuses %s, a role the list is not for, with FORBIDDEN', async (role) => {
    const refused = await download(stack.who[role], 'source-pool.pdf');
    expect(refused.status).toBe(403);
    expect(refused.errors()[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a caller without a token, or with a forged one, with UNAUTHENTICATED', async () => {
    for (const refused of [await download(null, 'source-pool.xlsx'), await download(null, 'source-pool.xlsx', { authorization: 'Bearer not.a.token' })]) {
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Bearer');
      expect(refused.errors()[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it.each<[string, { variables?: unknown; rawVariables?: string }, RegExp, string | undefined]>([
    ['a value of the wrong type (GraphQL’s own coercion)', { variables: { year: 'năm nay' } }, /\$year/, undefined],
    ['an enum value that does not exist', { variables: { sourceCategory: 'NOBODY' } }, /\$sourceCategory/, undefined],
    ['a variable the export does not take', { variables: { phone: '0912345678' } }, /no variable "phone"/, 'variables.phone'],
    ['the cursor the exporter sets itself', { variables: { after: 'abc' } }, /no variable "after"/, 'variables.after'],
    ['variables that are not JSON', { rawVariables: '{year:2026' }, /not valid JSON/, 'variables'],
    ['variables that are not an object', { variables: [2026] }, /must be a JSON object/, 'variables'],
  ])('refuses %s with BAD_USER_INPUT naming the variable', async (_label, options, message, field) => {
    const refused = await download(stack.who.secretaryA, 'source-pool.xlsx', options);
    expect(refused.status).toBe(400);
    const [error] = refused.errors();
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
    if (field) expect(error.extensions.problems).toEqual([{ field, message: error.message }]);
  });

  it('prints a candidate’s profile card (one framed page) for their cell’s secretary, with the full ID number the role handles', async () => {
    const file = await download(stack.who.secretaryA, 'candidate-card.pdf', { variables: { id: stack.candidateIds[hang.fullName] } });
    expect(file.status).toBe(200);
    const { pages } = await pdfText(file.body);
    expect(pages).toHaveLength(1);
    const text = pages[0].normalize('NFC');
    for (const expected of ['PHIẾU THÔNG TIN QUẦN CHÚNG ƯU TÚ', 'Họ và tên: Nguyễn Thị Hằng', 'Ngày sinh (năm sinh): 15/03/2001', 'Giới tính: Nữ', 'Số định danh cá nhân: 0013010', 'Tình trạng: Trong nguồn']) {
      expect(text).toContain(expected);
    }
  });

  it('answers a card of a candidate the caller may not see as the API does (NOT_FOUND), and a missing id as BAD_USER_INPUT naming $id', async () => {
    const hidden = await download(stack.who.secretaryA, 'candidate-card.pdf', { variables: { id: stack.candidateIds['Phạm Quốc Khánh'] } });
    expect(hidden.status).toBe(404);
    expect(hidden.errors()[0].extensions.code).toBe('NOT_FOUND');
    const missing = await download(stack.who.secretaryA, 'candidate-card.pdf');
    expect(missing.status).toBe(400);
    expect(missing.errors()[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/\$id/) });
    expect((await download(stack.who.secretaryA, 'candidate-card.xlsx')).status).toBe(404);
  });

  it.each(['nothing.xlsx', 'source-pool.csv', 'source-pool'])('answers %s with NOT_FOUND listing the exports', async (file) => {
    const refused = await download(stack.who.board, file);
    expect(refused.status).toBe(404);
    expect(refused.errors()[0].message).toContain('source-pool.xlsx, source-pool.pdf, candidate-card.pdf');
  });
});
