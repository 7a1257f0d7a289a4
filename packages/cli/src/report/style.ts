/** The report's stylesheet (embedded; allowed by its CSP hash). */
export const REPORT_CSS = `
:root{--fg:#1d232b;--muted:#5b6573;--bg:#f6f7f9;--card:#fff;--line:#dde1e7;
--safe:#1f7a3d;--caution:#9a6a00;--suspicious:#c2410c;--dangerous:#b91c1c;--error:#7c3aed;
font-family:system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans CJK JP","Noto Sans JP","Yu Gothic UI",Meiryo,sans-serif;
color:var(--fg);background:var(--bg);font-size:15px;line-height:1.5}
body{margin:0;padding:24px;max-width:1280px;margin-inline:auto}
header{display:flex;justify-content:space-between;gap:16px;align-items:flex-start}
h1{margin:0;font-size:26px}h2{font-size:19px;margin:0 0 8px}h3{font-size:16px;margin:0 0 6px}
.lead{margin:2px 0;color:var(--muted)}.meta{margin:2px 0;color:var(--muted);font-size:13px}
.paths{font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
.langs button{border:1px solid var(--line);background:var(--card);padding:4px 10px;border-radius:6px;cursor:pointer;font:inherit}
.langs button[aria-pressed=true]{background:var(--fg);color:#fff;border-color:var(--fg)}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(120px,1fr));gap:10px;margin:18px 0}
.tile{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:10px 14px;border-top:4px solid var(--line)}
.tile .label{display:block;color:var(--muted);font-size:13px}.tile .value{font-size:28px;font-weight:700}
.tile.lv-safe{border-top-color:var(--safe)}.tile.lv-caution{border-top-color:var(--caution)}
.tile.lv-suspicious{border-top-color:var(--suspicious)}.tile.lv-dangerous{border-top-color:var(--dangerous)}.tile.lv-error{border-top-color:var(--error)}
.charts,.domain-tables{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:14px;margin-bottom:14px}
.chart.timeline{grid-column:1/-1}.chart,.domains,.messages{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 16px;margin:0}
figcaption{font-weight:700;margin-bottom:6px}
svg text{font:13px system-ui,"Noto Sans CJK JP",sans-serif;fill:var(--fg)}svg .num{font-weight:700}
svg .clickable{cursor:pointer}svg .clickable:hover .bar,svg .clickable:focus .bar{opacity:.8}svg .hit{fill:transparent}svg .clickable:focus{outline:2px solid #1d4ed8}svg .bar{fill:#64748b}.lv-safe .bar{fill:var(--safe)}.lv-caution .bar{fill:var(--caution)}
.lv-suspicious .bar{fill:var(--suspicious)}.lv-dangerous .bar{fill:var(--dangerous)}.cat .bar{fill:#475569}
.note,.empty{color:var(--muted);font-size:13px;margin:4px 0}.domain-tables .note{grid-column:1/-1}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th.n,td.n{text-align:right;font-variant-numeric:tabular-nums}th{white-space:nowrap}
.dom,.file{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px;word-break:break-all}
.controls{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin-bottom:8px}button.pick{all:unset;cursor:pointer;color:#1d4ed8;text-decoration:underline dotted}button.pick:focus-visible{outline:2px solid #1d4ed8}button.pick[aria-pressed=true]{font-weight:700;text-decoration:underline}.picked{background:#e8eefc;border-radius:6px;padding:2px 8px}button.unpick{border:0;background:none;cursor:pointer;font:inherit;font-weight:700}
fieldset{border:1px solid var(--line);border-radius:8px;padding:4px 10px;display:flex;gap:10px;flex-wrap:wrap}
legend{font-size:13px;color:var(--muted)}input[type=search]{min-width:260px;padding:4px 8px;font:inherit}
select{font:inherit;padding:3px}
th button{all:unset;cursor:pointer;font-weight:700}th button:focus-visible,tr.msg:focus-visible{outline:2px solid #2563eb;outline-offset:-2px}
tr.msg{cursor:pointer}tr.msg:hover{background:#f1f5f9}tr.msg[aria-expanded=true]{background:#eef2ff}
.badge{display:inline-block;padding:1px 8px;border-radius:999px;color:#fff;font-size:13px;white-space:nowrap;background:#64748b}
.badge.lv-safe{background:var(--safe)}.badge.lv-caution{background:var(--caution)}.badge.lv-suspicious{background:var(--suspicious)}
.badge.lv-dangerous{background:var(--dangerous)}.badge.lv-error{background:var(--error)}
td.subject,td.from{word-break:break-word;max-width:320px}td.date{white-space:nowrap;font-variant-numeric:tabular-nums}
tr.detail td{background:#fafbff}dl.mail{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:4px 0 8px}dl.mail dt{color:#555}dl.mail dd{margin:0;overflow-wrap:anywhere}.summary{font-weight:600;margin:4px 0 8px}
ol.findings{margin:0;padding-left:22px}ol.findings li{margin-bottom:10px}
.sev-danger::marker{color:var(--dangerous)}.sev-warn::marker{color:var(--caution)}
.cat{color:var(--muted);font-size:12px;font-family:ui-monospace,Menlo,Consolas,monospace}
.f-detail,.f-advice{margin:2px 0}.f-advice{color:var(--muted)}.ev-head{font-size:12px;color:var(--muted);margin-top:4px}
ul.evidence{margin:2px 0;padding-left:18px;font-size:13px}ul.evidence code{word-break:break-all;white-space:pre-wrap}
mark{background:#fde68a}.err{color:var(--error);font-weight:600}
button.more{margin-top:8px;padding:4px 12px;font:inherit;cursor:pointer}
@media print{.controls,button.more,.langs{display:none}body{padding:0}}
`;
