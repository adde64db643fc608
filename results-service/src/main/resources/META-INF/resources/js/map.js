import {COLOURS} from './curves.js';
import {h} from './dom.js';

/* The blindspot map on the live page: a chart per map row (signal reliance against strength on a log axis, a line
   per model, the threshold drawn as a large ring), and the threshold table. Data: GET /map. */

/** "1e-3", "3.16e-3", "0.1": as MapFormats.strength. */
export function strength(x) {
  if (x >= 0.01) return String(Number(x.toPrecision(3)));
  const exponent = Math.floor(Math.log10(x) + 1e-9);
  return `${Number((x / 10 ** exponent).toPrecision(3))}e${exponent}`;
}

/** "<= 1e-3", "1e-2", "> 0.1", "?": the cell's threshold as the text map writes it. */
export function threshold(cell) {
  const points = cell.points;
  if (cell.threshold != null) return (cell.threshold === points[0].strength ? '≤ ' : '') + strength(cell.threshold);
  return points.every(p => p.verdict === 'IGNORES_SIGNAL') ? `> ${strength(points[points.length - 1].strength)}` : '?';
}

export class BlindspotMapView {

  constructor(section, charts, table) {
    this.section = section;
    this.charts = charts;
    this.table = table;
    this.drawn = new Map();
  }

  show(map) {
    this.section.hidden = map.rows.length === 0;
    this.renderTable(map);
    const keys = new Set(map.rows.map(rowKey));
    for (const [key, {figure, chart}] of this.drawn) {
      if (!keys.has(key)) { chart.destroy(); figure.remove(); this.drawn.delete(key); }
    }
    for (const row of map.rows) {
      const key = rowKey(row);
      if (!this.drawn.has(key)) {
        const canvas = h('canvas', {'aria-label': `blindspot map of ${row.signal}`, role: 'img'});
        const figure = h('figure', {class: 'curve', dataset: {mapRow: key}},
          h('figcaption', {}, `${row.dataset} · ${row.signal}${row.settingLabel ? ` (${row.settingLabel})` : ''}`),
          h('div', {class: 'plot'}, canvas));
        this.charts.append(figure);
        this.drawn.set(key, {figure, chart: newChart(canvas, row.parameter)});
      }
      const {figure, chart} = this.drawn.get(key);
      chart.$strengths = row.strengths;
      chart.data.datasets = map.models.filter(m => row.cells[m]).map(m => dataset(m, map.models.indexOf(m), row.cells[m]));
      figure.dataset.lines = chart.data.datasets.length;
      chart.update('none');
    }
  }

  renderTable(map) {
    const head = h('tr', {}, h('th', {}, 'dataset'), h('th', {}, 'signal'), h('th', {}, 'strengths'),
      map.models.map(m => h('th', {}, m)));
    const rows = map.rows.map(row => h('tr', {dataset: {signal: row.signal}},
      h('td', {}, row.dataset), h('td', {}, row.signal + (row.settingLabel ? ` (${row.settingLabel})` : '')),
      h('td', {}, `${row.parameter} ${strength(row.strengths[0])}…${strength(row.strengths[row.strengths.length - 1])}`),
      map.models.map(m => h('td', {class: 'threshold', dataset: {model: m}},
        row.cells[m] ? threshold(row.cells[m]) : '-'))));
    this.table.replaceChildren(h('thead', {}, head), h('tbody', {}, rows));
  }
}

const rowKey = row => `${row.dataset}|${row.signal}|${row.setting}`;

function dataset(model, index, cell) {
  const colour = COLOURS[index % COLOURS.length];
  const data = cell.points.filter(p => p.signalReliance.mean != null)
    .map(p => ({x: p.strength, y: p.signalReliance.mean, verdict: p.verdict}));
  return {
    label: `${model}: ${threshold(cell)}`,
    data,
    borderColor: colour,
    backgroundColor: data.map(p => p.verdict === 'USES_SIGNAL' ? colour : '#fff'),
    pointBorderColor: colour,
    pointRadius: data.map(p => p.x === cell.threshold ? 9 : 4),
    pointBorderWidth: data.map(p => p.x === cell.threshold ? 3 : 1.5),
    borderWidth: 2,
    clip: false,
  };
}

function newChart(canvas, parameter) {
  return new Chart(canvas, {
    type: 'line',
    data: {datasets: []},
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        // a tick at each tested strength, and no others
        x: {type: 'logarithmic', title: {display: true, text: `${parameter} (log)`},
          afterBuildTicks: axis => { axis.ticks = (axis.chart.$strengths ?? []).map(value => ({value})); },
          ticks: {callback: value => strength(value), autoSkip: false}},
        y: {min: 0, max: 1, title: {display: true, text: 'signal reliance'}},
      },
      plugins: {
        legend: {position: 'bottom', labels: {boxWidth: 12}},
        tooltip: {callbacks: {label: c => `${c.dataset.label.split(':')[0]} at ${strength(c.raw.x)}: reliance `
          + `${c.raw.y.toFixed(3)}, ${c.raw.verdict.toLowerCase().replace('_', ' ')}`}},
      },
    },
  });
}
