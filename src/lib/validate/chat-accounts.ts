/**
 * QQ and WeChat account numbers. Any 5 to 11 digits could be a QQ number and any six letters a
 * WeChat id, so only a number named as one is found: after QQ / 扣扣 or 微信 / WeChat / VX (with
 * 号、账号、：、是 between), and WeChat's own `wxid_…` anywhere. A QQ group (QQ群) and an
 * official account (微信公众号, 视频号, 小程序) are public and left alone.
 */

const QQ_RE = /(?:QQ|qq|Qq|扣扣)(?!群|空间|邮箱)[ \t]*(?:号码|号|账号|帐号)?[ \t]*(?:是|为|:)?[ \t]*([1-9]\d{4,10})(?![0-9])/g;
const WECHAT_RE =
  /(?:微信|weixin|wechat|vx|v信|薇信)(?!公众|群|视频号|小程序|支付|服务号|订阅号)[ \t]*(?:号码|号|账号|帐号|id)?[ \t]*(?:是|为|:)?[ \t]*([A-Za-z][-_A-Za-z0-9]{5,19}|[1-9]\d{4,10})(?![-_A-Za-z0-9])/gi;
const WXID_RE = /wxid_[a-z0-9]{4,}/gi;
/** Words that may follow 微信 and are not an id. */
const NOT_IDS = new Set(['wechat', 'weixin', 'official', 'account']);

export interface AccountMatch {
  kind: 'qq' | 'wechat';
  index: number;
  value: string;
}

export function findChatAccounts(plain: string): AccountMatch[] {
  const out: AccountMatch[] = [];
  for (const m of plain.matchAll(QQ_RE)) out.push({ kind: 'qq', index: m.index + m[0].lastIndexOf(m[1]!), value: m[1]! });
  for (const m of plain.matchAll(WECHAT_RE)) {
    if (NOT_IDS.has(m[1]!.toLowerCase()) || /^wxid_/i.test(m[1]!)) continue;
    out.push({ kind: 'wechat', index: m.index + m[0].lastIndexOf(m[1]!), value: m[1]! });
  }
  for (const m of plain.matchAll(WXID_RE)) out.push({ kind: 'wechat', index: m.index, value: m[0] });
  return out;
}
