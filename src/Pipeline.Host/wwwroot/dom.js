// Tiny DOM helpers: every string becomes a text node or an attribute value, never HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(element, attrs, children) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** h('a', { href: '#/x' }, 'text', child...) */
export const h = (tag, attrs, ...children) => build(document.createElement(tag), attrs, children);

/** SVG element with the same call shape. */
export const s = (tag, attrs, ...children) => build(document.createElementNS(SVG_NS, tag), attrs, children);

export const fmt = {
  score: (x) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(2) : '–'),
  percent: (x) => (typeof x === 'number' && Number.isFinite(x) ? `${Math.round(x * 100)}%` : '–'),
  int: (x) => (typeof x === 'number' ? x.toLocaleString('en') : '–'),
  date: (x) => (x ? String(x).slice(0, 10) : '–'),
  dateTime: (x) => (x ? new Date(x).toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '–'),
};
