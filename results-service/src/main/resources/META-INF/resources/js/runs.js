import {h} from './dom.js';

/** The runs list: a row per run (newest first) with its status and a progress bar per model. */
export class RunsList {

  constructor(tbody, empty, onSelect) {
    this.tbody = tbody;
    this.empty = empty;
    this.onSelect = onSelect;
    this.rows = new Map();
  }

  /** Replaces the list with the service's (already newest first). */
  setAll(runs) {
    this.rows.clear();
    this.tbody.replaceChildren(...runs.map(run => this.row(run)));
    this.empty.hidden = runs.length > 0;
  }

  /** Updates one run's row in place, or puts a new run on top. */
  update(run) {
    const old = this.rows.get(run.runId);
    const fresh = this.row(run);
    if (old) old.replaceWith(fresh); else this.tbody.prepend(fresh);
    this.rows.set(run.runId, fresh);
    this.empty.hidden = true;
  }

  select(runId) {
    for (const [id, row] of this.rows) row.classList.toggle('selected', id === runId);
  }

  first() {
    return this.tbody.querySelector('tr')?.dataset.runId;
  }

  row(run) {
    const tr = h('tr', {dataset: {runId: run.runId, status: run.status}, tabindex: 0,
        onclick: () => this.onSelect(run.runId),
        onkeydown: e => { if (e.key === 'Enter') this.onSelect(run.runId); }},
      h('td', {}, h('a', {href: `#run=${encodeURIComponent(run.runId)}`}, run.runId)),
      h('td', {}, run.dataset ?? '–'),
      h('td', {}, run.signal ?? '–'),
      h('td', {}, run.seed ?? '–'),
      h('td', {}, h('span', {class: `status ${run.status}`, title: run.message}, run.status)),
      h('td', {class: 'models'}, Object.entries(run.models ?? {}).map(([name, model]) => progress(name, model))));
    this.rows.set(run.runId, tr);
    return tr;
  }
}

function progress(name, model) {
  const total = Math.max(model.totalEpochs, 1);
  const done = model.status === 'FINISHED' ? total : Math.min(model.epoch, total);
  return h('div', {class: `model ${model.status}`, dataset: {model: name, epoch: model.epoch, total: model.totalEpochs},
      title: model.message ?? `${name}: ${model.status}`},
    h('span', {class: 'name'}, name),
    h('progress', {max: total, value: done}),
    h('span', {class: 'epochs'}, `${model.epoch}/${model.totalEpochs || '?'}`
        + (model.etaSeconds != null ? ` · ~${eta(model.etaSeconds)} left` : '')));
}

/** 75 → "1m 15s": the estimate the service derives from the mean epoch time so far. */
function eta(seconds) {
  return seconds >= 60 ? `${Math.floor(seconds / 60)}m ${seconds % 60}s` : `${seconds}s`;
}
