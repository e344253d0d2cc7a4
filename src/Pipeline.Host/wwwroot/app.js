// The Pipeline dashboard: hash routes over the /api JSON, no framework.
//   #/sources[?sort=&minClaims=]   #/sources/{id}   #/articles[?source=&from=&to=]   #/articles/{id}
//   #/conflicts   #/facts[?measure=&contested=]   #/facts/{key}

import { api, apiOrNull, apiKey, setApiKey, ApiError, seg } from './api.js';
import { h, fmt } from './dom.js';
import { intervalBar, intervalAxis, factChart } from './charts.js';
import { classify, segments, CATEGORIES, CATEGORY_LABELS } from './highlight.js';

const main = document.getElementById('main');
const statusLine = document.getElementById('status');
const tooltip = document.getElementById('tooltip');
const PAGE = 50;
let renderCount = 0;

const routes = [
  [/^\/?$/, () => sourcesView({})],
  [/^\/sources$/, (_, q) => sourcesView(q)],
  [/^\/sources\/([^/]+)$/, ([id]) => sourceView(id)],
  [/^\/articles$/, (_, q) => articlesView(q)],
  [/^\/articles\/([^/]+)$/, ([id]) => articleView(id)],
  [/^\/conflicts$/, () => conflictsView()],
  [/^\/facts$/, (_, q) => factsView(q)],
  [/^\/facts\/(.+)$/, ([key]) => factView(key)],
];

// ---- links -------------------------------------------------------------------------------------------------

const link = {
  source: (id) => `#/sources/${seg(id)}`,
  article: (id) => `#/articles/${seg(id)}`,
  fact: (key) => `#/facts/${seg(key)}`,
  articlesOf: (source) => `#/articles?source=${encodeURIComponent(source)}`,
};

const sourceLink = (id) => h('a', { href: link.source(id), class: 'source-link' }, id);
const sourceList = (ids) => (ids?.length ? ids.flatMap((id, i) => (i ? [', ', sourceLink(id)] : [sourceLink(id)])) : '—');

function hashWith(path, params) {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '' && v !== false));
  const text = q.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}

// ---- router ------------------------------------------------------------------------------------------------

async function render({ moveFocus }) {
  const id = ++renderCount;
  hideTooltip();
  const raw = location.hash.startsWith('#/') ? location.hash.slice(1) : '/sources';
  const [path, query = ''] = raw.split('?');
  const params = Object.fromEntries(new URLSearchParams(query));
  const section = path.split('/')[1] || 'sources';
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === section) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  const match = routes.map(([re, view]) => [path.match(re), view]).find(([m]) => m);
  main.setAttribute('aria-busy', 'true');
  announce('Loading…');
  let content;
  try {
    content = match ? await match[1](match[0].slice(1).map(decodeURIComponent), params) : notFound(path);
  } catch (e) {
    content = errorView(e);
  }
  if (id !== renderCount) return; // a newer navigation won
  main.replaceChildren(...[content].flat(Infinity).filter((node) => node !== null && node !== undefined && node !== false));
  main.removeAttribute('aria-busy');
  const heading = main.querySelector('h1');
  document.title = `${heading?.textContent ?? 'Pipeline'} · Pipeline dashboard`;
  announce(`${heading?.textContent ?? 'Page'} loaded`);
  if (moveFocus && heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

function announce(text) {
  statusLine.textContent = text;
}

function notFound(path) {
  return [h('h1', {}, 'Not found'), h('p', {}, `Nothing lives at #${path}. `, h('a', { href: '#/sources' }, 'Back to the sources.'))];
}

function errorView(e) {
  if (e instanceof ApiError && e.status === 401) return keyForm(Boolean(apiKey()));
  const detail = e instanceof ApiError ? `${e.status}: ${e.message}` : String(e?.message ?? e);
  return [h('h1', {}, 'Something went wrong'), h('p', { class: 'error', role: 'alert' }, `The API answered ${detail}`),
    h('p', {}, h('button', { type: 'button', onclick: () => render({ moveFocus: true }) }, 'Try again'))];
}

/** 401: the app listens beyond loopback and wants its key in x-functions-key. */
function keyForm(rejected) {
  const input = h('input', { id: 'api-key', name: 'api-key', type: 'password', autocomplete: 'off', required: true, 'aria-describedby': 'api-key-help' });
  return [
    h('h1', {}, 'API key required'),
    h('p', { class: 'error', role: 'alert' }, rejected
      ? 'The API rejected the key you entered. Check it and try again.'
      : 'This Pipeline is reachable beyond this machine, so its API needs a key.'),
    h('form', {
      class: 'key-form',
      onsubmit: (event) => {
        event.preventDefault();
        setApiKey(input.value.trim());
        render({ moveFocus: true });
      },
    },
    h('label', { for: 'api-key' }, 'API key'),
    input,
    h('p', { id: 'api-key-help', class: 'hint' }, 'The Pipeline:ApiKey setting (or the function key). It is sent as the x-functions-key header and kept for this browser tab only.'),
    h('button', { type: 'submit' }, 'Use this key')),
  ];
}

/** "Load more" that follows the API's continuation token, appending rows to a tbody (or any container). */
function loadMore(fetchPage, appendItems, token) {
  const button = h('button', { type: 'button', class: 'load-more' }, 'Load more');
  const wrapper = h('p', { class: 'more' }, button);
  let next = token;
  wrapper.hidden = !next;
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = 'Loading…';
    try {
      const page = await fetchPage(next);
      const count = appendItems(page.items);
      next = page.continuationToken;
      announce(`${count} more loaded`);
    } catch (e) {
      wrapper.after(h('p', { class: 'error', role: 'alert' }, `Could not load more: ${e.message}`));
    } finally {
      button.disabled = false;
      button.textContent = 'Load more';
      wrapper.hidden = !next;
    }
  });
  return wrapper;
}

// ---- sources -----------------------------------------------------------------------------------------------

const SORTS = { score: 'Score (95% lower bound)', claims: 'Claims', name: 'Name' };

async function sourcesView(q) {
  const sort = SORTS[q.sort] ? q.sort : 'score';
  const minClaims = /^\d+$/.test(q.minClaims ?? '') ? q.minClaims : '';
  const fetchPage = (token) => api('/sources', { sort, minClaims, limit: PAGE, continuationToken: token });
  const first = await fetchPage();
  const tbody = h('tbody');
  let rank = 0;
  const append = (items) => {
    for (const src of items) tbody.append(sourceRow(src, ++rank));
    return items.length;
  };
  append(first.items);
  const sortHeader = (key, text, attrs = {}) => h('th', { scope: 'col', 'aria-sort': sort === key ? (key === 'name' ? 'ascending' : 'descending') : null, ...attrs },
    h('a', { href: hashWith('/sources', { sort: key, minClaims }), class: 'sort', 'aria-label': `${text}: sort by ${SORTS[key].toLowerCase()}` }, text,
      sort === key ? h('span', { 'aria-hidden': 'true' }, key === 'name' ? ' ▲' : ' ▼') : null));
  const sortSelect = h('select', { id: 'sort', name: 'sort' }, Object.entries(SORTS).map(([k, v]) => h('option', { value: k, selected: k === sort }, v)));
  const minInput = h('input', { id: 'min-claims', name: 'minClaims', type: 'number', min: 0, step: 1, inputmode: 'numeric', value: minClaims, placeholder: '0' });
  return [
    h('h1', {}, 'Sources'),
    h('p', { class: 'lede' }, 'Each outlet\u2019s reliability: the score (dot) and its 95% credible interval (bar) on a 0\u20131 scale. A wide bar means few checkable claims: the data cannot yet tell.'),
    h('form', {
      class: 'filters',
      onsubmit: (event) => {
        event.preventDefault();
        location.hash = hashWith('/sources', { sort: sortSelect.value, minClaims: minInput.value });
      },
    },
    h('div', { class: 'field' }, h('label', { for: 'sort' }, 'Sort by'), sortSelect),
    h('div', { class: 'field' }, h('label', { for: 'min-claims' }, 'Minimum claims'), minInput),
    h('button', { type: 'submit' }, 'Apply')),
    h('div', { class: 'table-wrap' },
      h('table', { class: 'leaderboard', id: 'leaderboard' },
        h('caption', {}, `Sources by ${SORTS[sort].toLowerCase()}${minClaims ? `, at least ${minClaims} claims` : ''}`),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Rank'), h('span', { 'aria-hidden': 'true' }, '#')),
          sortHeader('name', 'Source'),
          h('th', { scope: 'col', class: 'chart-col' }, h('span', { class: 'visually-hidden' }, 'Score and 95% interval chart'), intervalAxis()),
          sortHeader('score', 'Score', { class: 'num' }),
          h('th', { scope: 'col', class: 'num' }, '95% interval'),
          sortHeader('claims', 'Claims', { class: 'num' }),
          h('th', { scope: 'col', class: 'num' }, 'Agreed'),
          h('th', { scope: 'col', class: 'num' }, 'Contradicted'),
          h('th', { scope: 'col', class: 'num' }, 'Unique'),
          h('th', { scope: 'col', class: 'num' }, 'Hedged'),
          h('th', { scope: 'col', class: 'num' }, 'Copies'),
          h('th', { scope: 'col', class: 'num' }, 'Flags'))),
        tbody)),
    first.items.length ? null : h('p', { class: 'empty' }, minClaims ? `No source has ${minClaims} or more claims yet.` : 'No source has been scored yet: upload articles and wait for the rollup.'),
    loadMore(fetchPage, append, first.continuationToken),
  ];
}

function sourceRow(src, rank) {
  return h('tr', { dataset: { source: src.source } },
    h('td', { class: 'num' }, rank),
    h('th', { scope: 'row' }, sourceLink(src.source)),
    h('td', { class: 'chart-col' }, intervalBar(src)),
    h('td', { class: 'num' }, fmt.score(src.score)),
    h('td', { class: 'num nowrap' }, `${fmt.score(src.lower)}\u2013${fmt.score(src.upper)}`),
    h('td', { class: 'num' }, fmt.int(src.claims)),
    h('td', { class: 'num' }, fmt.int(src.agreements)),
    h('td', { class: 'num' }, fmt.int(src.contradictions)),
    h('td', { class: 'num' }, fmt.int(src.unique)),
    h('td', { class: 'num' }, fmt.int(src.hedged)),
    h('td', { class: 'num' }, fmt.int(src.copies)),
    h('td', { class: 'num' }, fmt.int(src.flags)));
}

async function sourceView(id) {
  const detail = await api(`/sources/${seg(id)}`);
  const { source: src, explanation: ex } = detail;
  const evidenceTable = (caption, rows) => (rows?.length
    ? h('table', {}, h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ['Fact', 'Stated', 'Consensus', 'Correctness', 'Backed by'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows.map((e) => h('tr', {},
        h('th', { scope: 'row' }, h('a', { href: link.fact(e.factKey) }, e.factKey)),
        h('td', {}, e.stated), h('td', {}, e.consensus), h('td', { class: 'num' }, fmt.percent(e.correctness)), h('td', {}, sourceList(e.backedBy))))))
    : h('p', { class: 'empty' }, `${caption}: none.`));
  return [
    h('p', { class: 'crumbs' }, h('a', { href: '#/sources' }, 'Sources'), ' / '),
    h('h1', {}, src.source),
    h('div', { class: 'summary' },
      h('div', { class: 'big-interval' }, intervalAxis({ width: 440 }), intervalBar(src, { width: 440, height: 32 })),
      h('dl', { class: 'stats' },
        stat('Score', fmt.score(src.score)), stat('95% interval', `${fmt.score(src.lower)}\u2013${fmt.score(src.upper)}`),
        stat('Claims', fmt.int(src.claims)), stat('Agreed', fmt.int(src.agreements)), stat('Contradicted', fmt.int(src.contradictions)),
        stat('Unique', fmt.int(src.unique)), stat('Hedged', fmt.int(src.hedged)), stat('Copies', fmt.int(src.copies)), stat('Flags', fmt.int(src.flags)),
        stat('Updated', fmt.dateTime(src.updatedAt)))),
    h('p', {}, h('a', { href: link.articlesOf(src.source) }, `Articles from ${src.source}`)),
    h('h2', {}, 'Why this score'),
    evidenceTable('Agreed with the consensus', ex?.agreed),
    evidenceTable('Contradicted by the consensus', ex?.contradicted),
    ex?.discountedCopies?.length
      ? h('table', {}, h('caption', {}, 'Discounted copies (near-duplicate articles add no evidence)'),
        h('thead', {}, h('tr', {}, ['Claim', 'Article', 'Copy of article'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, ex.discountedCopies.map((c) => h('tr', {}, h('td', {}, c.claimId), h('td', {}, h('a', { href: link.article(c.articleId) }, c.articleId)),
          h('td', {}, c.copyOf ? h('a', { href: link.article(c.copyOf) }, c.copyOf) : '—')))))
      : null,
    ex?.flags?.length
      ? h('table', {}, h('caption', {}, 'Consistency flags'),
        h('thead', {}, h('tr', {}, ['Kind', 'Message', 'Article'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, ex.flags.map((f) => h('tr', {}, h('td', {}, f.kind), h('td', {}, f.message), h('td', {}, h('a', { href: link.article(f.articleId) }, 'open'))))))
      : null,
  ];
}

const stat = (term, value) => h('div', {}, h('dt', {}, term), h('dd', {}, value));

// ---- articles ----------------------------------------------------------------------------------------------

async function articlesView(q) {
  const params = { source: q.source ?? '', from: q.from ?? '', to: q.to ?? '' };
  const fetchPage = (token) => api('/articles', { ...params, limit: PAGE, continuationToken: token });
  const [first, sources] = await Promise.all([fetchPage(), api('/sources', { sort: 'name', limit: 200 }).catch(() => ({ items: [] }))]);
  const tbody = h('tbody');
  const append = (items) => {
    for (const a of items) {
      tbody.append(h('tr', {},
        h('td', { class: 'nowrap' }, fmt.date(a.publishedAt)),
        h('td', {}, sourceLink(a.source)),
        h('th', { scope: 'row' }, h('a', { href: link.article(a.articleId) }, a.title || a.firstBlob || a.articleId)),
        h('td', {}, h('span', { class: `status status-${a.status}` }, a.status)),
        h('td', { class: 'num' }, fmt.int(a.claimCount))));
    }
    return items.length;
  };
  append(first.items);
  const names = sources.items.map((x) => x.source);
  if (params.source && !names.includes(params.source)) names.push(params.source);
  const select = h('select', { id: 'article-source', name: 'source' }, h('option', { value: '' }, 'All sources'),
    names.sort().map((n) => h('option', { value: n, selected: n === params.source }, n)));
  const from = h('input', { id: 'article-from', name: 'from', type: 'date', value: params.from });
  const to = h('input', { id: 'article-to', name: 'to', type: 'date', value: params.to });
  return [
    h('h1', {}, params.source ? `Articles from ${params.source}` : 'Articles'),
    h('form', {
      class: 'filters',
      onsubmit: (event) => {
        event.preventDefault();
        location.hash = hashWith('/articles', { source: select.value, from: from.value, to: to.value });
      },
    },
    h('div', { class: 'field' }, h('label', { for: 'article-source' }, 'Source'), select),
    h('div', { class: 'field' }, h('label', { for: 'article-from' }, 'Published from'), from),
    h('div', { class: 'field' }, h('label', { for: 'article-to' }, 'Published to'), to),
    h('button', { type: 'submit' }, 'Filter')),
    h('div', { class: 'table-wrap' }, h('table', { class: 'articles' },
      h('caption', {}, params.source ? `Articles from ${params.source}` : 'All articles'),
      h('thead', {}, h('tr', {}, ['Published', 'Source', 'Title', 'Status', 'Claims'].map((t) => h('th', { scope: 'col', class: t === 'Claims' ? 'num' : null }, t)))),
      tbody)),
    first.items.length ? null : h('p', { class: 'empty' }, 'No article matches.'),
    loadMore(fetchPage, append, first.continuationToken),
  ];
}

async function articleView(id) {
  const [{ article, text }, claims] = await Promise.all([api(`/articles/${seg(id)}`), api(`/articles/${seg(id)}/claims`)]);
  const keys = [...new Set(claims.map((c) => c.factKey).filter(Boolean))];
  const [detail, facts] = await Promise.all([
    apiOrNull(`/sources/${seg(article.source)}`).catch(() => null),
    Promise.all(keys.map((k) => apiOrNull(`/facts/${seg(k)}`).catch(() => null))),
  ]);
  const factByKey = new Map(keys.map((k, i) => [k, facts[i]]));
  const info = new Map(claims.map((c) => {
    const fact = c.factKey ? factByKey.get(c.factKey) : null;
    return [c.id, { claim: c, fact, ...classify(c, article.source, detail?.explanation, fact) }];
  }));
  const counts = Object.fromEntries(CATEGORIES.map((k) => [k, 0]));
  for (const i of info.values()) counts[i.category]++;

  const descriptions = h('div', { class: 'visually-hidden' });
  for (const i of info.values()) descriptions.append(h('div', { id: `claim-desc-${i.claim.id}` }, claimSummary(i)));
  const body = h('div', { class: 'article-text', id: 'article-text' });
  const { pieces, dropped } = segments(text, claims);
  for (const piece of pieces) {
    if (!piece.claims.length) {
      body.append(document.createTextNode(piece.text));
      continue;
    }
    const top = info.get(piece.claims[0].id);
    const focusable = piece.starting.length > 0;
    const ids = piece.claims.map((c) => c.id);
    body.append(h('mark', {
      class: `claim claim-${top.category}${piece.claims.some((c) => c.hedged) ? ' is-hedged' : ''}${piece.claims.length > 1 ? ' overlaps' : ''}`,
      dataset: { claims: ids.join(' '), category: top.category, verdict: top.verdict },
      tabindex: focusable ? 0 : null,
      role: focusable ? 'button' : null,
      'aria-describedby': focusable ? piece.starting.map((c) => `claim-desc-${c.id}`).join(' ') : null,
      onmouseenter: (e) => showTooltip(e.currentTarget, ids.map((c) => info.get(c))),
      onmouseleave: hideTooltip,
      onfocus: (e) => showTooltip(e.currentTarget, ids.map((c) => info.get(c))),
      onblur: hideTooltip,
      onclick: () => revealClaimRow(piece.starting[0]?.id ?? ids[0]),
      onkeydown: (e) => {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); revealClaimRow(piece.starting[0]?.id ?? ids[0]); }
      },
    }, piece.text));
  }

  return [
    h('p', { class: 'crumbs' }, h('a', { href: '#/articles' }, 'Articles'), ' / ', h('a', { href: link.articlesOf(article.source) }, article.source), ' /'),
    h('h1', { class: 'article-title' }, article.title || article.articleId),
    h('p', { class: 'meta' }, sourceLink(article.source), ` \u00b7 published ${fmt.date(article.publishedAt)} \u00b7 ${article.status} \u00b7 ${claims.length} claims`),
    legend(counts),
    h('p', { class: 'hint' }, 'Every highlighted claim is focusable: Tab to it for its value, bounds, fact and attribution; Enter jumps to its row below. Esc hides the details.'),
    body,
    descriptions,
    dropped ? h('p', { class: 'error' }, `${dropped} claim(s) had offsets outside the text and are only listed below.`) : null,
    h('h2', { id: 'claims-heading' }, 'Claims'),
    claimsTable([...info.values()]),
  ];
}

function legend(counts) {
  return h('ul', { class: 'legend', 'aria-label': 'Highlight colours' },
    CATEGORIES.map((k) => h('li', {}, h('mark', { class: `claim claim-${k} swatch`, 'aria-hidden': 'true' }, k), ` ${CATEGORY_LABELS[k]} (${counts[k]})`)));
}

function valueText(c) {
  const v = c.value || {};
  if (typeof v.number === 'number' || typeof v.lower === 'number') {
    const number = typeof v.number === 'number' ? fmt.int(v.number) : '—';
    const bounds = typeof v.lower === 'number' || typeof v.upper === 'number'
      ? ` (bounds ${typeof v.lower === 'number' ? fmt.int(v.lower) : '−∞'}\u2013${typeof v.upper === 'number' ? fmt.int(v.upper) : '∞'})` : '';
    return `${number}${v.unit ? ` ${v.unit}` : ''}${bounds}`;
  }
  if (v.start || v.end) return `${v.start ?? '?'}${v.end && v.end !== v.start ? ` to ${v.end}` : ''}${v.precision ? ` (${v.precision})` : ''}`;
  return '—';
}

const attributionText = (c) => (c.attribution ? (typeof c.attribution === 'string' ? c.attribution : JSON.stringify(c.attribution)) : 'none');

function claimSummary(i) {
  const c = i.claim;
  return `${CATEGORY_LABELS[i.category]}. Claim \u201c${c.text}\u201d: value ${valueText(c)}, ${c.qualifier ?? 'exact'}; `
    + `fact ${c.factKey ?? 'none'}${i.fact ? `, consensus ${i.fact.label ?? 'none'}` : ''}; verdict ${i.verdict}; attribution ${attributionText(c)}`
    + `${c.hedged ? `; hedged by \u201c${c.hedgeCue ?? ''}\u201d` : ''}.`;
}

function claimDetails(i) {
  const c = i.claim;
  return h('div', { class: `tip-claim tip-${i.category}` },
    h('p', { class: 'tip-title' }, h('strong', {}, CATEGORY_LABELS[i.category]), i.category !== i.verdict ? ` (verdict: ${i.verdict})` : ''),
    h('dl', {},
      stat('Claim', `\u201c${c.text}\u201d`),
      stat('Value', valueText(c)),
      stat('Qualifier', c.qualifier ?? '—'),
      stat('Fact', c.factKey ?? '—'),
      stat('Consensus', i.fact ? `${i.fact.label ?? 'none'} (${fmt.percent(i.fact.confidence)})` : 'not rolled up'),
      stat('Attribution', attributionText(c)),
      c.hedged ? stat('Hedge', c.hedgeCue ?? 'yes') : null));
}

function claimsTable(items) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'claims', 'aria-labelledby': 'claims-heading' },
    h('thead', {}, h('tr', {}, ['Claim', 'Category', 'Value', 'Fact', 'Consensus', 'Attribution', 'Hedge'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, items.sort((a, b) => a.claim.start - b.claim.start).map((i) => h('tr', { id: `claim-${i.claim.id}`, tabindex: '-1' },
      h('th', { scope: 'row' }, i.claim.text),
      h('td', {}, h('mark', { class: `claim claim-${i.category} swatch` }, i.category), i.category !== i.verdict ? ` (${i.verdict})` : ''),
      h('td', {}, valueText(i.claim)),
      h('td', {}, i.claim.factKey ? h('a', { href: link.fact(i.claim.factKey) }, i.claim.factKey) : '—'),
      h('td', {}, i.fact ? i.fact.label ?? 'none' : '—'),
      h('td', {}, attributionText(i.claim)),
      h('td', {}, i.claim.hedged ? i.claim.hedgeCue ?? 'yes' : '—'))))));
}

function revealClaimRow(claimId) {
  const row = document.getElementById(`claim-${claimId}`);
  if (!row) return;
  row.classList.add('flash');
  row.focus();
  setTimeout(() => row.classList.remove('flash'), 1600);
}

function showTooltip(target, infos) {
  tooltip.replaceChildren(...infos.filter(Boolean).map(claimDetails));
  tooltip.hidden = false;
  const r = target.getBoundingClientRect();
  const width = Math.min(360, window.innerWidth - 16);
  tooltip.style.maxWidth = `${width}px`;
  const left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + window.innerWidth - width - 8));
  tooltip.style.left = `${left}px`;
  const below = r.bottom + window.scrollY + 8;
  tooltip.style.top = `${below}px`;
  const height = tooltip.offsetHeight;
  if (r.bottom + height + 8 > window.innerHeight && r.top > height + 8) tooltip.style.top = `${r.top + window.scrollY - height - 8}px`;
}

function hideTooltip() {
  tooltip.hidden = true;
}

// ---- conflicts and facts -----------------------------------------------------------------------------------

async function conflictsView() {
  const fetchPage = (token) => api('/conflicts', { limit: PAGE, continuationToken: token });
  const first = await fetchPage();
  const list = h('div', { class: 'conflicts' });
  const append = (items) => {
    for (const f of items) list.append(conflictCard(f));
    return items.length;
  };
  append(first.items);
  return [
    h('h1', {}, 'Conflicts'),
    h('p', { class: 'lede' }, 'Facts on which independent sources disagree: the consensus the rollup chose, and each competing value with who stated it.'),
    first.items.length ? null : h('p', { class: 'empty' }, 'No contested fact.'),
    list,
    loadMore(fetchPage, append, first.continuationToken),
  ];
}

function conflictCard(f) {
  const headingId = `conflict-${f.factKey.replace(/[^a-zA-Z0-9-]/g, '_')}`;
  return h('section', { class: 'card', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, h('a', { href: link.fact(f.factKey) }, f.factKey)),
    h('table', { class: 'competing' },
      h('caption', { class: 'visually-hidden' }, `Competing values for ${f.factKey}`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col', class: 'num' }, 'Belief'), h('th', { scope: 'col' }, 'Stated by'))),
      h('tbody', {},
        h('tr', { class: 'consensus-row' },
          h('th', { scope: 'row' }, f.label ?? 'none', h('span', { class: 'badge' }, 'consensus')),
          h('td', { class: 'num' }, beliefBar(f.confidence)),
          h('td', {}, sourceList(f.agreeingSources))),
        f.conflicts.map((c) => h('tr', {},
          h('th', { scope: 'row' }, c.value),
          h('td', { class: 'num' }, beliefBar(c.belief)),
          h('td', {}, sourceList(c.sources)))))),
    f.copies?.length ? h('p', { class: 'hint' }, `${f.copies.length} copied claim(s) discounted (from ${[...new Set(f.copies.map((c) => c.source))].join(', ')}).`) : null);
}

function beliefBar(x) {
  const pct = Math.round(Math.min(1, Math.max(0, x ?? 0)) * 100);
  return h('span', { class: 'belief' }, h('span', { class: 'belief-bar', 'aria-hidden': 'true' }, h('span', { style: `width:${pct}%` })), ` ${pct}%`);
}

async function factsView(q) {
  const params = { measure: q.measure ?? '', contested: q.contested === 'true' ? 'true' : '' };
  const fetchPage = (token) => api('/facts', { ...params, limit: PAGE, continuationToken: token });
  const first = await fetchPage();
  const tbody = h('tbody');
  const append = (items) => {
    for (const f of items) {
      tbody.append(h('tr', {},
        h('th', { scope: 'row' }, h('a', { href: link.fact(f.factKey) }, f.factKey)),
        h('td', {}, f.label ?? '—'),
        h('td', { class: 'num' }, fmt.percent(f.confidence)),
        h('td', {}, sourceList(f.agreeingSources)),
        h('td', { class: 'num' }, f.conflicts.length),
        h('td', {}, f.contested ? 'yes' : 'no')));
    }
    return items.length;
  };
  append(first.items);
  const measure = h('input', { id: 'fact-measure', name: 'measure', type: 'text', value: params.measure, placeholder: 'e.g. persons-released' });
  const contested = h('input', { id: 'fact-contested', name: 'contested', type: 'checkbox', checked: params.contested === 'true' });
  return [
    h('h1', {}, 'Facts'),
    h('form', {
      class: 'filters',
      onsubmit: (event) => {
        event.preventDefault();
        location.hash = hashWith('/facts', { measure: measure.value.trim(), contested: contested.checked ? 'true' : '' });
      },
    },
    h('div', { class: 'field' }, h('label', { for: 'fact-measure' }, 'Measure'), measure),
    h('div', { class: 'field check' }, contested, h('label', { for: 'fact-contested' }, 'Contested only')),
    h('button', { type: 'submit' }, 'Filter')),
    h('div', { class: 'table-wrap' }, h('table', {},
      h('caption', {}, 'Facts and their consensus'),
      h('thead', {}, h('tr', {}, ['Fact', 'Consensus', 'Confidence', 'Agreeing sources', 'Conflicts', 'Contested'].map((t) => h('th', { scope: 'col' }, t)))),
      tbody)),
    first.items.length ? null : h('p', { class: 'empty' }, 'No fact matches.'),
    loadMore(fetchPage, append, first.continuationToken),
  ];
}

async function factView(key) {
  const f = await api(`/facts/${seg(key)}`);
  const rows = [
    ...f.agreeingSources.map((source) => ({ source, label: f.label, agrees: true, belief: f.confidence })),
    ...f.conflicts.flatMap((c) => c.sources.map((source) => ({ source, label: c.value, agrees: false, belief: c.belief }))),
  ];
  return [
    h('p', { class: 'crumbs' }, h('a', { href: '#/facts' }, 'Facts'), ' /'),
    h('h1', {}, f.factKey),
    h('p', { class: 'lede' }, `Consensus ${f.label ?? 'none'} with ${fmt.percent(f.confidence)} confidence; ${f.contested ? 'contested' : 'not contested'}.`),
    rows.length
      ? h('figure', { class: 'fact-figure' }, factChart(f.factKey, rows, { label: f.label, value: f.value }),
        h('figcaption', {}, 'Each source\u2019s value on one axis: circles agree with the consensus (the dashed line), diamonds conflict.'))
      : h('p', { class: 'empty' }, 'No source states this fact.'),
    h('table', {},
      h('caption', {}, 'Values by source'),
      h('thead', {}, h('tr', {}, ['Source', 'Value', 'Agrees with consensus', 'Belief in that value'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, sourceLink(r.source)), h('td', {}, r.label ?? '—'), h('td', {}, r.agrees ? 'yes' : 'no'),
        h('td', { class: 'num' }, fmt.percent(r.belief)))))),
    f.copies?.length
      ? h('p', { class: 'hint' }, `Discounted copies: ${f.copies.map((c) => `${c.source} (claim ${c.claimId})`).join(', ')}.`)
      : null,
  ];
}

// ---- start -------------------------------------------------------------------------------------------------

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') hideTooltip();
});
window.addEventListener('hashchange', () => {
  // In-page anchors such as the skip link (#main) are not routes.
  if (location.hash && !location.hash.startsWith('#/')) return;
  render({ moveFocus: true });
});
window.addEventListener('scroll', hideTooltip, { passive: true });
render({ moveFocus: false });
