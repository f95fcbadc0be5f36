// The posture page's stylesheet. Colours are custom properties: the standalone report sets them to a
// light print-friendly palette, the webview to the VS Code theme's variables (so dark, light and
// high-contrast themes all work). Print rules keep it to A4 with no cut table rows.
export const FILE_COLOURS = `:root{--op-fg:#1f2328;--op-muted:#57606a;--op-bg:#ffffff;--op-border:#d0d7de;--op-head:#f6f8fa;
--op-error:#cf222e;--op-warning:#9a6700;--op-info:#0969da;--op-ok:#1a7f37;--op-link:#0969da;--op-font:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;}`;

export const WEBVIEW_COLOURS = `:root{--op-fg:var(--vscode-foreground);--op-muted:var(--vscode-descriptionForeground);--op-bg:var(--vscode-editor-background);
--op-border:var(--vscode-panel-border,var(--vscode-editorWidget-border));--op-head:var(--vscode-editorWidget-background);
--op-error:var(--vscode-editorError-foreground);--op-warning:var(--vscode-editorWarning-foreground);--op-info:var(--vscode-editorInfo-foreground);
--op-ok:var(--vscode-testing-iconPassed,var(--vscode-charts-green));--op-link:var(--vscode-textLink-foreground);--op-font:var(--vscode-font-family);}`;

export const PAGE_CSS = `
body{color:var(--op-fg);background:var(--op-bg);font-family:var(--op-font);font-size:14px;line-height:1.45;margin:0;}
main{max-width:1200px;margin:0 auto;padding:16px 24px;}
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.3em;margin-top:1.6em;border-bottom:1px solid var(--op-border)}h3{font-size:1.1em}h4{font-size:1em;margin:.8em 0 .2em;font-family:monospace}
a{color:var(--op-link)}
.muted{color:var(--op-muted)}.empty{color:var(--op-muted);font-style:italic}
.count{display:inline-block;min-width:1.4em;padding:0 .4em;border:1px solid var(--op-border);border-radius:1em;text-align:center;font-size:.85em}
.summary{display:flex;flex-wrap:wrap;gap:8px 24px;padding:0;list-style:none}.summary li{border-left:3px solid var(--op-info);padding-left:8px}
.charts{display:flex;flex-wrap:wrap;gap:16px}.chart{margin:0}.chart figcaption{font-weight:600;margin-bottom:4px}
.chart-label,.chart-count{fill:var(--op-fg);font-size:12px;font-family:var(--op-font)}
.sev-error,.st-overdue{fill:var(--op-error)}.sev-warning,.st-missing{fill:var(--op-warning)}.sev-info,.st-month,.st-due-soon{fill:var(--op-info)}.st-ok{fill:var(--op-ok)}
.legend{font-size:12px;margin:0}.key-error{color:var(--op-error)}.key-warning{color:var(--op-warning)}.key-info{color:var(--op-info)}
table{border-collapse:collapse;width:100%;font-size:13px}caption{text-align:left;font-weight:600;padding:4px 0}
th,td{border:1px solid var(--op-border);padding:4px 6px;vertical-align:top;text-align:left}
thead th{background:var(--op-head)}tbody th{font-weight:normal}.asset-label{font-weight:600}.path{font-family:monospace;font-size:.9em}
button.sort{font:inherit;font-weight:600;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:left}
button.sort:focus-visible{outline:1px solid var(--op-link)}
th[aria-sort=ascending] button.sort::after{content:" ▲"}th[aria-sort=descending] button.sort::after{content:" ▼"}
.status{white-space:nowrap;font-weight:600}.status-overdue{color:var(--op-error)}.status-missing{color:var(--op-warning)}.status-due-soon{color:var(--op-info)}.status-ok{color:var(--op-ok)}
.status-overdue::before{content:"✖ "}.status-missing::before{content:"⚠ "}.status-due-soon::before{content:"↻ "}.status-ok::before{content:"✔ "}
tr.row-overdue th{border-left:4px solid var(--op-error)}tr.row-due-soon th{border-left:4px solid var(--op-info)}tr.row-missing th{border-left:4px solid var(--op-warning)}
ul.findings{margin:0;padding-left:1.2em}ul.findings li{margin:2px 0;break-inside:avoid}
.sev{font-weight:600;text-transform:uppercase;font-size:.8em}.sev-text-error{color:var(--op-error)}.sev-text-warning{color:var(--op-warning)}.sev-text-info{color:var(--op-info)}
.loc{font-family:monospace;color:var(--op-muted)}
.changes{border:1px solid var(--op-border);padding:0 12px 8px;margin-top:16px}
@page{size:A4;margin:14mm 12mm}
@media print{body{font-size:10pt;background:#fff;color:#000}main{max-width:none;padding:0}.hint{display:none}
table{font-size:8.5pt}tr,li,figure{break-inside:avoid}thead{display:table-header-group}h2,h3,h4{break-after:avoid}
a{color:inherit;text-decoration:none}.charts{gap:8px}}
`;
