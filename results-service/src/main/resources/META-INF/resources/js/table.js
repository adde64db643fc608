import {fixed, h} from './dom.js';

/** The setting filter's choices: every row's setting, named by the fields that tell it apart; the choice is kept. */
export function renderSettings(select, table) {
  const chosen = select.value;
  const options = (table.rows ?? []).map(row => h('option', {value: row.setting},
    `${row.dataset} · ${row.signal}${row.settingLabel ? ` · ${row.settingLabel}` : ''} (${row.setting})`));
  select.replaceChildren(h('option', {value: ''}, 'every setting'), ...options);
  select.value = options.some(o => o.value === chosen) ? chosen : '';
}

/** The paper-style table: a row per (dataset, signal, setting), a column per model, signal accuracy mean ± std. */
export function renderTable(el, empty, table) {
  const models = table.models ?? [];
  const rows = table.rows ?? [];
  empty.hidden = rows.length > 0;
  const environments = [...new Set(rows.flatMap(row => Object.values(row.cells ?? {}))
    .flatMap(c => c.environments ?? []))];
  el.replaceChildren(
    h('caption', {class: 'environments'}, environments.length ? `Measured on: ${environments.join('; ')}` : ''),
    h('thead', {}, h('tr', {}, h('th', {}, 'dataset'), h('th', {}, 'signal'), h('th', {}, 'setting'),
      models.map(model => h('th', {}, model)), h('th', {}, 'best model'))),
    h('tbody', {}, rows.map(row => h('tr', {dataset: {dataset: row.dataset, signal: row.signal, setting: row.setting}},
      h('th', {}, row.dataset), h('th', {}, row.signal),
      h('td', {class: 'setting', title: row.setting}, row.settingLabel || '–'),
      models.map(model => cell(row, model)),
      h('td', {class: 'best-name'}, row.bestModel ?? '–')))));
}

function cell(row, model) {
  const c = row.cells?.[model];
  if (!c) return h('td', {class: 'cell none'}, '');
  const best = row.bestModel === model;
  const classes = ['cell', best && 'best', c.provisional && 'provisional', c.failed > 0 && 'failed']
    .filter(Boolean).join(' ');
  const verdict = VERDICTS[c.verdict] ?? VERDICTS.CANNOT_TELL;
  return h('td', {class: classes, dataset: {model, runs: c.runs, provisional: c.provisional, verdict: c.verdict},
      title: `${model}: ${c.runs} run(s)${c.failed ? `, ${c.failed} failed` : ''}${c.provisional ? ', still training' : ''}`
        + (c.bestValidation ? `; scores of the best validation epoch (${fixed(c.epoch.mean, 0)})` : '')
        + (c.environments?.length ? `; measured on ${c.environments.join('; ')}` : '')},
    h('span', {class: 'value'}, stat(c.signalAccuracy), best ? ' ★' : ''),
    h('span', {class: `verdict ${verdict.css}`}, verdict.words),
    h('small', {}, `clean ${fixed(c.cleanAccuracy.mean, 2)} · conflict ${fixed(c.conflictAccuracy?.mean, 2)}`),
    h('small', {}, `reliance ${fixed(c.signalReliance.mean, 2)} vs chance ${fixed(c.chanceReliance?.mean, 2)}`),
    c.signalInterval ? h('small', {class: 'interval'}, `${Math.round(100 * c.signalInterval.confidence)} % `
      + `[${fixed(c.signalInterval.low)}, ${fixed(c.signalInterval.high)}]`) : null);
}

/** The verdict of results-service's test (docs/design.md, "Signal reliance"). */
export const VERDICTS = {
  USES_SIGNAL: {words: 'uses the signal', css: 'uses'},
  IGNORES_SIGNAL: {words: 'ignores it', css: 'ignores'},
  CANNOT_TELL: {words: 'cannot tell', css: 'unknown'},
};

function stat(s) {
  if (s.mean == null) return '–';
  return s.n > 1 ? `${fixed(s.mean)} ± ${fixed(s.std)}` : fixed(s.mean);
}
