/**
 * The W3C Nu HTML Checker (the registry's `vnu-jar`, run by Debian's `java`) over a folder of
 * HTML: what it reports, as { page, line, message }. A checker the project did not write, to catch
 * what html-validate does not (a <script> after </html>, a section without a heading).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface VnuMessage {
  /** Path of the page relative to the checked folder, e.g. sites/index.html. */
  page: string;
  line?: number;
  /** error, or warning (the checker's "info warning"); its fatal follow-up lines are dropped. */
  type: 'error' | 'warning';
  message: string;
  extract?: string;
}

interface RawMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

export const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * Reports that say nothing about the page: checking files, the checker applies each page's CSP
 * <meta> to a file: URL, where 'self' never matches, so every script, style and image looks blocked.
 */
export const isFileUrlArtefact = (m: VnuMessage) => /violates Content Security Policy \(meta tag\)/.test(m.message);

export async function checkHtml(dir: string, java = process.env.JAVA ?? 'java'): Promise<VnuMessage[]> {
  const root = path.resolve(dir);
  const child = spawn(java, ['-jar', VNU_JAR, '--format', 'json', '--skip-non-html', root], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', (e) =>
      reject(new Error(`无法运行 ${java}（${e.message}）。请安装 Java：apt-get install -y default-jre-headless。`)),
    );
    child.on('close', resolve);
  });
  // The JSON report goes to stderr; exit 1 only means "there were errors".
  const start = err.indexOf('{');
  if (start < 0) throw new Error(`W3C Nu HTML Checker 没有给出报告（退出码 ${code}）：${err || out}`);
  const report = JSON.parse(err.slice(start)) as { messages: RawMessage[] };
  // "error" (its "fatal" follow-up says only that checking stopped), "non-document-error" (a
  // page it could not read), "info" with subType "warning"; plain "info" notes are dropped.
  return report.messages
    .filter((m) => (m.type === 'error' && m.subType !== 'fatal') || m.type === 'non-document-error' || m.subType === 'warning')
    .map((m) => ({
      page: m.url ? path.relative(root, decodeURIComponent(new URL(m.url).pathname)) : '?',
      line: m.lastLine,
      type: m.type === 'info' ? ('warning' as const) : ('error' as const),
      message: m.message,
      extract: m.extract,
    }));
}
