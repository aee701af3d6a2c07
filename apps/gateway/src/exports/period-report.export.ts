import type { ExportColumn, ExportDefinition } from '@pdv/exports';
import { ATTAINMENT_STATUS, DEADLINE_KIND, EXEMPTION_REASON, FORECAST_STATUS, instantInVietnam, periodLabel, SOURCE_CATEGORY, TARGET_KIND } from './evaluation-labels';

interface Frozen {
  frozen?: boolean;
  frozenAt?: string | null;
  frozenHow?: string | null;
  lastDay?: string;
}

function frozenLine(node: unknown): string {
  const r = node as Frozen;
  if (!r.frozen) return 'Kỳ báo cáo chưa kết thúc: số liệu tạm tính đến ngày in, chưa chốt.';
  const how = r.frozenHow === 'CLOSED_BY_BOARD' ? 'Ban Xây dựng Đảng khóa sổ kỳ báo cáo' : 'tự động khi kỳ báo cáo kết thúc';
  return `Số liệu đã chốt lúc ${String(instantInVietnam(r.frozenAt))} (${how}); báo cáo không thay đổi sau thời điểm này.`;
}

const TARGET_COLUMNS: readonly ExportColumn[] = [
  { header: 'STT', value: 'index', width: 4 },
  { header: 'Chỉ tiêu', value: { path: 'kind', labels: TARGET_KIND }, width: 34 },
  { header: 'Chỉ tiêu giao', value: { path: 'required', as: 'number' }, width: 9, align: 'right' },
  { header: 'Thực hiện lũy kế', value: { path: 'actual', as: 'number' }, width: 9, align: 'right' },
  { header: 'Trong kỳ', value: { path: 'inPeriod', as: 'number' }, width: 8, align: 'right' },
  { header: 'Còn thiếu', value: { path: 'shortfall', as: 'number' }, width: 8, align: 'right' },
  { header: 'Đánh giá', value: { path: 'status', labels: ATTAINMENT_STATUS }, width: 9 },
];

const UNIT_COLUMNS: readonly ExportColumn[] = [
  { header: 'STT', value: 'index', width: 4 },
  { header: 'Mã', value: { path: 'code' }, width: 10, text: true },
  { header: 'Tổ chức đảng', value: { path: 'name' }, width: 30 },
  { header: 'Đảng viên đầu năm', value: { path: 'membersAtStartOfYear', as: 'number' }, width: 8, align: 'right' },
  { header: 'Chỉ tiêu kết nạp', value: { path: 'admissionsRequired', as: 'number' }, width: 8, align: 'right' },
  { header: 'Đã kết nạp', value: { path: 'admitted', as: 'number' }, width: 8, align: 'right' },
  { header: 'Kết quả', value: { path: 'status', labels: ATTAINMENT_STATUS }, width: 10 },
  { header: 'Lý do miễn', value: { path: 'exemptionReason', labels: EXEMPTION_REASON }, width: 14 },
  { header: 'Dự báo cả năm', value: { path: 'forecastStatus', labels: FORECAST_STATUS }, width: 12 },
];

/**
 * The ward's quarterly, six-monthly or annual report on party member development, as a
 * committee meeting uses it: the ward's targets against the results, each unit met / not met /
 * exempt with its own name, the units behind, the dossiers overdue, the source categories, the forecast, the chart
 * of targets against results per unit and per quarter, the period and when it was frozen.
 */
export const periodReportExport: ExportDefinition = {
  name: 'period-report',
  roles: ['PARTY_BUILDING_BOARD', 'WARD_STANDING_COMMITTEE', 'COMMITTEE_MEMBER', 'AUDITOR'],
  operation: `
    query PeriodReportExport($period: String!) {
      periodReport(period: $period) {
        period firstDay lastDay wardName frozen frozenAt frozenHow
        headline { kind span required actual inPeriod shortfall status }
        summary { met behind exempt total }
        units { code name status exemptionReason membersAtStartOfYear admitted admissionsRequired forecastStatus }
        unitsBehind { code name status admitted admissionsRequired membersAtStartOfYear exemptionReason forecastStatus }
        sources { sourceCategory referred accepted admitted }
        quarters { quarter admitted targetByQuarterEnd admittedByQuarterEnd }
        overdueDossiers { code name deadline dueOn workingDaysLate }
        forecast { vi }
        lateNote { vi }
      }
    }`,
  rows: { path: 'periodReport' },
  formats: ['xlsx', 'pdf'],
  title: (variables) => `Báo cáo kết quả công tác phát triển đảng viên ${periodLabel(variables.period)}`,
  fileName: 'bao-cao-phat-trien-dang-vien',
  columns: [],
  pdf: { orientation: 'portrait', signatures: ['Người lập báo cáo', 'T/M Ban Thường vụ'] },
  report: {
    lines: [
      { value: { path: 'wardName' }, bold: true, size: 12, align: 'center' },
      { label: 'Kỳ báo cáo', value: (node) => periodLabel((node as { period?: string }).period), gapBefore: 6 },
      { label: 'Từ ngày', value: { path: 'firstDay', as: 'date' } },
      { label: 'Đến ngày', value: { path: 'lastDay', as: 'date' } },
      { value: frozenLine },
      { label: 'Số tổ chức đảng có chỉ tiêu', value: { path: 'summary.total', as: 'number' }, gapBefore: 6 },
      { label: 'Đạt chỉ tiêu', value: { path: 'summary.met', as: 'number' } },
      { label: 'Chưa đạt', value: { path: 'summary.behind', as: 'number' } },
      { label: 'Miễn chỉ tiêu', value: { path: 'summary.exempt', as: 'number' } },
      { label: 'Dự báo', value: { path: 'forecast.vi' }, gapBefore: 6 },
      { label: 'Ghi chú', value: (node) => (node as { lateNote?: { vi: string } | null }).lateNote?.vi ?? 'Không có số liệu ghi nhận muộn.' },
    ],
    sections: [
      { kind: 'table', title: 'Kết quả thực hiện chỉ tiêu của Đảng bộ', rows: 'headline', columns: TARGET_COLUMNS },
      { kind: 'table', title: 'Kết quả của từng tổ chức đảng', rows: 'units', columns: UNIT_COLUMNS },
      { kind: 'table', title: 'Các tổ chức đảng chưa đạt chỉ tiêu', rows: 'unitsBehind', columns: UNIT_COLUMNS },
      {
        kind: 'table',
        title: 'Các hồ sơ quá thời hạn giải quyết',
        rows: 'overdueDossiers',
        columns: [
          { header: 'STT', value: 'index', width: 4 },
          { header: 'Mã', value: { path: 'code' }, width: 10, text: true },
          { header: 'Tổ chức đảng', value: { path: 'name' }, width: 28 },
          { header: 'Thời hạn', value: { path: 'deadline', labels: DEADLINE_KIND }, width: 30 },
          { header: 'Hạn cuối', value: { path: 'dueOn', as: 'date' }, width: 11, align: 'center' },
          { header: 'Số ngày làm việc quá hạn', value: { path: 'workingDaysLate', as: 'number' }, width: 10, align: 'right' },
        ],
      },
      {
        kind: 'table',
        title: 'Kết quả theo nguồn quần chúng',
        rows: 'sources',
        columns: [
          { header: 'STT', value: 'index', width: 4 },
          { header: 'Nguồn', value: { path: 'sourceCategory', labels: SOURCE_CATEGORY }, width: 36 },
          { header: 'Được giới thiệu', value: { path: 'referred', as: 'number' }, width: 10, align: 'right' },
          { header: 'Được nhận vào nguồn', value: { path: 'accepted', as: 'number' }, width: 10, align: 'right' },
          { header: 'Được kết nạp', value: { path: 'admitted', as: 'number' }, width: 10, align: 'right' },
        ],
      },
      {
        kind: 'bars',
        title: 'Biểu đồ chỉ tiêu và kết quả kết nạp theo quý (lũy kế)',
        rows: 'quarters',
        label: (node) => `Quý ${['I', 'II', 'III', 'IV'][((node as { quarter: number }).quarter ?? 1) - 1]}`,
        series: [
          { name: 'Chỉ tiêu lũy kế', value: { path: 'targetByQuarterEnd', as: 'number' }, color: '#9e9e9e' },
          { name: 'Kết quả lũy kế', value: { path: 'admittedByQuarterEnd', as: 'number' }, color: '#b71c1c' },
        ],
      },
      {
        kind: 'bars',
        title: 'Biểu đồ chỉ tiêu và kết quả kết nạp của từng tổ chức đảng',
        rows: 'units',
        label: (node) => `${(node as { code: string }).code} ${(node as { name: string }).name}`,
        series: [
          { name: 'Chỉ tiêu kết nạp', value: { path: 'admissionsRequired', as: 'number' }, color: '#9e9e9e' },
          { name: 'Đã kết nạp', value: { path: 'admitted', as: 'number' }, color: '#b71c1c' },
        ],
      },
    ],
  },
};
