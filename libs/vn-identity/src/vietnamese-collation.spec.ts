import {
  splitVietnameseName,
  vietnameseCompare,
  vietnameseNameCompare,
  vietnameseSortKey,
  vietnameseStringKey,
} from './index';

/** Byte order, as PostgreSQL's "C" collation compares. */
const cOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

describe('vietnameseCompare: letters', () => {
  it.each([
    ['a', 'ă'],
    ['ă', 'â'],
    ['â', 'b'],
    ['d', 'đ'],
    ['đ', 'e'],
    ['e', 'ê'],
    ['ê', 'g'],
    ['n', 'o'],
    ['o', 'ô'],
    ['ô', 'ơ'],
    ['ơ', 'p'],
    ['u', 'ư'],
    ['ư', 'v'],
    ['x', 'y'],
    ['Đào', 'Êm'],
    ['Ánh', 'Ân'], // letters before tone: a-n-h vs â-n → a < â decides
    ['Ơn', 'Phúc'],
    ['Uyên', 'Ưng'],
    ['an', 'anh'], // a shorter word first
    ['án', 'anh'], // the letters of the word decide before its tone
    ['9', 'a'],
  ])('%s < %s', (a, b) => {
    expect(vietnameseCompare(a, b)).toBeLessThan(0);
    expect(vietnameseCompare(b, a)).toBeGreaterThan(0);
  });
});

describe('vietnameseCompare: tones (unmarked, huyền, hỏi, ngã, sắc, nặng)', () => {
  const ordered = ['ba', 'bà', 'bả', 'bã', 'bá', 'bạ', 'bác', 'bạc', 'bai'];

  it.each(ordered.slice(0, -1).map((word, i) => [word, ordered[i + 1]]))('%s < %s', (a, b) => {
    expect(vietnameseCompare(a, b)).toBeLessThan(0);
  });

  it('sorts a shuffled list into dictionary order', () => {
    expect([...ordered].reverse().sort(vietnameseCompare)).toEqual(ordered);
  });

  it.each([
    ['the first word, tone included, decides before the second', 'ba ca', 'bà a'],
    ['tone of the first word before the second word', 'ma zz', 'mà a'],
  ])('%s', (_case, a, b) => {
    expect(vietnameseCompare(a, b)).toBeLessThan(0);
  });
});

describe('vietnameseStringKey', () => {
  it.each([
    ['ignores case', 'ĐÀO', 'đào'],
    ['ignores tone placement', 'hoà', 'hòa'],
    ['ignores NFC/NFD', 'nguye\u0302\u0303n', 'nguyễn'],
    ['ignores apostrophes', "H'Hen", 'Hhen'],
    ['treats hyphens as spaces', 'Nguyễn-Phạm', 'Nguyễn Phạm'],
    ['collapses spaces', 'Lê   Lợi', 'Lê Lợi'],
  ])('%s', (_case, a, b) => {
    expect(vietnameseStringKey(a)).toBe(vietnameseStringKey(b));
  });

  it('is plain printable ASCII', () => {
    expect(vietnameseStringKey('Nguyễn Thị Ngọc Ánh 12')).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('splitVietnameseName', () => {
  it.each([
    ['Nguyễn Văn An', { family: 'Nguyễn', middle: 'Văn', given: 'An' }],
    ['Tôn Nữ Thị Ninh', { family: 'Tôn', middle: 'Nữ Thị', given: 'Ninh' }],
    ['Lê Lợi', { family: 'Lê', middle: '', given: 'Lợi' }],
    ['Mai', { family: '', middle: '', given: 'Mai' }],
    ['  ', { family: '', middle: '', given: '' }],
  ])('%s', (name, parts) => {
    expect(splitVietnameseName(name)).toEqual(parts);
  });
});

describe('person names: given name, then middle, then family name', () => {
  it.each([
    ['given name decides first', 'Trần Văn Bình', 'Nguyễn Văn Chiến'],
    ['given name decides over family name', 'Vũ Thị An', 'Âu Văn Bảo'],
    ['same given name: middle decides', 'Vũ Thị An', 'Lê Văn An'],
    ['same given and middle: family decides', 'Lê Văn An', 'Nguyễn Văn An'],
    ['no middle name before a middle name', 'Nguyễn An', 'Lê Văn An'],
    ['tones of the given name', 'Lê Thị Ha', 'Lê Thị Hà'],
    ['ă after a', 'Lê Văn Anh', 'Lê Văn Ăn'],
    ['đ after d', 'Lê Văn Dũng', 'Trần Văn Đông'],
    ['given name Ư after U', 'Phạm Uyên', 'Phạm Ước'],
  ])('%s: %s < %s', (_case, a, b) => {
    expect(vietnameseNameCompare(a, b)).toBeLessThan(0);
    expect(vietnameseNameCompare(b, a)).toBeGreaterThan(0);
    expect(cOrder(vietnameseSortKey(a), vietnameseSortKey(b))).toBeLessThan(0);
  });

  it('sorts a class list the way a Vietnamese register does, by key alone as the database would', () => {
    const people = [
      'Nguyễn Văn Đức',
      'Trần Thị Ánh',
      'Lê Thị Anh',
      'Phạm Văn Dũng',
      'Hoàng Anh',
      'Vũ Thị Yến',
      'Đỗ Văn Bình',
      'Nguyễn Thị Ánh',
    ];
    const byKey = [...people].sort((a, b) => cOrder(vietnameseSortKey(a), vietnameseSortKey(b)));
    expect(byKey).toEqual([
      'Hoàng Anh',
      'Lê Thị Anh',
      'Nguyễn Thị Ánh',
      'Trần Thị Ánh',
      'Đỗ Văn Bình',
      'Phạm Văn Dũng',
      'Nguyễn Văn Đức',
      'Vũ Thị Yến',
    ]);
    expect([...people].sort(vietnameseNameCompare)).toEqual(byKey);
  });

  it('breaks ties of equal keys deterministically', () => {
    expect(vietnameseNameCompare('Lê Văn Hoà', 'Lê Văn Hòa')).not.toBe(0);
    expect(vietnameseNameCompare('Lê Văn Hoà', 'Lê Văn Hoà')).toBe(0);
  });
});
