// One renderer for the posture page: `outpost report` writes it as a self-contained file, the editor
// shows it in a webview. Both are the same markup; the webview variant maps the colours to the VS Code
// theme and adds a tiny sort script. The page reads fully without script (the table is already sorted
// by status), loads nothing (default-src 'none'), and shows only masked messages.
import { docsUrl } from '../engine/docs-url';
import type { Severity } from '../engine/types';
import { esc } from './html-escape';
import { barChart } from './svg-charts';
import type { Bar } from './svg-charts';
import type { PostureChanges } from './changes-since';
import type { AssetStatus, PostureAsset, PostureFinding, PostureModel } from './posture-model';
import { STATUS_ORDER, STATUS_TITLES } from './posture-model';
import { SORT_SCRIPT } from './sort-script';
import { FILE_COLOURS, PAGE_CSS, WEBVIEW_COLOURS } from './page-css';

export interface RenderOptions {
  /** 'file': the standalone report; 'webview': theme colours and the sort script. */
  variant: 'file' | 'webview';
  /** Random per render; allows exactly our own <style> (and <script> in the webview). */
  nonce: string;
  /** The webview's `cspSource`, allowed for nothing but listed so VS Code accepts the policy. */
  cspSource?: string;
  changes?: PostureChanges;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const SEVERITY_TITLES: Record<Severity, string> = { error: 'errors', warning: 'warnings', info: 'info' };

const yesNo = (v: boolean | undefined): string => (v === true ? 'yes' : v === false ? 'no' : '—');

function statusBadge(s: AssetStatus): string {
  return `<span class="status status-${s}">${esc(STATUS_TITLES[s])}</span>`;
}

function authCell(a: PostureAsset): string {
  return `${esc(a.authMethod ?? '—')}${a.mfa ? `, MFA ${esc(a.mfa)}` : ''}${a.anonymousAccess ? ', anonymous access' : ''}`;
}

function allowCell(a: PostureAsset): string {
  if (a.ipAllowlist.length > 0) return esc(a.ipAllowlist.join(', '));
  return a.vpnRequired ? 'VPN required' : '—';
}

function auditCell(a: PostureAsset): string {
  return `${yesNo(a.auditLog)}${a.forwardedTo ? ` → ${esc(a.forwardedTo)}` : ''}`;
}

function nextReviewCell(a: PostureAsset): string {
  if (a.nextReview === undefined) return 'no valid date';
  const d = a.daysUntilReview ?? 0;
  return `${esc(a.nextReview)} <span class="muted">(${d < 0 ? `${-d} days late` : d === 0 ? 'today' : `in ${d} days`})</span>`;
}

function assetTable(m: PostureModel): string {
  if (m.assets.length === 0) {
    return '<p class="empty">No asset inventory found. Keep a list of every external server and SaaS tool in an <code>assets.yaml</code> (<code>kind: AssetInventory</code>) or an <code>assets.csv</code>, so it can be reviewed every quarter.</p>';
  }
  const cols: { key: string; title: string; type: 'text' | 'num' }[] = [
    { key: 'asset', title: 'Asset', type: 'text' },
    { key: 'exposure', title: 'Exposure', type: 'text' },
    { key: 'owner', title: 'Owner', type: 'text' },
    { key: 'auth', title: 'Authentication / MFA', type: 'text' },
    { key: 'allow', title: 'Allow list', type: 'text' },
    { key: 'audit', title: 'Audit log', type: 'text' },
    { key: 'patch', title: 'Patching', type: 'text' },
    { key: 'review', title: 'Next review', type: 'num' },
    { key: 'status', title: 'Status', type: 'num' },
    { key: 'missing', title: 'What is missing', type: 'text' },
  ];
  const head = cols.map((c) => `<th scope="col" data-type="${c.type}"><span class="th-label">${esc(c.title)}</span></th>`).join('');
  const rows = m.exposures.flatMap((g) =>
    g.assets.map((a) => {
      const reviewKey = a.daysUntilReview ?? -100000;
      return (
        `<tr class="row-${a.status}">` +
        `<th scope="row" data-sort="${esc(a.label.toLowerCase())}"><span class="asset-label">${esc(a.label)}</span>${a.name && a.name !== a.label ? `<br><span class="muted">${esc(a.name)}</span>` : ''}<br><span class="muted path">${esc(a.path)}:${a.line}</span>${a.configPath ? `<br><span class="muted">config: ${esc(a.configPath)}</span>` : ''}</th>` +
        `<td data-sort="${esc(a.exposure ?? '')}">${esc(a.exposure ?? '—')}</td>` +
        `<td>${esc(a.owner ?? '—')}</td>` +
        `<td>${authCell(a)}</td>` +
        `<td>${allowCell(a)}</td>` +
        `<td>${auditCell(a)}</td>` +
        `<td>${esc(a.patchResponsibility ?? '—')}${a.patchContact ? `<br><span class="muted">${esc(a.patchContact)}</span>` : ''}</td>` +
        `<td data-sort="${reviewKey}">${nextReviewCell(a)}</td>` +
        `<td data-sort="${STATUS_ORDER.indexOf(a.status)}">${statusBadge(a.status)}</td>` +
        `<td>${a.missing.length > 0 ? esc(a.missing.join('; ')) : '<span class="muted">nothing</span>'}</td>` +
        `</tr>`
      );
    }),
  );
  return `<table class="assets sortable"><caption>Assets by exposure and status (${m.assets.length})</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function charts(m: PostureModel): string {
  const areaBars: Bar[] = m.findings.areas.map((a) => ({
    label: a.title.split(':')[0]!,
    segments: SEVERITIES.map((s) => ({ value: a.bySeverity[s], cls: `sev-${s}`, label: SEVERITY_TITLES[s] })),
  }));
  const statusBars: Bar[] = STATUS_ORDER.map((s) => ({ label: STATUS_TITLES[s].replace(/ within \d+ days/, ' soon'), segments: [{ value: m.assetsByStatus[s], cls: `st-${s}`, label: 'assets' }] }));
  const monthBars: Bar[] = m.reviewsByMonth.map((r) => ({ label: r.month === 'overdue' ? 'Overdue' : r.month, segments: [{ value: r.count, cls: r.month === 'overdue' ? 'st-overdue' : 'st-month', label: 'reviews' }] }));
  const legend = `<p class="legend">${SEVERITIES.map((s) => `<span class="key key-${s}">■</span> ${SEVERITY_TITLES[s]}`).join(' ')}</p>`;
  return (
    `<section class="charts" aria-label="Charts">` +
    `<div>${barChart('Findings by area and severity', areaBars)}${legend}</div>` +
    `<div>${barChart('Assets by status', statusBars)}</div>` +
    `<div>${monthBars.length > 0 ? barChart('Reviews due by month', monthBars) : '<figure class="chart"><figcaption>Reviews due by month</figcaption><p class="empty">No assets, so no reviews.</p></figure>'}</div>` +
    `</section>`
  );
}

function findingRow(f: PostureFinding): string {
  return `<li><span class="sev sev-text-${f.severity}">${esc(f.severity)}</span> <span class="loc">line ${f.line}</span> <a href="${esc(docsUrl(f.ruleId))}">${esc(f.ruleId)}</a> — ${esc(f.message)}</li>`;
}

function findingsSection(m: PostureModel): string {
  const areas = m.findings.areas.filter((a) => a.count > 0);
  if (areas.length === 0) return '<section><h2>Findings</h2><p class="empty">No findings.</p></section>';
  const body = areas
    .map((a) => {
      const topics = a.topics ? ` <span class="muted">(${Object.entries(a.topics).map(([t, n]) => `${n} ${esc(t)}`).join(', ')})</span>` : '';
      const files = a.files.map((f) => `<h4>${esc(f.path)} <span class="muted">(${f.findings.length})</span></h4><ul class="findings">${f.findings.map(findingRow).join('')}</ul>`).join('');
      return `<section class="area"><h3>${esc(a.title)} <span class="count">${a.count}</span>${topics}</h3>${files}</section>`;
    })
    .join('');
  return `<section><h2>Findings by area <span class="count">${m.findings.total}</span></h2>${body}</section>`;
}

function changesSection(c: PostureChanges | undefined): string {
  if (!c) return '';
  const list = (fs: PostureFinding[]): string => (fs.length === 0 ? '<p class="muted">None.</p>' : `<ul class="findings">${fs.map((f) => findingRow(f).replace('<span class="loc">', `<span class="loc">${esc(f.path)}, `)).join('')}</ul>`);
  const assets =
    c.assetChanges.length === 0
      ? '<p class="muted">No asset changed status.</p>'
      : `<ul>${c.assetChanges.map((a) => `<li><strong>${esc(a.label)}</strong> <span class="muted">(${esc(a.path)})</span>: ${a.from === 'absent' ? 'new' : esc(STATUS_TITLES[a.from])} → ${a.to === 'absent' ? 'removed' : esc(STATUS_TITLES[a.to])}</li>`).join('')}</ul>`;
  return (
    `<section class="changes"><h2>Changed since ${esc(c.since.slice(0, 10) || 'the previous report')}</h2>` +
    `<h3>New findings <span class="count">${c.newFindings.length}</span></h3>${list(c.newFindings)}` +
    `<h3>Resolved findings <span class="count">${c.resolvedFindings.length}</span></h3>${list(c.resolvedFindings)}` +
    `<h3>Assets</h3>${assets}</section>`
  );
}

function summary(m: PostureModel): string {
  const s = m.assetsByStatus;
  const secrets = m.findings.areas.find((a) => a.area === 'secrets')?.count ?? 0;
  const internet = m.assets.filter((a) => a.exposure === 'internet').length;
  const items = [
    `${m.assets.length} asset${m.assets.length === 1 ? '' : 's'}, ${internet} internet-facing`,
    `${s.overdue} review${s.overdue === 1 ? '' : 's'} overdue, ${s['due-soon']} due within 30 days`,
    `${s.missing} asset${s.missing === 1 ? '' : 's'} missing something`,
    `${secrets} secret${secrets === 1 ? '' : 's'} in the files`,
    `${m.findings.total} finding${m.findings.total === 1 ? '' : 's'} in all (${m.findings.bySeverity.error} errors, ${m.findings.bySeverity.warning} warnings, ${m.findings.bySeverity.info} info)`,
  ];
  return `<ul class="summary">${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
}

export function renderPostureHtml(m: PostureModel, opts: RenderOptions): string {
  const nonce = esc(opts.nonce);
  const webview = opts.variant === 'webview';
  const csp = [`default-src 'none'`, `style-src 'nonce-${nonce}'`, ...(webview ? [`script-src 'nonce-${nonce}'`] : []), `img-src ${webview && opts.cspSource ? esc(opts.cspSource) + ' ' : ''}data:`].join('; ');
  const colours = webview ? WEBVIEW_COLOURS : FILE_COLOURS;
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>Outpost posture — ${esc(m.workspace)} — ${esc(m.today)}</title>` +
    `<style nonce="${nonce}">${colours}${PAGE_CSS}</style></head>` +
    `<body class="${webview ? 'webview' : 'file'}"><main>` +
    `<header><h1>Security posture of ${esc(m.workspace)}</h1><p class="muted">Outpost report of ${esc(m.today)} (generated ${esc(m.generatedAt.replace('T', ' ').slice(0, 16))} UTC). Secrets are shown masked to their first 4 characters.</p>${summary(m)}</header>` +
    charts(m) +
    changesSection(opts.changes) +
    `<section><h2>Asset inventory</h2>${webview ? '<p class="muted hint">Select a column heading to sort by it.</p>' : ''}${assetTable(m)}</section>` +
    findingsSection(m) +
    `</main>${webview ? `<script nonce="${nonce}">${SORT_SCRIPT}</script>` : ''}</body></html>`
  );
}
