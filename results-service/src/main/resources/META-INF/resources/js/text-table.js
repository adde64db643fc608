import {fixed, h} from './dom.js';
import {VERDICTS} from './table.js';

/** The paper's Table 3: a row per (signal, model), a column per text dataset, signal-split accuracy mean ± std. */
export function renderTextTable(section, el, table) {
  const datasets = table.datasets ?? [];
  const rows = table.rows ?? [];
  section.hidden = rows.length === 0;
  el.replaceChildren(
    h('thead', {}, h('tr', {}, h('th', {}, 'signal'), h('th', {}, 'model'), datasets.map(d => h('th', {}, d)))),
    h('tbody', {}, rows.map(row => h('tr', {dataset: {signal: row.signal, model: row.model, role: row.role}},
      h('th', {}, row.signal), h('th', {}, row.model + (row.role === 'BEST_SIMPLE_MODEL' ? ' ★' : '')),
      datasets.map(d => cell(row.cells?.[d]))))));
}

function cell(c) {
  if (!c) return h('td', {class: 'cell none'}, '');
  const classes = ['cell', c.provisional && 'provisional', c.failed > 0 && 'failed'].filter(Boolean).join(' ');
  const s = c.signalAccuracy;
  const value = s.mean == null ? '–' : s.n > 1 ? `${fixed(s.mean)} ± ${fixed(s.std)}` : fixed(s.mean);
  const verdict = VERDICTS[c.verdict] ?? VERDICTS.CANNOT_TELL;
  return h('td', {class: classes, dataset: {runs: c.runs, provisional: c.provisional, verdict: c.verdict}},
    h('span', {class: 'value'}, value),
    h('span', {class: `verdict ${verdict.css}`}, verdict.words),
    h('small', {}, `clean ${fixed(c.cleanAccuracy.mean, 2)} · reliance ${fixed(c.signalReliance.mean, 2)}`));
}
