/**
 * node bench/wide-vocabulary.mjs SAMPLE_ROOT OUT_ROOT
 * The search index's stress case (docs/search.md): a copy of a sample root whose release and
 * person bodies are random words from pinyin-pro's word list (same lengths, fixed seed), which
 * gives about forty times the distinct terms of the sample's repetitive text.
 */
import fs from 'node:fs';
import path from 'node:path';

const [from, to] = process.argv.slice(2);
if (!from || !to) throw new Error('usage: node bench/wide-vocabulary.mjs SAMPLE_ROOT OUT_ROOT');
fs.rmSync(to, { recursive: true, force: true });
fs.cpSync(from, to, { recursive: true });
const words = [...new Set(fs.readFileSync('node_modules/pinyin-pro/dist/index.js', 'utf8').match(/[\u4e00-\u9fff]{2,4}/g))];
let a = 42;
const rnd = () => {
  a = (a + 0x6d2b79f5) | 0;
  let t = Math.imul(a ^ (a >>> 15), 1 | a);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
for (const dir of ['releases', 'people']) {
  for (const f of fs.readdirSync(path.join(to, dir)).sort()) {
    const file = path.join(to, dir, f);
    const text = fs.readFileSync(file, 'utf8');
    const end = text.indexOf('\n---', 4) + 4;
    const length = Array.from(text.slice(end).replace(/\s/g, '')).length;
    let body = '';
    for (let n = 0; n < length;) {
      const w = words[Math.floor(rnd() * words.length)];
      body += w + (rnd() < 0.1 ? '，' : '') + (rnd() < 0.03 ? '。\n\n' : '');
      n += w.length;
    }
    fs.writeFileSync(file, `${text.slice(0, end)}\n${body}。\n`);
  }
}
console.log(`${to}: bodies replaced with random words from ${words.length} (pinyin-pro)`);
