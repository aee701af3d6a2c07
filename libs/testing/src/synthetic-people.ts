// Made-up Vietnamese people for benchmarks and large fixtures: names with the diacritics a
// real list has (letters only, as sourcing requires), distinct for the first 2,720 indexes.

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Ngọc', 'Thu', 'Quốc', 'Minh', 'Thế', 'Xuân'];
const GIVEN = ['An', 'Hằng', 'Dũng', 'Hương', 'Thắng', 'Tuấn', 'Lan', 'Đạt', 'Phượng', 'Khánh', 'Nguyệt', 'Hưng', 'Thủy', 'Quyết', 'Trường', 'Yến', 'Ánh'];

export interface SyntheticPerson {
  fullName: string;
  dateOfBirth: string;
  gender: 'MALE' | 'FEMALE';
}

/** The i-th made-up person: born 1985–2004, alternately female and male. */
export function syntheticPerson(i: number): SyntheticPerson {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  return {
    fullName: `${FAMILY[i % FAMILY.length]} ${MIDDLE[Math.floor(i / FAMILY.length) % MIDDLE.length]} ${GIVEN[i % GIVEN.length]}`,
    dateOfBirth: `${1985 + (i % 20)}-${month}-${day}`,
    gender: i % 2 === 0 ? 'FEMALE' : 'MALE',
  };
}

/** "median 76 ms, min 63 ms, max 150 ms" of a benchmark's samples. */
export function timingStats(samples: readonly number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `median ${median.toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms`;
}

/** "p50 12 ms, p99 31 ms, max 40 ms" of a latency benchmark's samples (nearest-rank percentiles). */
export function latencyPercentiles(samples: readonly number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return `p50 ${at(50).toFixed(1)} ms, p99 ${at(99).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`;
}
