import * as api from './api.js';
import {coalesced} from './dom.js';
import {Curves} from './curves.js';
import {BlindspotMapView} from './map.js';
import {RunsList} from './runs.js';
import {renderSettings, renderTable} from './table.js';
import {renderTextTable} from './text-table.js';

/* The live page: loads runs and the table, then follows /runs/stream; a run's curves are re-read on its changes. */
const $ = id => document.getElementById(id);

const runsList = new RunsList($('runs').tBodies[0], $('no-runs'), id => { location.hash = `run=${encodeURIComponent(id)}`; });
const curves = new Curves($('curves'));
const blindspotMap = new BlindspotMapView($('map-section'), $('map-charts'), $('map-table'));
const samples = {img: $('samples'), runId: null, attempt: 0, loaded: false, triedAt: 0};
let selected = null;
const setting = () => $('setting').value || null;

const refreshTable = coalesced(async () => {
  renderSettings($('setting'), await api.settings());
  renderTable($('result-table'), $('no-table'), await api.table(setting()));
  renderTextTable($('text-table-section'), $('text-table'), await api.textTable(setting()));
  blindspotMap.show(await api.map());
});

const refreshRun = coalesced(async () => {
  if (!selected) return;
  const id = selected;
  const run = await api.run(id);
  if (id !== selected) return;
  $('run').hidden = false;
  $('run').dataset.runId = id;
  $('run-id').textContent = id;
  $('run-status').textContent = run.status;
  $('run-status').className = `status ${run.status}`;
  $('run-meta').textContent = [run.dataset, run.signal && `signal ${run.signal}`, run.seed != null && `seed ${run.seed}`,
    run.parentId && `sweep ${run.parentId}`, run.message].filter(Boolean).join(' · ');
  curves.show(run);
  showSamples(id);
});

const refreshAll = coalesced(async () => {
  runsList.setAll(await api.runs(setting()));
  if (!selected) choose(fromHash() ?? runsList.first());
  runsList.select(selected);
  refreshRun();
  refreshTable();
});

function fromHash() {
  const match = location.hash.match(/^#run=(.+)$/);
  return match ? decodeURIComponent(match[1]) : null;
}

function choose(id) {
  if (!id || id === selected) return;
  selected = id;
  runsList.select(id);
  refreshRun();
}

/** The sample picture appears once the encoder has sent it; until then, retry now and then on the run's changes. */
function showSamples(id) {
  if (samples.runId !== id) Object.assign(samples, {runId: id, loaded: false, triedAt: 0});
  if (samples.loaded || Date.now() - samples.triedAt < 3000) return;
  samples.triedAt = Date.now();
  samples.img.src = api.samplesUrl(id, ++samples.attempt);
}

samples.img.addEventListener('load', () => {
  samples.loaded = true;
  samples.img.hidden = false;
  $('samples-caption').textContent = 'Samples per class: clean, with the signal, amplified difference.';
});
samples.img.addEventListener('error', () => {
  samples.img.hidden = true;
  $('samples-caption').textContent = 'No sample picture yet.';
});

window.addEventListener('hashchange', () => choose(fromHash()));
$('setting').addEventListener('change', () => refreshAll());

api.stream({
  onRun: run => {
    if (!setting() || run.setting === setting()) runsList.update(run);
    runsList.select(selected);
    if (!selected) choose(run.runId);
    else if (run.runId === selected) refreshRun();
    refreshTable();
  },
  // On every (re)connection, read everything again: changes made while disconnected are not replayed.
  onState: state => {
    $('live').dataset.state = state;
    $('live').textContent = state === 'live' ? '● live' : 'reconnecting…';
    if (state === 'live') refreshAll();
  },
});
refreshAll();
