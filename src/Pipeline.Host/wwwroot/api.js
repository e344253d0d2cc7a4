// The JSON API under /api. The key (when the app listens beyond loopback) lives in sessionStorage only.

const KEY_STORAGE = 'pipeline.apiKey';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export function apiKey() {
  try { return sessionStorage.getItem(KEY_STORAGE) || ''; } catch { return ''; }
}

export function setApiKey(key) {
  try {
    if (key) sessionStorage.setItem(KEY_STORAGE, key); else sessionStorage.removeItem(KEY_STORAGE);
  } catch { /* storage disabled: the key lasts until reload */ }
}

/** GET /api{path}?params; empty params are left out. Throws ApiError with the problem details. */
export async function api(path, params = {}) {
  const url = new URL(`api${path}`, document.baseURI);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, String(value));
  }
  const headers = { Accept: 'application/json' };
  const key = apiKey();
  if (key) headers['x-functions-key'] = key;
  const response = await fetch(url, { headers });
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not JSON */ }
    throw new ApiError(response.status, problem);
  }
  return response.json();
}

/** The resource or null on 404: a fact or source the rollup has not produced yet. */
export async function apiOrNull(path, params) {
  try {
    return await api(path, params);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/** Path segment for an id that may hold '|' or '/': fact keys. */
export const seg = (id) => encodeURIComponent(id);
