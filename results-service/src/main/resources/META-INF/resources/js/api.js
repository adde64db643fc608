/** The results-service REST API and its Server-Sent Events stream. */
async function json(path) {
  const response = await fetch(path, {headers: {Accept: 'application/json'}});
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

const bySetting = setting => setting ? `setting=${encodeURIComponent(setting)}` : '';
export const runs = setting => json(`/runs?${bySetting(setting)}`);
export const run = id => json(`/runs/${encodeURIComponent(id)}`);
export const table = setting => json(`/table?format=json&${bySetting(setting)}`);
export const settings = () => json('/table/settings');
export const map = () => json('/map?format=json');
export const textTable = setting => json(`/table/text?format=json&${bySetting(setting)}`);
export const samplesUrl = (id, attempt) => `/runs/${encodeURIComponent(id)}/samples.png?attempt=${attempt}`;

/** Calls onRun with each run summary the service pushes; onState with 'live' or 'reconnecting'. */
export function stream({onRun, onState}) {
  const source = new EventSource('/runs/stream');
  source.onopen = () => onState('live');
  source.onerror = () => onState('reconnecting');
  source.onmessage = event => onRun(JSON.parse(event.data));
  return source;
}
