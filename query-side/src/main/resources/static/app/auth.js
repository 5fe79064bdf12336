// Signing in, without any session on the server: the page gets an access token (a demo user's, from OpenID
// Connect, or pasted) and keeps it in sessionStorage, which dies with the tab and is not sent anywhere by itself,
// unlike a cookie. Every API call carries it as a bearer token; the services check it and decide.

const SESSION = 'cls.session';
const PKCE = 'cls.pkce';
const AFTER = 'cls.after';
let config = null;

/** GET /ui/config: how to sign in here (demo | oidc | token). */
export async function loadConfig() {
  if (!config) {
    const answer = await fetch('/ui/config', {headers: {Accept: 'application/json'}});
    if (!answer.ok) throw new Error(`configuration indisponible (${answer.status})`);
    config = await answer.json();
  }
  return config;
}

function stored() {
  try {
    return JSON.parse(sessionStorage.getItem(SESSION));
  } catch {
    return null;
  }
}

/**
 * The signed-in user whose token is still valid, or null: {token, expiresAt, name, subject, roles, departements,
 * mode}. An expired OpenID Connect session stays stored for freshSession() to refresh.
 */
export function session() {
  const user = stored();
  if (user && user.token && (!user.expiresAt || user.expiresAt > Date.now() + 5_000)) return user;
  if (!user?.refreshToken) sessionStorage.removeItem(SESSION);
  return null;
}

/** The signed-in user, after refreshing an expired OpenID Connect access token if need be. */
export async function freshSession() {
  return session() ?? refresh();
}

/** A new access token from the issuer with the refresh token (OpenID Connect only); null if it says no. */
async function refresh() {
  const user = stored();
  if (!user?.refreshToken || !user.tokenEndpoint) return null;
  try {
    const {clientId} = await loadConfig();
    const answer = await fetch(user.tokenEndpoint, {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json'},
      body: new URLSearchParams({grant_type: 'refresh_token', refresh_token: user.refreshToken, client_id: clientId}),
    });
    if (!answer.ok) throw new Error(`refresh refused (${answer.status})`);
    const tokens = await answer.json();
    return keep(tokens.access_token, 'oidc', {refreshToken: tokens.refresh_token ?? user.refreshToken,
      tokenEndpoint: user.tokenEndpoint});
  } catch {
    sessionStorage.removeItem(SESSION);
    return null;
  }
}

export function signOut() {
  sessionStorage.removeItem(SESSION);
}

/**
 * Signing out of an OpenID Connect session ends it at the issuer too (its end_session_endpoint), which sends the
 * browser back here; otherwise the next sign-in would go through without asking anyone.
 */
export async function signOutAtIssuer() {
  signOut();
  try {
    const [{clientId}, provider] = await Promise.all([loadConfig(), discovery()]);
    if (!provider.end_session_endpoint) return false;
    const url = new URL(provider.end_session_endpoint);
    url.search = new URLSearchParams({client_id: clientId, post_logout_redirect_uri: redirectUri()}).toString();
    window.location.assign(url.toString());
    return true;
  } catch {
    return false;
  }
}

/** Where to go back to once signed in (the view asked for before signing in). */
export function rememberDestination(hash) {
  if (hash && !hash.startsWith('#/connexion')) sessionStorage.setItem(AFTER, hash);
}

export function takeDestination() {
  const hash = sessionStorage.getItem(AFTER);
  sessionStorage.removeItem(AFTER);
  return hash;
}

/**
 * The claims of a JWT, read for display only (who is signed in, which views to offer): the page trusts nothing
 * here, the services verify the signature and enforce the roles.
 */
export function claims(token) {
  const parts = String(token).split('.');
  if (parts.length !== 3) throw new Error("ce n'est pas un jeton JWT");
  const json = new TextDecoder().decode(fromBase64Url(parts[1]));
  return JSON.parse(json);
}

function keep(token, mode, {refreshToken, tokenEndpoint} = {}) {
  const read = claims(token);
  const roles = Array.isArray(read.roles) ? read.roles
    : Array.isArray(read.realm_access?.roles) ? read.realm_access.roles : [];
  const stored = {
    token,
    mode,
    subject: read.sub ?? '',
    name: read.name ?? read.preferred_username ?? read.sub ?? '',
    roles,
    departements: Array.isArray(read.departements) ? read.departements : [],
    expiresAt: typeof read.exp === 'number' ? read.exp * 1000 : null,
    refreshToken,
    tokenEndpoint,
  };
  sessionStorage.setItem(SESSION, JSON.stringify(stored));
  return stored;
}

/** POST /ui/demo-token: a demo user of the embedded run. */
export async function signInAsDemoUser(user) {
  const answer = await fetch('/ui/demo-token', {
    method: 'POST',
    headers: {'Content-Type': 'application/json', Accept: 'application/json'},
    body: JSON.stringify({user}),
  });
  if (!answer.ok) throw new Error(`connexion refusée (${answer.status})`);
  const body = await answer.json();
  return keep(body.accessToken, 'demo');
}

/** A token pasted by the user (bin/token on a local run). */
export function signInWithToken(token) {
  return keep(token.trim(), 'token');
}

// --- OpenID Connect, authorization code with PKCE (RFC 7636), done by the page as a public client ----------------

async function discovery() {
  const {issuer} = await loadConfig();
  const answer = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
    {headers: {Accept: 'application/json'}});
  if (!answer.ok) throw new Error(`fournisseur d'identité injoignable (${answer.status})`);
  return answer.json();
}

function redirectUri() {
  return `${window.location.origin}/`;
}

/** Goes to the issuer's sign-in page; it comes back to this page with ?code=…&state=…. */
export async function startOidcSignIn() {
  const [{clientId, scopes}, provider] = await Promise.all([loadConfig(), discovery()]);
  const verifier = toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
  const state = toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
  const challenge = toBase64Url(new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  sessionStorage.setItem(PKCE, JSON.stringify({verifier, state, tokenEndpoint: provider.token_endpoint}));
  const url = new URL(provider.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri(),
    scope: scopes || 'openid',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.toString());
}

/**
 * Back from the issuer: exchanges the code for tokens (with the verifier only this tab knows) and keeps the access
 * token. Returns null when the URL carries no answer from the issuer.
 */
export async function completeOidcSignIn() {
  const query = new URLSearchParams(window.location.search);
  if (!query.has('code') && !query.has('error')) return null;
  const pending = JSON.parse(sessionStorage.getItem(PKCE) || 'null');
  sessionStorage.removeItem(PKCE);
  // the code must not stay in the address bar, the history or a bookmark
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
  if (query.has('error')) {
    throw new Error(`le fournisseur d'identité a refusé : ${query.get('error_description') || query.get('error')}`);
  }
  if (!pending || pending.state !== query.get('state')) {
    throw new Error("réponse du fournisseur d'identité inattendue (state) ; recommencez la connexion");
  }
  const {clientId} = await loadConfig();
  const answer = await fetch(pending.tokenEndpoint, {
    method: 'POST',
    headers: {'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json'},
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: query.get('code'),
      redirect_uri: redirectUri(),
      client_id: clientId,
      code_verifier: pending.verifier,
    }),
  });
  if (!answer.ok) throw new Error(`échange du code refusé (${answer.status})`);
  const tokens = await answer.json();
  return keep(tokens.access_token, 'oidc', {refreshToken: tokens.refresh_token, tokenEndpoint: pending.tokenEndpoint});
}

// --- roles, as the views offer them (the API decides) -------------------------------------------------------------

export function hasRole(user, ...roles) {
  return !!user && roles.some(role => user.roles.includes(role));
}

/** Reads every département: the ministry, inspection missions, auditors. */
export function isNational(user) {
  return hasRole(user, 'MINISTRY', 'INSPECTION', 'AUDITOR');
}

/** Reads timelines (api.md's security table): préfectures, inspection missions, auditors. */
export function readsTimelines(user) {
  return hasRole(user, 'PREFECTURE', 'INSPECTION', 'AUDITOR');
}

export function isAuditor(user) {
  return hasRole(user, 'AUDITOR');
}

function toBase64Url(bytes) {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  return Uint8Array.from(atob(base64), character => character.charCodeAt(0));
}
