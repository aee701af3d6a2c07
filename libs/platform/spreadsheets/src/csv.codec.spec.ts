import { csvField, CsvFormatError, decodeUtf8, detectSeparator, parseCsv, toCsv } from './csv.codec';

describe('parseCsv', () => {
  it.each([
    ['plain fields', 'a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['CRLF line ends and no final newline', 'a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['old Mac CR line ends', 'a,b\r1,2\r', [['a', 'b'], ['1', '2']]],
    ['quoted separator and doubled quotes', 'a,"b, ""c"""\n', [['a', 'b, "c"']]],
    ['line break inside quotes', '"line 1\nline 2",x\n', [['line 1\nline 2', 'x']]],
    ['a line of empty fields is a blank row', ',,\n', [[]]],
    ['empty fields beside a value', ',x,\n', [['', 'x', '']]],
    ['Vietnamese text', 'Họ và tên,Ngày sinh\nNguyễn Thị Lan,15/03/2001\n', [['Họ và tên', 'Ngày sinh'], ['Nguyễn Thị Lan', '15/03/2001']]],
  ])('%s', (_label, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('takes the separator from the header line (Excel writes ";" in some locales)', () => {
    const text = 'Họ và tên;Ngày sinh;"Ghi chú, khác"\nAn;01/01/2000;x\n';
    expect(detectSeparator(text)).toBe(';');
    expect(parseCsv(text)).toEqual([['Họ và tên', 'Ngày sinh', 'Ghi chú, khác'], ['An', '01/01/2000', 'x']]);
  });

  it('reports an unclosed quote with its line', () => {
    expect(() => parseCsv('a,b\n"never closed,1\n2,3\n')).toThrow(CsvFormatError);
    try {
      parseCsv('a,b\n"never closed,1\n');
    } catch (error) {
      expect((error as CsvFormatError).line).toBe(2);
    }
  });

  it('round-trips what toCsv writes', () => {
    const rows = [['a "quoted"', 'b,c', 'line\nbreak', 'semi;colon', 'plain']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

describe('decodeUtf8', () => {
  it('drops the byte-order mark', () => {
    expect(decodeUtf8(Buffer.from('\ufeffHọ và tên', 'utf8'))).toBe('Họ và tên');
  });

  it('refuses bytes that are not UTF-8 (e.g. a file saved as Windows-1258)', () => {
    expect(() => decodeUtf8(Buffer.from([0x48, 0xe0, 0x20, 0x4e]))).toThrow();
  });
});

describe('csvField', () => {
  it('writes values a spreadsheet would run as a formula as text (CSV injection)', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('CB-A')).toBe('CB-A');
    expect(csvField('15/03/2001')).toBe('15/03/2001');
  });
});

