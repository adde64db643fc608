/** Builds an element: h('td', {class: 'x', dataset: {model: 'm'}}, 'text', child). Text is never parsed as HTML. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  el.append(...children.flat().filter(c => c != null).map(c => c instanceof Node ? c : String(c)));
  return el;
}

export const fixed = (x, digits = 3) => x == null ? '–' : Number(x).toFixed(digits);

/** Calls fn at most once at a time; calls asked for meanwhile collapse into one more call after it. */
export function coalesced(fn) {
  let running = false;
  let again = false;
  const run = async () => {
    if (running) { again = true; return; }
    running = true;
    try { await fn(); } catch (e) { console.warn(e); } finally {
      running = false;
      if (again) { again = false; run(); }
    }
  };
  return run;
}
