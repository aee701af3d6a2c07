import { foldDiacritics, normaliseFullName } from './index';

describe('normaliseFullName', () => {
  it.each([
    ['nguyễn  văn an', 'Nguyễn Văn An'],
    ['  TRẦN THỊ   MAI  ', 'Trần Thị Mai'],
    ['đinh thị hoa', 'Đinh Thị Hoa'],
    ['ĐỖ ĐỨC ĐẠT', 'Đỗ Đức Đạt'],
    ['lê\tthị\u00a0ánh', 'Lê Thị Ánh'],
    ['ngô\u200b bảo châu', 'Ngô Bảo Châu'],
    ['h\'hen niê', "H'Hen Niê"],
    ['nguyễn-phạm minh', 'Nguyễn-Phạm Minh'],
    ['ưng hoàng phúc', 'Ưng Hoàng Phúc'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseFullName(input)).toBe(expected);
  });

  it('turns decomposed input (e + combining marks) into NFC', () => {
    const decomposed = 'nguye\u0302\u0303n va\u0306n a\u0301nh';
    const result = normaliseFullName(decomposed);
    expect(result).toBe('Nguyễn Văn Ánh');
    expect(result).toBe(result.normalize('NFC'));
    expect(result.length).toBe('Nguyễn Văn Ánh'.length);
  });
});

describe('foldDiacritics', () => {
  it.each([
    ['Nguyễn Văn Đạt', 'nguyen van dat'],
    ['ĐẶNG THỊ ƯỚC', 'dang thi uoc'],
    ['  Phạm   Ngọc  Hưng ', 'pham ngoc hung'],
    ['Hoà', 'hoa'],
    ['Hòa', 'hoa'],
    ['nguye\u0302\u0303n', 'nguyen'],
    ['Tổ dân phố số 5', 'to dan pho so 5'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });
});
