// A département's view: its dashboard, its contracts, links to its sectors, its timeline and its year-end report.

import {h, table, notice, link, section, badge} from '../dom.js';
import {get, all, explained} from '../api.js';
import * as auth from '../auth.js';
import * as format from '../format.js';
import * as labels from '../labels.js';
import {openReport} from '../report.js';
import {keyFigures, flagCounts, coverageGaps, actionsByTheme, asOfLine, flagBadges, statusBadge, breadcrumbs}
  from './common.js';

export async function render({main, params: [code], signal, title, user}) {
  const name = labels.departement(code);
  title(`Département : ${name}`);
  if (auth.isNational(user)) main.append(breadcrumbs(['#/national', 'Tableau de bord national'], name));
  main.append(h('h1', {}, `Département : ${name}`));
  let dashboard;
  let contracts;
  try {
    [dashboard, contracts] = await Promise.all([
      get(`/dashboard/departements/${encodeURIComponent(code)}`, {signal}),
      all(`/contracts?departement=${encodeURIComponent(code)}`, {signal}),
    ]);
  } catch (error) {
    if (error.status === 403) {
      main.append(forbidden(code, user));
      return;
    }
    throw explained(error, `les données du département ${name}`);
  }
  main.append(asOfLine(dashboard.asOf), links(code, dashboard.asOf, user), keyFigures(dashboard),
    contractList(contracts, name), flagCounts(dashboard.flags),
    coverageGaps(dashboard.districtsWithProximityPolicingNotFullyCovered, {national: false}),
    actionsByTheme(dashboard.actions));
}

/** A préfecture asking for another département's data: the API says 403, the page says why. */
export function forbidden(code, user) {
  const own = user.departements.map(labels.departement).join(', ');
  return h('div', {},
    notice(`Accès refusé : les données du département ${labels.departement(code)} ne vous sont pas accessibles. `
      + (own ? `Votre profil permet de consulter : ${own}.` : '')),
    user.departements.length ? h('p', {}, link(`#/departements/${encodeURIComponent(user.departements[0])}`,
      `Aller au tableau de bord : ${labels.departement(user.departements[0])}`)) : null);
}

function links(code, asOf, user) {
  const lastYear = Number(String(asOf).slice(0, 4));
  const years = [];
  for (let year = lastYear; year >= 1998; year--) years.push(year);
  const select = h('select', {id: 'bilan-annee', name: 'annee'},
    years.map(year => h('option', {value: String(year)}, String(year))));
  const status = h('div', {id: 'bilan-etat', 'aria-live': 'polite'});
  const form = h('form', {class: 'bilan', onsubmit: async event => {
    event.preventDefault();
    status.replaceChildren();
    const problem = await openReport(code, select.value);
    if (problem) status.append(notice(problem));
  }},
  h('label', {for: 'bilan-annee'}, 'Bilan annuel de l\'année'), ' ', select, ' ',
  h('button', {type: 'submit', class: 'bouton', id: 'bilan-ouvrir'}, 'Ouvrir le bilan imprimable'),
  h('span', {class: 'aide'}, ' (nouvelle fenêtre)'), status);
  return h('div', {class: 'liens-departement'},
    h('ul', {class: 'liens'},
      h('li', {}, link(`#/departements/${encodeURIComponent(code)}/secteurs`, 'Situation par secteur',
        {id: 'lien-secteurs'})),
      auth.readsTimelines(user) ? h('li', {}, link(`#/chronologie?departement=${encodeURIComponent(code)}`,
        'Chronologie du département')) : null),
    form);
}

function actionSummary(actions) {
  const parts = labels.ACTION_STATUSES.filter(status => (actions?.[status] ?? 0) > 0)
    .map(status => `${format.integer(actions[status])} ${labels.actionStatus(status).toLowerCase()}`);
  return parts.length ? parts.join(', ') : 'aucune';
}

function contractList(contracts, name) {
  const byStatus = {SIGNED: 0, IN_PREPARATION: 1, ENDED: 2};
  const rows = [...contracts].sort((a, b) => (byStatus[a.status] ?? 3) - (byStatus[b.status] ?? 3)
    || String(a.title).localeCompare(String(b.title), 'fr'));
  return section('Contrats', table({
    caption: `Contrats locaux de sécurité — ${name}`,
    columns: [
      {label: 'Contrat', render: c => h('span', {}, link(`#/contrats/${encodeURIComponent(c.id)}`, c.title),
        h('br'), h('small', {class: 'identifiant'}, c.id))},
      {label: 'Périmètre', render: c => labels.scope(c.scope)},
      {label: 'Statut', render: c => statusBadge(c.status)},
      {label: 'Signé le', render: c => format.date(c.signedOn)},
      {label: 'Population couverte', numeric: true, render: c => format.integer(c.populationCovered)},
      {label: 'Dernier diagnostic', render: c => c.lastDiagnosticOn ? format.date(c.lastDiagnosticOn)
        : badge('aucun', 'alerte')},
      {label: 'Dernier comité de pilotage', render: c => format.date(c.lastCommitteeOn)},
      {label: 'Actions', render: c => actionSummary(c.actions)},
      {label: 'Signalements', render: c => flagBadges(c.flags, c.flagDetails)},
    ],
    rows,
    empty: "Aucun contrat n'est enregistré pour ce département.",
    id: 'table-contrats',
  }), {id: 'contrats'});
}
