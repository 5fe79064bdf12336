// The page: hash routes (#/national, #/departements/69, …), the header's session block, the navigation. Each view
// is a module that renders into <main> from the API; this file decides which one, and who may see which links.

import {h, clear, notice} from './dom.js';
import * as auth from './auth.js';
import {explain, whenUnauthorized} from './api.js';
import {departement} from './labels.js';
import {render as signin} from './views/signin.js';
import {render as national} from './views/national.js';
import {render as departementView} from './views/departement.js';
import {render as sectors} from './views/sectors.js';
import {render as contract} from './views/contract.js';
import {render as audit} from './views/audit.js';
import {render as timeline} from './views/timeline.js';

const ROUTES = [
  {pattern: /^#\/connexion$/, view: signin, public: true},
  {pattern: /^#\/national$/, view: national},
  {pattern: /^#\/departements\/([^/?]+)$/, view: departementView},
  {pattern: /^#\/departements\/([^/?]+)\/secteurs$/, view: sectors},
  {pattern: /^#\/contrats\/([^/?]+)$/, view: contract},
  {pattern: /^#\/contrats\/([^/?]+)\/audit$/, view: audit},
  {pattern: /^#\/chronologie$/, view: timeline},
];

const main = document.getElementById('contenu');
const navigation = document.getElementById('navigation');
const sessionBlock = document.getElementById('session');
const announcer = document.getElementById('annonce');
let current = null;
let message = null;

/** Where a user starts: the national view for national readers, their département for a préfecture. */
function home(user) {
  if (auth.isNational(user)) return '#/national';
  if (user.departements.length > 0) return `#/departements/${encodeURIComponent(user.departements[0])}`;
  return '#/national';
}

function renderSession(user) {
  clear(sessionBlock);
  if (!user) return;
  sessionBlock.append(
    h('p', {class: 'session-utilisateur'},
      h('span', {class: 'lecteur-ecran'}, 'Connecté en tant que '),
      h('strong', {id: 'utilisateur'}, user.name),
      user.roles.length ? h('span', {class: 'session-roles'}, ` — ${user.roles.map(roleLabel).join(', ')}`) : null),
    h('button', {type: 'button', class: 'bouton bouton-secondaire', id: 'deconnexion', onclick: async () => {
      if (user.mode === 'oidc' && await auth.signOutAtIssuer()) return;
      auth.signOut();
      message = {text: 'Vous êtes déconnecté.', kind: 'info'};
      window.location.hash = '#/connexion';
    }}, 'Se déconnecter'));
}

function roleLabel(role) {
  return {PREFECTURE: 'préfecture', MINISTRY: 'ministère', INSPECTION: 'inspection', AUDITOR: 'audit',
    ADMIN: 'exploitation'}[role] ?? role;
}

function renderNavigation(user, hash) {
  clear(navigation);
  navigation.hidden = !user;
  if (!user) return;
  const links = [];
  if (auth.isNational(user)) links.push(['#/national', 'Tableau de bord national']);
  for (const code of user.departements) {
    links.push([`#/departements/${encodeURIComponent(code)}`, `Département : ${departement(code)}`]);
    links.push([`#/departements/${encodeURIComponent(code)}/secteurs`, 'Situation par secteur']);
  }
  if (auth.readsTimelines(user)) links.push(['#/chronologie', 'Chronologie']);
  navigation.append(h('ul', {}, links.map(([href, text]) =>
    h('li', {}, h('a', {href, 'aria-current': hash === href ? 'page' : null}, text)))));
}

/** A message to show on the next view (after a redirect), e.g. "session expired". */
export function flash(text, kind = 'info') {
  message = {text, kind};
}

async function route() {
  const hash = window.location.hash || '#/';
  // an anchor within the page (not a view): left to the browser
  if (!hash.startsWith('#/') && hash !== '#') return;
  const user = await auth.freshSession();
  if (hash === '#/' || hash === '#') {
    window.location.replace(user ? home(user) : '#/connexion');
    return;
  }
  const [path, queryString] = hash.split('?');
  const found = ROUTES.map(candidate => ({candidate, match: candidate.pattern.exec(path)}))
    .find(({match}) => match);
  if (!user && !(found && found.candidate.public)) {
    auth.rememberDestination(hash);
    window.location.replace('#/connexion');
    return;
  }
  renderSession(user);
  renderNavigation(user, path);

  current?.abort();
  const controller = new AbortController();
  current = controller;
  clear(main);
  main.setAttribute('aria-busy', 'true');
  delete main.dataset.rendu;
  if (message) {
    main.append(notice(message.text, message.kind));
    message = null;
  }
  const context = {
    main,
    user,
    params: found ? found.match.slice(1).map(decodeURIComponent) : [],
    query: new URLSearchParams(queryString || ''),
    signal: controller.signal,
    home: user ? home(user) : '#/connexion',
    title(text) {
      document.title = `${text} — Contrats locaux de sécurité`;
    },
  };
  try {
    if (!found) {
      context.title('Page introuvable');
      main.append(h('h1', {tabindex: '-1'}, 'Page introuvable'),
        h('p', {}, h('a', {href: context.home}, "Revenir à l'accueil")));
    } else {
      await found.candidate.view(context);
    }
  } catch (error) {
    if (error.name === 'AbortError' || controller.signal.aborted) return;
    console.error(error);
    main.append(notice(error.explained ?? explain(error, 'cette page')));
  } finally {
    if (current === controller) main.removeAttribute('aria-busy');
  }
  if (controller.signal.aborted) return;
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({preventScroll: false});
    announcer.textContent = heading.textContent;
  }
  // which view is fully shown (browser tests wait for it)
  main.dataset.rendu = hash;
}

async function start() {
  // the skip link moves the focus to the content without changing the route
  document.querySelector('.evitement').addEventListener('click', event => {
    event.preventDefault();
    main.focus();
  });
  whenUnauthorized(() => {
    auth.signOut();
    flash('Votre session a expiré ou a été refusée : reconnectez-vous.', 'erreur');
    auth.rememberDestination(window.location.hash);
    if (window.location.hash !== '#/connexion') window.location.hash = '#/connexion';
  });
  try {
    const user = await auth.completeOidcSignIn();
    if (user) {
      window.location.replace(auth.takeDestination() || home(user));
    }
  } catch (error) {
    flash(`Connexion impossible : ${error.message}.`, 'erreur');
    window.location.replace('#/connexion');
  }
  window.addEventListener('hashchange', route);
  await route();
}

start();
