import {h} from './dom.js';

/** What the run view plots: one chart per test split's accuracy, and the conflict split's signal reliance. */
const PANELS = [
  {key: 'clean/accuracy', title: 'clean split: accuracy'},
  {key: 'signal/accuracy', title: 'signal split: accuracy'},
  {key: 'conflict/accuracy', title: 'conflict split: accuracy'},
  {key: 'conflict/signal-reliance', title: 'conflict split: signal reliance'},
];
/** One colour per model, in column order (the map uses the same). */
export const COLOURS = ['#d62728', '#1f77b4', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f',
  '#bcbd22', '#17becf', '#393b79', '#637939'];

/** Live learning curves of one run: value per epoch, a line per model. */
export class Curves {

  constructor(container) {
    this.container = container;
    this.charts = new Map();
    for (const panel of PANELS) {
      const canvas = h('canvas', {'aria-label': panel.title, role: 'img'});
      const figure = h('figure', {class: 'curve', dataset: {curve: panel.key, points: 0}},
        h('figcaption', {}, panel.title), h('div', {class: 'plot'}, canvas));
      container.append(figure);
      this.charts.set(panel.key, {figure, chart: newChart(canvas)});
    }
  }

  /** Redraws every chart from a full run view (models[*].curves). */
  show(run) {
    const models = Object.entries(run.models ?? {});
    let total = 0;
    for (const [key, {figure, chart}] of this.charts) {
      chart.data.datasets = models.map(([name, model], i) => line(name, i, model.curves?.[key] ?? {}))
        .filter(dataset => dataset.data.length > 0);
      const points = chart.data.datasets.reduce((n, dataset) => n + dataset.data.length, 0);
      figure.dataset.points = points;
      figure.classList.toggle('empty', points === 0);
      total += points;
      chart.update('none');
    }
    this.container.dataset.points = total;
  }
}

function line(model, index, curve) {
  const data = Object.entries(curve).map(([epoch, value]) => ({x: Number(epoch), y: value})).sort((a, b) => a.x - b.x);
  const colour = COLOURS[index % COLOURS.length];
  return {
    label: model,
    data,
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: index === 0 ? 3 : 1.5,
    // Baselines are fitted once: their single point must stand out, even on the chart's edge.
    pointRadius: data.length === 1 ? 6 : 3,
    pointStyle: data.length === 1 ? 'rectRot' : 'circle',
    clip: false,
  };
}

function newChart(canvas) {
  return new Chart(canvas, {
    type: 'line',
    data: {datasets: []},
    options: {
      animation: false,
      maintainAspectRatio: false,
      parsing: true,
      scales: {
        x: {type: 'linear', title: {display: true, text: 'epoch'}, ticks: {precision: 0}},
        y: {min: 0, max: 1},
      },
      plugins: {legend: {position: 'bottom', labels: {boxWidth: 12}}},
    },
  });
}
