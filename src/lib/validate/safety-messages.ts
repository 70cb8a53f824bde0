/** The editors' messages of the safety checks (safety.ts), in one place. */
import { allowedAttributesOf, shownUrl, type AllowlistFinding } from './markup-allowlist';
import type { Finding } from './personal-data';

export const PERSONAL_MESSAGES = {
  'id-number': (m: string) => `含有居民身份证号码（${m}）。公开网站不得发布个人身份证号，请删除。`,
  mobile: (m: string) =>
    `含有手机号码（${m}）。公开网站不得发布个人手机号，请删除；如需留联系方式，请使用单位座机或 site.yaml 中的办公电话。`,
  email: (m: string) => `含有电子邮箱（${m}）。只允许出现本单位邮箱（site.yaml 中的 email），请删除。`,
  'bank-card': (m: string) => `含有银行卡号（${m}，位数和校验位都符合银行卡号规则）。公开网站不得发布个人银行卡号，请删除。`,
  'bank-card-warning': (m: string) =>
    `有一串数字（${m}）的位数、开头和校验位都像银行卡号。如果它是个人银行卡号，请删除；如果是订单号、登记号等其他编号，可以忽略这条提醒。`,
  qq: (m: string) => `含有 QQ 号（${m}）。公开网站不得发布个人 QQ 号，请删除；QQ 群号可以写成「QQ群：…」。`,
  wechat: (m: string) => `含有微信号（${m}）。公开网站不得发布个人微信号，请删除；单位的公众号请写成「微信公众号：…」。`,
  sitePhone: (m: string) =>
    `办公电话是一个手机号码（${m}）。这个号码会出现在每个页面底部，请改为单位座机（如 0558-1234567）；不得公布个人手机号。`,
  fileName: (what: string, m: string) =>
    `文件名含有${what}（${m}）。文件名会成为网址、开放数据和搜索结果的一部分，请给文件改名（如用拼音或日期），并同时修改引用它的地方。`,
  control: (label: string) =>
    `含有看不见的控制字符（${label}），它会让订阅源（RSS）无法读取。请删除这一行中的该字符（通常来自复制粘贴，重新输入这段文字即可）。`,
  bidi: (label: string) =>
    `含有改变文字方向的隐藏字符（${label}），它会让读者看到的文字顺序与实际内容不同。请删除这一行中的该字符（通常来自网页或聊天软件的复制粘贴，重新输入这段文字即可）。`,
};

export const MDX_MESSAGES = {
  esm: 'MDX 正文含有 import/export 程序代码。正文只能写内容，请删除这一行。',
  expression: 'MDX 正文含有 { } 程序表达式（包括 属性={…} 和 {...展开}）。正文只能写内容，请删除；如需显示花括号，请写成 \\{。',
};

const FORMATS = '标题、段落、列表、表格、引用、链接、图片（含 <figure> 图注）、换行和加粗等强调';

export function markupMessage(f: AllowlistFinding): string {
  switch (f.kind) {
    case 'script':
      return '含有 <script> 脚本标签。正文只能使用 Markdown，不能嵌入脚本，请删除。';
    case 'iframe':
      return '含有 <iframe> 嵌入框。正文不能嵌入外部网页，请改为普通链接。';
    case 'event-handler':
      return '含有 on…= 事件属性（如 onclick）。正文不能包含脚本代码，请删除该属性。';
    case 'javascript-url':
      return '含有 javascript: 链接。链接只能指向网页地址（https://…）或站内页面，请修改。';
    case 'element':
      return `含有不允许的 HTML 标签 <${f.tag}>。正文只能使用${FORMATS}，请删除 <${f.tag}> 标签（及其结束标签）。`;
    case 'attribute': {
      const allowed = allowedAttributesOf(f.tag!);
      return `<${f.tag}> 标签带有不允许的属性 ${f.attribute}。${allowed.length ? `这个标签只能带 ${allowed.join('、')}` : '这个标签不能带属性'}，请删除 ${f.attribute}="…"。`;
    }
    case 'class':
      return `<${f.tag}> 标签带有 class（样式类）。编辑不能给正文添加样式类：它可能借用网站的样式隐藏或伪装文字。请删除 class="…"；需要强调请用加粗。`;
    case 'hidden-text':
      return `含有读者看不见、搜索引擎却能读到的文字（${f.attribute}）。这是「暗链」的常见手法，正文不允许隐藏文字，请删除这段内容；如果不是您写的，请检查账号是否被盗用。`;
    case 'empty-link':
      return '含有没有文字的链接（读者看不见、读屏软件也读不出它通向哪里）。请给链接写上说明文字，例如 [通知全文](/files/…)，或删除这个链接。';
    case 'link':
      return `链接地址「${shownUrl(f.value ?? '')}」不被允许。链接只能是站内地址（如 /releases/…）或以 https://、http://、mailto:、tel: 开头的地址，请修改。`;
    case 'image':
      return `图片地址「${shownUrl(f.value ?? '')}」不被允许。图片只能来自本网站（站内地址，如 /images/…），不能引用其他网站的图片或 data: 图片，请修改。`;
    case 'unreadable':
      return '正文结构过于复杂（嵌套层次太深），无法读取。请删除成串重复的 <、>、[ 等符号后再检查。';
    case 'syntax':
      return 'MDX 正文的写法有误，无法读取（常见原因：< 或 { 没有成对）。请检查这一行；如需显示 < 或 {，请写成 \\< 或 \\{。';
  }
}

/** A personal-data finding as a problem's severity, code and message. */
export function personalProblem(f: Finding): { severity: Finding['severity']; code: string; message: string } {
  const warning = f.kind === 'bank-card' && f.severity === 'warning';
  return {
    severity: f.severity,
    code: f.kind,
    message: warning ? PERSONAL_MESSAGES['bank-card-warning'](f.masked) : PERSONAL_MESSAGES[f.kind](f.masked),
  };
}
