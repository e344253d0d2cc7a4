// SVG charts. Each is role="img" with an aria-label that says the numbers; the views also show them in tables.

import { s, fmt } from './dom.js';

const clamp01 = (x) => Math.min(1, Math.max(0, Number.isFinite(x) ? x : 0));

/** One source's 95% credible interval [lower, upper] as a bar on a 0–1 axis, the score as a dot. */
export function intervalBar({ source, score, lower, upper }, { width = 220, height = 24 } = {}) {
  const pad = 8;
  const x = (v) => pad + clamp01(v) * (width - 2 * pad);
  const mid = height / 2;
  const label = `${source}: score ${fmt.score(score)}, 95% interval ${fmt.score(lower)} to ${fmt.score(upper)}`;
  return s('svg', { class: 'interval', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': label },
    s('title', {}, label),
    [0, 0.25, 0.5, 0.75, 1].map((t) => s('line', { class: t === 0.5 ? 'grid mid' : 'grid', x1: x(t), x2: x(t), y1: 3, y2: height - 3 })),
    s('line', { class: 'axis', x1: x(0), x2: x(1), y1: mid, y2: mid }),
    s('rect', { class: 'range', x: x(lower), y: mid - 5, width: Math.max(2, x(upper) - x(lower)), height: 10, rx: 3 }),
    s('circle', { class: 'point', cx: x(score), cy: mid, r: 5 }));
}

/** The 0–1 axis drawn once in the column header, aligned with intervalBar's bars. */
export function intervalAxis({ width = 220, height = 20 } = {}) {
  const pad = 8;
  const x = (v) => pad + v * (width - 2 * pad);
  return s('svg', { class: 'interval-axis', viewBox: `0 0 ${width} ${height}`, width, height, 'aria-hidden': 'true' },
    [0, 0.25, 0.5, 0.75, 1].map((t) => s('text', { x: x(t), y: 14, 'text-anchor': t === 0 ? 'start' : t === 1 ? 'end' : 'middle' }, String(t))));
}

/** '~6,000' → 6000, '>60' → 60, '1.000' stays 1 (labels come from the API's own formatting), 'abc' → NaN. */
export function numberOf(label) {
  if (typeof label === 'number') return label;
  const text = String(label ?? '').replace(/^[~≈<>≤≥=\s]+|\s+$/g, '').replace(/,(?=\d{3}\b)/g, '');
  return /^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

/**
 * Each source's value for one fact on one axis: a row per source, a dot at its value, the consensus as a line.
 * rows: [{ source, label, agrees }]; consensus: { label, value }. Numeric labels get a linear axis (log when
 * they span more than two orders of magnitude); otherwise the distinct values are evenly spaced categories.
 */
export function factChart(factKey, rows, consensus) {
  const labels = [...new Set([consensus.label, ...rows.map((r) => r.label)].filter((l) => l !== null && l !== undefined))];
  const numbers = labels.map(numberOf);
  const numeric = numbers.every(Number.isFinite);
  const width = 640;
  const left = 150;
  const right = 30;
  const rowHeight = 28;
  const top = 34;
  const height = top + rows.length * rowHeight + 34;
  let position;
  let ticks;
  if (numeric) {
    const min = Math.min(...numbers);
    const max = Math.max(...numbers);
    const log = min > 0 && max / min > 100;
    const t = log ? Math.log10 : (v) => v;
    const [lo, hi] = min === max ? [t(min) - 1, t(max) + 1] : [t(min) - (t(max) - t(min)) * 0.08, t(max) + (t(max) - t(min)) * 0.08];
    position = (label) => left + ((t(numberOf(label)) - lo) / (hi - lo)) * (width - left - right);
    ticks = niceTicks(min, max, log).map((v) => ({ label: fmt.int(v), x: left + ((t(v) - lo) / (hi - lo)) * (width - left - right) }))
      .filter((tick) => tick.x >= left - 1 && tick.x <= width - right + 1);
  } else {
    const step = (width - left - right) / Math.max(1, labels.length);
    position = (label) => left + step * (labels.indexOf(label) + 0.5);
    ticks = labels.map((l) => ({ label: l, x: position(l) }));
  }
  const consensusX = consensus.label !== null && consensus.label !== undefined ? position(consensus.label) : null;
  const summary = `${factKey}: consensus ${consensus.label ?? 'none'}; ` + rows.map((r) => `${r.source} ${r.label}${r.agrees ? ' (agrees)' : ' (conflicts)'}`).join('; ');
  return s('svg', { class: 'fact-chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': summary },
    s('title', {}, summary),
    ticks.map((tick) => [
      s('line', { class: 'grid', x1: tick.x, x2: tick.x, y1: top - 6, y2: height - 28 }),
      s('text', { class: 'tick', x: tick.x, y: height - 10, 'text-anchor': 'middle' }, tick.label),
    ]),
    consensusX === null ? null : [
      s('line', { class: 'consensus', x1: consensusX, x2: consensusX, y1: top - 14, y2: height - 28 }),
      s('text', { class: 'consensus-label', x: consensusX, y: top - 18, 'text-anchor': 'middle' }, `consensus ${consensus.label}`),
    ],
    rows.map((r, i) => {
      const y = top + i * rowHeight + rowHeight / 2;
      const x = position(r.label);
      return s('g', { class: r.agrees ? 'row agrees' : 'row conflicts' },
        s('text', { class: 'source', x: left - 12, y: y + 4, 'text-anchor': 'end' }, r.source),
        s('line', { class: 'row-guide', x1: left, x2: width - right, y1: y, y2: y }),
        r.agrees ? s('circle', { cx: x, cy: y, r: 7 }) : s('rect', { x: x - 6.5, y: y - 6.5, width: 13, height: 13, transform: `rotate(45 ${x} ${y})` }),
        s('text', { class: 'value', x: x + 12, y: y + 4 }, r.label));
    }));
}

function niceTicks(min, max, log) {
  if (log) {
    const ticks = [];
    for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) ticks.push(10 ** e);
    return ticks;
  }
  if (min === max) return [min];
  const span = max - min;
  const step = 10 ** Math.floor(Math.log10(span / 4));
  const nice = [1, 2, 5, 10].map((m) => m * step).find((st) => span / st <= 6) ?? step * 10;
  const ticks = [];
  for (let v = Math.ceil((min - span * 0.08) / nice) * nice; v <= max + span * 0.08; v += nice) ticks.push(Math.round(v * 1e9) / 1e9 + 0); // + 0 turns -0 into 0
  return ticks;
}
