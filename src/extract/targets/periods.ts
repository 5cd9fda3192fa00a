/** Written period → the per value of a Target: 星期 → 周, 日 → 天, 节课/课时 → 课, 年度 → 年. */
const PERIOD_NAMES: Readonly<Record<string, string>> = { 星期: "周", 日: "天", 节课: "课", 堂课: "课", 课时: "课", 年度: "年", 个月: "月", 个星期: "周" };

export function normalisePeriod(written: string): string {
  return PERIOD_NAMES[written] ?? written;
}
