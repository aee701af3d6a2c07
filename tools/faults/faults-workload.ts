// The fault suite's workload: what people do through the gateway while faults hit the stack.
// Referrals one by one and by spreadsheet (CSV, the template's columns), then the cell accepts
// them. Every step is retried until it gets an answer that means "done", because during a
// fault the gateway answers SERVICE_UNAVAILABLE or cannot reach a subgraph at all: a person
// would try again, and so does this.

export interface Caller {
  role: string;
  scopeId: string | null;
}

export interface Answer<T> {
  data: T | null;
  errors: { message: string; extensions?: { code?: string; details?: Record<string, unknown> } }[];
}

const FINAL_CODES = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'UNAUTHENTICATED', 'RULE_VIOLATION', 'CONFLICT', 'NOT_FOUND']);

export class FaultsClient {
  retries = 0;

  constructor(
    private readonly url: string,
    private readonly tokenOf: (caller: Caller) => string,
  ) {}

  async request<T>(caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.tokenOf(caller)}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json()) as Partial<Answer<T>>;
    return { data: body.data ?? null, errors: body.errors ?? [] };
  }

  /**
   * Retries until the answer has no error, or only errors `settled` accepts (e.g. CONFLICT
   * "already referred" after a retry whose first attempt did commit). Gives up after `budgetMs`.
   * `eventually`: refusals are retried too (within the budget), for a step that waits on facts
   * another service learns by event (a nomination before sourcing's acceptance arrived).
   * After an attempt without an answer (the stack was down, the answer lost), a CONFLICT or
   * RULE_VIOLATION means the earlier attempt committed: "already done", settled.
   */
  async until<T>(
    caller: Caller,
    query: string,
    variables: Record<string, unknown>,
    settled: (answer: Answer<T>) => boolean = () => false,
    budgetMs = 180_000,
    eventually = false,
  ): Promise<Answer<T>> {
    const deadline = Date.now() + budgetMs;
    let last = 'no answer';
    let uncertain = false;
    for (let attempt = 0; ; attempt += 1) {
      try {
        const answer = await this.request<T>(caller, query, variables);
        // No data and no errors is not an answer (a proxy's or a dying server's body): try again.
        if ((answer.errors.length === 0 && answer.data !== null) || (answer.errors.length > 0 && settled(answer))) return answer;
        if (answer.errors.length === 0) {
          last = 'an answer without data or errors';
          uncertain = true;
          this.retries += 1;
          await new Promise((resolve) => setTimeout(resolve, 500));
          continue;
        }
        last = answer.errors.map((error) => `${error.extensions?.code ?? 'ERROR'} ${error.message}`).join('; ');
        const refusals = answer.errors.every((error) => FINAL_CODES.has(error.extensions?.code ?? ''));
        if (refusals && uncertain && answer.errors.every((error) => ALREADY_DONE_CODES.has(error.extensions?.code ?? ''))) return answer;
        // Only refusals that retrying cannot change: the workload's own bug, so stop at once.
        if (refusals && !eventually) throw new Error(`the workload was refused: ${last}`);
        if (!refusals) uncertain = true;
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('the workload was refused')) throw error;
        last = error instanceof Error ? error.message : String(error);
        uncertain = true;
      }
      if (Date.now() > deadline) throw new Error(`no answer within ${budgetMs / 1000} s: ${last}`);
      this.retries += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** attempt, 3_000)));
    }
  }
}

const ALREADY_DONE_CODES = new Set(['CONFLICT', 'RULE_VIOLATION']);

/** Runs `work` over `items`, at most `limit` at a time (what a few people at their desks do at once). */
export async function inParallel<I>(items: readonly I[], limit: number, work: (item: I) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

/** Today in Vietnam (YYYY-MM-DD), the day the services write (a day's offset with `days`). */
export function vietnamDay(days = 0): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Lan', 'Minh', 'Nam', 'Phương', 'Quân', 'Sơn', 'Trang', 'Vy'];

export interface Person {
  fullName: string;
  dateOfBirth: string;
  gender: 'MALE' | 'FEMALE';
  nationalId: string;
  phone: string;
  address: string;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** A synthetic person whose national ID agrees with their date of birth and gender (serial unique per run). */
export function syntheticPerson(serial: number): Person {
  const gender = serial % 2 === 0 ? 'MALE' : 'FEMALE';
  const year = 1992 + (serial % 12);
  const dateOfBirth = `${year}-${pad(1 + (serial % 12), 2)}-${pad(1 + (serial % 28), 2)}`;
  const centuryDigit = (Math.floor(year / 100) - 19) * 2 + (gender === 'FEMALE' ? 1 : 0);
  return {
    fullName: `${FAMILY[serial % FAMILY.length]} ${MIDDLE[(serial >> 3) % MIDDLE.length]} ${GIVEN[(serial >> 5) % GIVEN.length]}`,
    dateOfBirth,
    gender,
    nationalId: `001${centuryDigit}${pad(year % 100, 2)}${pad(serial % 1_000_000, 6)}`,
    phone: `09${pad((serial * 7919) % 100_000_000, 8)}`,
    address: `Số ${1 + (serial % 120)} phố Hàng Bông`,
  };
}

export const SUBMIT = `mutation($input: SubmitReferralInput!) { submitReferral(input: $input) { referral { id } } }`;
export const IMPORT = `mutation($input: ImportReferralsInput!) { importReferrals(input: $input) { importId imported committed rows { referralId status } } }`;

export interface Ward {
  massOrganisationId: string;
  cell: { id: string; code: string };
  noticeVersion: string;
  consentedAt: string;
}

export function referralInput(ward: Ward, person: Person) {
  return {
    massOrganisationId: ward.massOrganisationId,
    person: { ...person, occupation: 'Nhân viên văn phòng', educationLevel: 'UNIVERSITY' },
    sourceCategory: 'MASS_ORGANISATION_MEMBER',
    cellId: ward.cell.id,
    referrerName: 'Bí thư Chi đoàn',
    achievements: 'Tích cực trong phong trào thanh niên',
    reason: 'Gương mẫu, nhiệt tình',
    consent: { noticeVersion: ward.noticeVersion, consentedAt: ward.consentedAt },
  };
}

const HEADER = [
  'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Số điện thoại', 'Nơi ở hiện nay', 'Nghề nghiệp', 'Trình độ học vấn', 'Nguồn', 'Chi bộ',
  'Thành tích', 'Lý do giới thiệu', 'Ngày đồng ý', 'Người giới thiệu',
];

/** The template's CSV with one row per person (what a mass organisation's staff upload). */
export function referralCsv(ward: Ward, people: readonly Person[]): string {
  const day = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  const rows = people.map((person) => [
    person.fullName,
    day(person.dateOfBirth),
    person.gender === 'MALE' ? 'Nam' : 'Nữ',
    person.nationalId,
    person.phone,
    person.address,
    'Công nhân',
    'Trung học phổ thông',
    'Đoàn viên, hội viên',
    ward.cell.code,
    'Lao động giỏi',
    'Tích cực trong phong trào thanh niên',
    day(ward.consentedAt.slice(0, 10)),
    'Bí thư chi đoàn',
  ]);
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const text = [HEADER, ...rows].map((values) => values.map(quote).join(',')).join('\r\n');
  return Buffer.from(`\ufeff${text}\r\n`, 'utf8').toString('base64');
}

/** One aliased mutation accepting up to 25 referrals (what a secretary's "accept selected" sends). */
export function acceptMutation(referralIds: readonly string[]): string {
  return `mutation { ${referralIds.map((id, i) => `a${i}: acceptReferral(input: { referralId: ${JSON.stringify(id)} }) { referral { id status } }`).join(' ')} }`;
}
