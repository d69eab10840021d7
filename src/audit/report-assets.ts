/**
 * The audit report's style sheet and script, inlined into the one HTML file (no network: the report's
 * Content-Security-Policy allows only these). The script sorts, filters and opens the rows; amounts are
 * compared exactly, as whole fen in BigInt, never as floating-point yuan.
 */

export const REPORT_STYLE = `
:root { --ink: #1d2430; --muted: #5b6472; --line: #d5dae1; --panel: #f5f7fa; --over: #b3261e; --under: #9a6700; --missed: #1f5fa8; --none: #6b7280; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1180px; padding: 24px; color: var(--ink); font: 14px/1.5 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; }
h1 { font-size: 22px; margin: 0 0 8px; }
h2 { font-size: 17px; margin: 28px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.notice { border-left: 4px solid var(--over); background: #fdf3f2; padding: 8px 12px; margin: 12px 0; font-weight: 600; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
code, .digest { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; }
.figure { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.figure .label { color: var(--muted); font-size: 12px; }
.figure .value { font-size: 20px; font-weight: 700; font-variant-numeric: tabular-nums; }
.figure.over .value { color: var(--over); } .figure.under .value { color: var(--under); } .figure.missed .value { color: var(--missed); }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.chart h3 { font-size: 14px; margin: 0 0 6px; }
.chart svg { width: 100%; height: auto; }
.codes { margin: 8px 0 0; padding-left: 18px; color: var(--muted); font-size: 12px; }
.controls { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: end; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; margin-bottom: 10px; }
.controls label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); }
.controls input, .controls select, .controls button { font: inherit; padding: 3px 6px; }
.controls input[aria-invalid="true"] { outline: 2px solid var(--over); }
#shown { font-weight: 700; }
.more { color: var(--muted); }
table.households { width: 100%; border-collapse: collapse; }
table.households th, table.households td { border-bottom: 1px solid var(--line); padding: 5px 6px; text-align: left; vertical-align: top; }
table.households th button { font: inherit; font-weight: 700; border: 0; background: none; padding: 0; cursor: pointer; color: inherit; }
th[aria-sort="ascending"] button::after { content: " ▲"; } th[aria-sort="descending"] button::after { content: " ▼"; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.toggle { border: 1px solid var(--line); background: #fff; border-radius: 4px; cursor: pointer; width: 28px; }
tbody.hh.open .toggle { background: var(--panel); }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; margin: 1px 2px; font-size: 12px; background: #eef1f5; border: 1px solid var(--line); }
.badge.over-paid { border-color: var(--over); color: var(--over); } .badge.under-paid { border-color: var(--under); color: var(--under); } .badge.missed { border-color: var(--missed); color: var(--missed); }
tr.detail > td { background: #fbfcfd; padding: 10px 14px 16px; }
table.findings { width: 100%; border-collapse: collapse; margin-bottom: 10px; font-size: 13px; table-layout: fixed; }
table.findings col.code { width: 17%; } table.findings col.member { width: 7%; } table.findings col.values { width: 15%; }
table.findings col.difference { width: 10%; } table.findings col.missing { width: 9%; }
table.findings td { overflow-wrap: anywhere; }
table.findings th, table.findings td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; }
table.findings ul { margin: 0; padding-left: 16px; }
.kv { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; white-space: pre-wrap; }
.cited a, ol.clauses code { overflow-wrap: anywhere; }
ol.clauses li { margin-bottom: 8px; }
ol.clauses blockquote { margin: 4px 0 0 12px; color: var(--muted); }
pre.explanation { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid var(--line); padding: 10px; font-size: 12px; line-height: 1.45; }
footer { margin-top: 28px; color: var(--muted); font-size: 12px; }
@page { size: A4 portrait; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .controls, .toggle, th button::after { display: none !important; }
  th button { pointer-events: none; }
  .charts { grid-template-columns: 1fr 1fr; }
  .figure, .chart, tr.detail, table.findings tr { break-inside: avoid; }
  thead { display: table-header-group; }
  h2 { break-after: avoid; }
  pre.explanation { font-size: 8.5pt; }
  a { color: inherit; text-decoration: none; }
}
`;

export const REPORT_SCRIPT = `(function () {
  "use strict";
  var table = document.getElementById("households");
  if (!table) return;
  var rows = Array.prototype.slice.call(table.querySelectorAll("tbody.hh"));
  var code = document.getElementById("f-code");
  var area = document.getElementById("f-area");
  var min = document.getElementById("f-min");
  var text = document.getElementById("f-text");
  var shown = document.getElementById("shown");
  var HUNDRED = BigInt(100);
  function fen(value) {
    var match = /^\\s*(\\d{1,15})(?:\\.(\\d{1,2}))?\\s*$/.exec(value);
    if (!match) return null;
    var cents = (match[2] || "") + "00";
    return BigInt(match[1]) * HUNDRED + BigInt(cents.slice(0, 2));
  }
  function apply() {
    var least = null;
    min.removeAttribute("aria-invalid");
    if (min.value.trim() !== "") {
      least = fen(min.value);
      if (least === null) min.setAttribute("aria-invalid", "true");
    }
    var wanted = text.value.trim().toLowerCase();
    var count = 0;
    rows.forEach(function (row) {
      var ok = (code.value === "" || (" " + row.getAttribute("data-codes") + " ").indexOf(" " + code.value + " ") >= 0) &&
        (area.value === "" || row.getAttribute("data-area") === area.value) &&
        (least === null || BigInt(row.getAttribute("data-fen")) >= least) &&
        (wanted === "" || row.getAttribute("data-id").toLowerCase().indexOf(wanted) >= 0);
      row.hidden = !ok;
      if (ok) count++;
    });
    shown.textContent = count + " / " + rows.length;
  }
  function value(row, key) {
    if (key === "fen") return BigInt(row.getAttribute("data-fen"));
    if (key === "line" || key === "count") return Number(row.getAttribute("data-" + key));
    return row.getAttribute("data-" + key);
  }
  function sortBy(header) {
    var key = header.getAttribute("data-key");
    var descending = header.getAttribute("aria-sort") !== "descending";
    Array.prototype.forEach.call(table.querySelectorAll("th[data-key]"), function (other) { other.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", descending ? "descending" : "ascending");
    rows.sort(function (a, b) {
      var x = value(a, key), y = value(b, key);
      var order = x < y ? -1 : x > y ? 1 : Number(a.getAttribute("data-line")) - Number(b.getAttribute("data-line"));
      return descending ? -order : order;
    });
    rows.forEach(function (row) { table.appendChild(row); });
  }
  function open(row, wanted) {
    var detail = row.querySelector("tr.detail");
    var button = row.querySelector("button.toggle");
    detail.hidden = !wanted;
    row.classList.toggle("open", wanted);
    button.setAttribute("aria-expanded", wanted ? "true" : "false");
    button.textContent = wanted ? "▾" : "▸";
  }
  table.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var toggle = target.closest("button.toggle");
    if (toggle) { var row = toggle.closest("tbody.hh"); open(row, row.querySelector("tr.detail").hidden); return; }
    var sorter = target.closest("th[data-key]");
    if (sorter) sortBy(sorter);
  });
  [code, area].forEach(function (control) { control.addEventListener("change", apply); });
  [min, text].forEach(function (control) { control.addEventListener("input", apply); });
  document.getElementById("open-all").addEventListener("click", function () { rows.forEach(function (row) { if (!row.hidden) open(row, true); }); });
  document.getElementById("close-all").addEventListener("click", function () { rows.forEach(function (row) { open(row, false); }); });
  document.getElementById("print").addEventListener("click", function () { window.print(); });
  apply();
})();
`;
