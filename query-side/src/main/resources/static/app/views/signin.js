// Sign-in: the demo users of the embedded run, OpenID Connect with a real issuer, or a pasted token.

import {h, notice} from '../dom.js';
import * as auth from '../auth.js';

export async function render({main, title}) {
  title('Connexion');
  main.append(h('h1', {}, 'Connexion'));
  let config;
  try {
    config = await auth.loadConfig();
  } catch (error) {
    main.append(notice(`La configuration de connexion est indisponible : ${error.message}.`));
    return;
  }
  const user = auth.session();
  if (user) {
    main.append(notice(`Vous êtes connecté en tant que ${user.name}. Choisir un autre profil vous déconnecte.`,
      'info'));
  }
  const status = h('div', {id: 'connexion-etat', 'aria-live': 'assertive'});
  if (config.mode === 'demo') {
    main.append(demo(config.demoUsers, status));
  } else if (config.mode === 'oidc') {
    main.append(oidc(status));
  } else {
    main.append(pasted(status));
  }
  main.append(status);
}

function after(user) {
  window.location.hash = auth.takeDestination() || (auth.isNational(user) ? '#/national'
    : `#/departements/${encodeURIComponent(user.departements[0] ?? '')}`);
}

function fail(status, error) {
  status.replaceChildren(notice(`Connexion impossible : ${error.message}.`));
}

function demo(users, status) {
  return h('section', {'aria-labelledby': 'demo-titre', class: 'connexion'},
    h('h2', {id: 'demo-titre'}, 'Utilisateurs de démonstration'),
    h('p', {}, "Cette installation de démonstration (base embarquée, situation au 31 décembre 2002) propose des "
      + 'profils fictifs. Chacun ne voit que ce que son rôle permet de lire.'),
    h('ul', {class: 'profils'}, users.map(user => h('li', {},
      h('button', {
        type: 'button', class: 'profil', id: `profil-${user.id}`, 'data-user': user.id,
        onclick: async event => {
          const button = event.currentTarget;
          button.disabled = true;
          try {
            auth.signOut();
            after(await auth.signInAsDemoUser(user.id));
          } catch (error) {
            fail(status, error);
          } finally {
            button.disabled = false;
          }
        },
      }, h('span', {class: 'profil-nom'}, user.name), h('span', {class: 'profil-detail'}, user.description))))));
}

function oidc(status) {
  return h('section', {'aria-labelledby': 'oidc-titre', class: 'connexion'},
    h('h2', {id: 'oidc-titre'}, "Connexion avec votre compte de l'administration"),
    h('p', {}, "Vous allez être redirigé vers le fournisseur d'identité, puis ramené ici."),
    h('button', {type: 'button', class: 'bouton', id: 'connexion-oidc', onclick: async () => {
      try {
        await auth.startOidcSignIn();
      } catch (error) {
        fail(status, error);
      }
    }}, 'Se connecter'));
}

function pasted(status) {
  const area = h('textarea', {id: 'jeton', rows: '4', cols: '60', required: true, spellcheck: 'false',
    autocomplete: 'off', 'aria-describedby': 'jeton-aide'});
  return h('section', {'aria-labelledby': 'jeton-titre', class: 'connexion'},
    h('h2', {id: 'jeton-titre'}, "Connexion avec un jeton d'accès"),
    h('form', {onsubmit: event => {
      event.preventDefault();
      try {
        auth.signOut();
        after(auth.signInWithToken(area.value));
      } catch (error) {
        fail(status, error);
      }
    }},
    h('label', {for: 'jeton'}, "Jeton d'accès (JWT)"),
    h('p', {id: 'jeton-aide', class: 'aide'}, 'Sur une installation locale, ',
      h('code', {}, 'bin/token --roles MINISTRY --departements ""'), ' en fabrique un.'),
    area,
    h('p', {}, h('button', {type: 'submit', class: 'bouton'}, 'Se connecter'))));
}
