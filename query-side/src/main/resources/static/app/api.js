// The query side's JSON API, with the signed-in user's bearer token. Problems (RFC 9457) become ApiErrors, which
// views turn into French sentences with explain().

import {freshSession} from './auth.js';

const BASE = '/api/v1';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** Called when the token is refused (expired, revoked): the page goes back to sign-in. */
let onUnauthorized = () => {};

export function whenUnauthorized(callback) {
  onUnauthorized = callback;
}

async function call(path, {accept = 'application/json', signal} = {}) {
  const user = await freshSession();
  if (!user) {
    onUnauthorized();
    throw new ApiError(401, {detail: 'non connecté'});
  }
  let answer;
  try {
    answer = await fetch(`${BASE}${path}`, {
      headers: {Authorization: `Bearer ${user.token}`, Accept: accept},
      signal,
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, {detail: 'service injoignable'});
  }
  if (answer.status === 401) {
    onUnauthorized();
  }
  if (!answer.ok) {
    let problem = null;
    try {
      problem = await answer.json();
    } catch {
      // not a problem body
    }
    throw new ApiError(answer.status, problem);
  }
  return answer;
}

export async function get(path, options) {
  return (await call(path, options)).json();
}

export async function text(path, accept, options = {}) {
  return (await call(path, {...options, accept})).text();
}

/** Every item of a paged list ({items, nextCursor}), page after page, up to `max` items. */
export async function all(path, {signal, max = 5000} = {}) {
  const items = [];
  let cursor = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const page = await get(`${path}${separator}limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      {signal});
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < max);
  return items;
}

/** What went wrong, for the reader, in French; `what` names what was asked for ("le tableau de bord national"). */
export function explain(error, what) {
  const status = error?.status;
  if (status === 403) {
    return `Accès refusé : vos droits ne permettent pas de consulter ${what}.`;
  }
  if (status === 404) return `Introuvable : ${what} n'existe pas (ou pas encore).`;
  if (status === 401) return 'Votre session a expiré : reconnectez-vous.';
  if (status === 503) return 'Les données sont en cours de mise à jour ; réessayez dans quelques secondes.';
  if (status === 0) return 'Le service de lecture ne répond pas ; vérifiez votre connexion et réessayez.';
  if (status === 400) return `Demande incorrecte : ${error.message}`;
  return `Impossible d'afficher ${what} (erreur ${status ?? 'inconnue'}).`;
}

/** The error, with the sentence the page shows for it (main.js shows it when a view throws). */
export function explained(error, what) {
  if (error && typeof error === 'object' && !error.explained) error.explained = explain(error, what);
  return error;
}

export function path(strings, ...values) {
  return strings.reduce((out, part, index) =>
    out + part + (index < values.length ? encodeURIComponent(values[index]) : ''), '');
}
