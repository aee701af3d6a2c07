import { mapExtraColumns } from './extra-columns.rules';

describe('mapExtraColumns', () => {
  it('finds the referrer column however it is written and hides it from the domain matcher', () => {
    const mapping = mapExtraColumns(['Họ và tên', 'NGUOI GIOI THIEU (chức danh)', 'Chi bộ']);
    expect(mapping.indexByKey).toEqual({ referrerName: 1 });
    expect(mapping.headerByKey).toEqual({ referrerName: 'NGUOI GIOI THIEU (chức danh)' });
    expect(mapping.domainHeader).toEqual(['Họ và tên', '', 'Chi bộ']);
  });

  it('leaves a header without extra columns as it is, and keeps a repeated one for the domain to report', () => {
    expect(mapExtraColumns(['Họ và tên', null]).domainHeader).toEqual(['Họ và tên', null]);
    expect(mapExtraColumns(['Người giới thiệu', 'Referrer']).domainHeader).toEqual(['', 'Referrer']);
  });
});
