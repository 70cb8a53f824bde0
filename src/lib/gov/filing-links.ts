/**
 * Where the footer's filing numbers link, by the convention of Chinese websites: an ICP number to
 * the MIIT filing system, a 公安备案 number to the public-security filing system's record page.
 */
export const ICP_FILING_URL = 'https://beian.miit.gov.cn/';

/** `皖公网安备34160202000123号` → the record page for 34160202000123; undefined when it holds no digits. */
export function psbFilingUrl(psb: string): string | undefined {
  const digits = psb.replace(/\D/g, '');
  return digits ? `http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=${digits}` : undefined;
}
