// Compares re2js and re2-wasm for user patterns (docs/design/user-patterns.md). Not part of the
// suite: run it in a scratch folder after `npm install re2js@2.10.0 re2-wasm@1.0.2` there.
const { performance } = require('node:perf_hooks');
const t0 = performance.now();
const { RE2JS } = require('re2js');
const tLoadJs = performance.now() - t0;
const t1 = performance.now();
const { RE2 } = require('re2-wasm');
const tLoadWasm = performance.now() - t1;
const pat = String.raw`acme_(?P<secret>[A-Za-z0-9]{32})\b`;
const patW = String.raw`acme_(?<secret>[A-Za-z0-9]{32})\b`;
// 1 MB text with 100 matches
let text = '';
const line = 'some_key: value-that-is-not-secret and more words 0123456789\n';
while (text.length < 1024 * 1024) text += line;
const tok = 'acme_' + 'aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI';
const parts = text.split('\n'); for (let i = 0; i < 100; i++) parts[i * 100] += ' ' + tok; text = parts.join('\n');
function time(f, n = 5) { let best = Infinity; let r; for (let i = 0; i < n; i++) { const s = performance.now(); r = f(); best = Math.min(best, performance.now() - s); } return [best, r]; }
// compile
const [cJs] = time(() => { for (let i = 0; i < 100; i++) RE2JS.compile(pat); }, 3);
const [cW] = time(() => { for (let i = 0; i < 100; i++) new RE2(patW, 'gu'); }, 3);
const reJs = RE2JS.compile(pat);
const reW = new RE2(patW, 'gu');
const [sJs, nJs] = time(() => { const m = reJs.matcher(text); let n = 0; while (m.find()) { m.start('secret'); n++; } return n; });
const [sW, nW] = time(() => { reW.lastIndex = 0; let n = 0; let m; while ((m = reW.exec(text)) !== null) { n++; } return n; });
const native = new RegExp(patW, 'gd');
const [sN, nN] = time(() => { native.lastIndex = 0; let n = 0; while (native.exec(text)) n++; return n; });
console.log({ tLoadJs, tLoadWasm, compileJsMs: cJs / 100, compileWasmMs: cW / 100, js: { ms: sJs, MBps: 1 / (sJs / 1000), n: nJs }, wasm: { ms: sW, MBps: 1 / (sW / 1000), n: nW }, native: { ms: sN, MBps: 1 / (sN / 1000), n: nN } });
// catastrophic
const evil = 'a'.repeat(40) + '!';
for (const [name, f] of [['re2js', () => RE2JS.compile('(a+)+$').matcher(evil).find()], ['re2-wasm', () => new RE2('(a+)+$', 'u').test(evil)]]) {
  const s = performance.now(); const r = f(); console.log(name, '(a+)+$ on 40a!', r, (performance.now() - s).toFixed(3), 'ms');
}
const evil2 = 'a'.repeat(100000) + '!';
for (const [name, f] of [['re2js', () => RE2JS.compile('(a+)+$').matcher(evil2).find()], ['re2-wasm', () => new RE2('(a+)+$', 'u').test(evil2)]]) {
  const s = performance.now(); const r = f(); console.log(name, '(a+)+$ on 100k a!', r, (performance.now() - s).toFixed(3), 'ms');
}
for (const p of ['(a)\\1', '(?<=x)a', '(?=x)a', '(?!x)a', 'a{2000}', '(?<name>a)']) {
  for (const [name, f] of [['re2js', () => RE2JS.compile(p)], ['re2-wasm', () => new RE2(p, 'u')]]) { try { f(); console.log(name, p, 'ok'); } catch (e) { console.log(name, p, 'ERR', e.message.slice(0, 100)); } }
}

// ---- no-match scans


text = ''; while (text.length < 1024 * 1024) text += line;
const best2 = (f) => { let b = Infinity; for (let i = 0; i < 5; i++) { const s = performance.now(); f(); b = Math.min(b, performance.now() - s); } return b; };
const js = RE2JS.compile(String.raw`acme_(?P<secret>[A-Za-z0-9]{32})\b`); const w = new RE2(String.raw`acme_(?<secret>[A-Za-z0-9]{32})\b`, 'gu');
const a = best2(() => js.matcher(text).find()); const b = best2(() => { w.lastIndex = 0; w.exec(text); });
console.log('no-match 1MB: re2js', a.toFixed(1), 'ms', (1000 / a).toFixed(0), 'MB/s; re2-wasm', b.toFixed(1), 'ms', (1000 / b).toFixed(0), 'MB/s');
const js2 = RE2JS.compile('[a-z]+_(?P<secret>[0-9a-f]{40})'); const w2 = new RE2('[a-z]+_(?<secret>[0-9a-f]{40})', 'gu');
const c = best2(() => js2.matcher(text).find()); const d = best2(() => { w2.lastIndex = 0; w2.exec(text); });
console.log('no-match 1MB, leading class: re2js', c.toFixed(1), 'ms; re2-wasm', d.toFixed(1), 'ms');
