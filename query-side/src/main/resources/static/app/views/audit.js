// The audit view (auditors): the hash-chain verification of a contract's events, its state as of an instant or a
// version, what changed between two versions, and the raw events with their metadata and hashes.

import {h, table, notice, section, badge, facts} from '../dom.js';
import {get, all, explain} from '../api.js';
import * as auth from '../auth.js';
import * as format from '../format.js';
import * as labels from '../labels.js';
import {breadcrumbs, statusBadge} from './common.js';

export async function render({main, params: [id], signal, title, user}) {
  title(`Audit du contrat ${id}`);
  main.append(breadcrumbs(['#/national', 'Tableau de bord national'], [`#/contrats/${encodeURIComponent(id)}`,
    `Contrat ${id}`], 'Audit'));
  main.append(h('h1', {}, `Audit du contrat ${id}`));
  if (!auth.isAuditor(user)) {
    main.append(notice("Accès refusé : l'audit est réservé aux auditeurs."));
    return;
  }
  const verification = section("Vérification de l'intégrité du journal", h('p', {class: 'chargement'},
    'Vérification en cours…'), {id: 'verification'});
  const events = section('Événements bruts', h('p', {class: 'chargement'}, 'Chargement des événements…'),
    {id: 'evenements'});
  const state = stateSection(id, signal);
  const diff = diffSection(id, signal);
  main.append(verification, state.element, diff.element, events);
  await Promise.all([verify(id, verification, signal), rawEvents(id, events, signal, state, diff)]);
}

async function verify(id, container, signal) {
  const heading = container.querySelector('h2');
  try {
    const result = await get(`/audit/verify?contractId=${encodeURIComponent(id)}`, {signal});
    const broken = result.firstBrokenAt;
    container.replaceChildren(heading, h('div', {id: 'resultat-verification', role: 'status',
      class: result.verified ? 'verification verification-ok' : 'verification verification-ko'},
    result.verified
      ? h('p', {}, badge('Journal vérifié', 'succes', {icon: '✔'}), ' ',
        `Les ${format.plural(result.events, 'événement')} de ce contrat ont été vérifiés : la chaîne d'empreintes `
        + "est intacte, aucun événement n'a été modifié, retiré ou inséré depuis son enregistrement.")
      : h('p', {}, badge('Journal altéré', 'danger', {icon: '✖'}), ' ',
        `Vérification échouée sur ${format.plural(result.events, 'événement')} : `
        + (broken ? `la chaîne est rompue à l'événement de séquence ${broken.sequence} (position ${broken.position}`
          + ` du journal, ${broken.aggregateId}).` : "la chaîne d'empreintes ne correspond pas."))));
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    container.replaceChildren(heading, notice(explain(error, 'la vérification de ce contrat')));
  }
}

/** The state as of an instant (date and time) or after a version, and a summary of it. */
function stateSection(id, signal) {
  const output = h('div', {id: 'etat-resultat', 'aria-live': 'polite'});
  const when = h('input', {type: 'datetime-local', id: 'etat-date', name: 'asOf', step: '1', required: true});
  const version = h('input', {type: 'number', id: 'etat-version', name: 'version', min: '1', step: '1',
    required: true, inputmode: 'numeric'});
  const show = async path => {
    output.replaceChildren(h('p', {class: 'chargement'}, 'Chargement…'));
    try {
      output.replaceChildren(stateView(await get(path, {signal})));
    } catch (error) {
      if (error.name === 'AbortError') return;
      output.replaceChildren(notice(explain(error, 'cet état du contrat')));
    }
  };
  const element = section('État du contrat à une date ou à une version', [
    h('p', {class: 'aide'}, "L'état est reconstruit à partir des seuls événements enregistrés jusque-là. Les dates "
      + "sont celles de l'enregistrement dans le journal (voir la liste des événements ci-dessous)."),
    h('div', {class: 'formulaires'},
      h('form', {class: 'filtres', id: 'form-etat-date', onsubmit: event => {
        event.preventDefault();
        // the whole second chosen: events are recorded to the millisecond
        const instant = new Date(new Date(when.value).getTime() + 999);
        if (Number.isNaN(instant.getTime())) return;
        show(`/audit/contracts/${encodeURIComponent(id)}/state?asOf=${encodeURIComponent(instant.toISOString())}`);
      }},
      h('div', {class: 'champ'}, h('label', {for: 'etat-date'}, 'Date et heure d\'enregistrement'), when),
      h('div', {class: 'champ'}, h('button', {type: 'submit', class: 'bouton'}, 'Voir l\'état à cette date'))),
      h('form', {class: 'filtres', id: 'form-etat-version', onsubmit: event => {
        event.preventDefault();
        show(`/audit/contracts/${encodeURIComponent(id)}/state?version=${encodeURIComponent(version.value)}`);
      }},
      h('div', {class: 'champ'}, h('label', {for: 'etat-version'}, 'Version (nombre d\'événements)'), version),
      h('div', {class: 'champ'}, h('button', {type: 'submit', class: 'bouton'}, 'Voir l\'état à cette version')))),
    output,
  ], {id: 'etat'});
  return {
    element,
    /** Once the events are known: defaults for the fields, and the current state shown. */
    prepare(events) {
      const last = events.at(-1);
      version.max = String(events.length);
      version.value = String(events.length);
      if (last?.timestamp) when.value = localInput(new Date(last.timestamp));
      if (events.length) show(`/audit/contracts/${encodeURIComponent(id)}/state?version=${events.length}`);
    },
    showVersion(n) {
      version.value = String(n);
      element.scrollIntoView({block: 'start'});
      show(`/audit/contracts/${encodeURIComponent(id)}/state?version=${n}`);
    },
  };
}

function stateView(answer) {
  const state = answer.state;
  const heading = answer.asOf
    ? `État au ${format.instant(answer.asOf)} : version ${answer.version} sur ${answer.currentVersion}`
    : `État à la version ${answer.version} sur ${answer.currentVersion}`;
  if (!state) {
    return h('div', {}, h('h3', {id: 'etat-titre'}, heading),
      h('p', {}, "Le contrat n'existait pas encore : aucun de ses événements n'était enregistré à cette date."));
  }
  return h('div', {},
    h('h3', {id: 'etat-titre'}, heading),
    facts([
      ['Titre', state.title],
      ['Statut', statusBadge(state.status)],
      ['Signé le', format.date(state.signedOn)],
      ['Partenaires', (state.partners ?? []).map(p => p.name).join(', ')],
      ['Diagnostic', state.diagnostic ? `version ${state.diagnostic.version} du ${format.date(state.diagnostic.adoptedOn)}`
        : 'aucun'],
      ['Actions', (state.actions ?? []).map(a => `${a.title} (${labels.actionStatus(a.status).toLowerCase()})`)
        .join(', ')],
      ['Comités de pilotage', format.integer((state.committeeMeetings ?? []).length)],
      ['Bilans annuels', (state.assessments ?? []).map(a => a.year).join(', ')],
      ['Position dans le journal', format.integer(answer.position)],
    ]),
    h('details', {}, h('summary', {}, 'État complet (JSON)'), h('pre', {class: 'json'},
      JSON.stringify(state, null, 2))));
}

/** What changed between two versions: the server's diff (?version=a&compareTo=b), else one made here. */
function diffSection(id, signal) {
  const output = h('div', {id: 'difference-resultat', 'aria-live': 'polite'});
  const from = h('input', {type: 'number', id: 'diff-de', min: '1', step: '1', required: true, inputmode: 'numeric'});
  const to = h('input', {type: 'number', id: 'diff-a', min: '1', step: '1', required: true, inputmode: 'numeric'});
  const compare = async () => {
    output.replaceChildren(h('p', {class: 'chargement'}, 'Comparaison…'));
    const base = `/audit/contracts/${encodeURIComponent(id)}/state`;
    try {
      let changes;
      try {
        const answer = await get(`${base}?version=${from.value}&compareTo=${to.value}`, {signal});
        changes = answer.changes;
      } catch (error) {
        if (error.status !== 400 || error.name === 'AbortError') throw error;
        changes = undefined;
      }
      if (!Array.isArray(changes)) {
        const [a, b] = await Promise.all([get(`${base}?version=${from.value}`, {signal}),
          get(`${base}?version=${to.value}`, {signal})]);
        changes = difference(a.state, b.state);
      }
      output.replaceChildren(table({
        caption: `Différences entre la version ${from.value} et la version ${to.value}`,
        columns: [
          {label: 'Élément', render: c => h('code', {}, c.path)},
          {label: `Version ${from.value}`, render: c => value(c.before)},
          {label: `Version ${to.value}`, render: c => value(c.after)},
        ],
        rows: changes,
        empty: 'Aucune différence entre ces deux versions.',
        id: 'table-differences',
      }));
    } catch (error) {
      if (error.name === 'AbortError') return;
      output.replaceChildren(notice(explain(error, 'ces versions du contrat')));
    }
  };
  const element = section('Différences entre deux versions', [
    h('form', {class: 'filtres', id: 'form-difference', onsubmit: event => {
      event.preventDefault();
      compare();
    }},
    h('div', {class: 'champ'}, h('label', {for: 'diff-de'}, 'De la version'), from),
    h('div', {class: 'champ'}, h('label', {for: 'diff-a'}, 'à la version'), to),
    h('div', {class: 'champ'}, h('button', {type: 'submit', class: 'bouton'}, 'Comparer'))),
    output,
  ], {id: 'difference'});
  return {
    element,
    prepare(events) {
      from.max = to.max = String(events.length);
      to.value = String(events.length);
      from.value = String(Math.max(1, events.length - 1));
    },
  };
}

function value(node) {
  if (node === null || node === undefined) return h('em', {}, 'absent');
  if (typeof node === 'object') return h('code', {class: 'json-court'}, JSON.stringify(node));
  return String(node);
}

/** A plain difference of two JSON states: each leaf that differs, by its JSON pointer. */
export function difference(before, after, path = '') {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const isObject = node => node !== null && typeof node === 'object';
  if (isObject(before) && isObject(after) && Array.isArray(before) === Array.isArray(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].filter(key => !(path === '' && (key === 'version' || key === 'position')))
      .flatMap(key => difference(before[key], after[key], `${path}/${key}`));
  }
  return [{path: path || '/', before: before ?? null, after: after ?? null}];
}

async function rawEvents(id, container, signal, state, diff) {
  const heading = container.querySelector('h2');
  let events;
  try {
    events = await all(`/audit/contracts/${encodeURIComponent(id)}/events`, {signal});
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    container.replaceChildren(heading, notice(explain(error, 'les événements de ce contrat')));
    return;
  }
  state.prepare(events);
  diff.prepare(events);
  container.replaceChildren(heading,
    h('p', {}, `${format.plural(events.length, 'événement')}, dans l'ordre de leur séquence. Chacun porte l'empreinte `
      + 'du précédent : modifier un événement rompt la chaîne.'),
    table({
      caption: `Événements enregistrés du contrat ${id}`,
      columns: [
        {label: 'Séquence', numeric: true, render: e => String(e.sequence)},
        {label: 'Type', render: e => h('span', {}, h('code', {}, e.type), e.revision ? ` (rév. ${e.revision})` : '')},
        {label: 'Enregistré le', render: e => format.instant(e.timestamp)},
        {label: 'Acteur', render: e => e.metadata?.actorName ?? e.metadata?.actor ?? ''},
        {label: 'Motif', render: e => e.metadata?.reason ?? ''},
        {label: 'Position', numeric: true, render: e => format.integer(e.position)},
        {label: 'Empreinte', render: e => e.hash ? h('code', {class: 'empreinte', title: e.hash},
          `${String(e.hash).slice(0, 12)}…`) : ''},
        {label: 'Détail', render: e => h('details', {},
          h('summary', {}, `Contenu et métadonnées (séquence ${e.sequence})`),
          h('pre', {class: 'json'}, JSON.stringify({payload: e.payload, metadata: e.metadata,
            previousHash: e.previousHash, hash: e.hash, eventId: e.eventId}, null, 2)),
          h('button', {type: 'button', class: 'bouton bouton-secondaire',
            onclick: () => state.showVersion(e.sequence + 1)}, `État après cet événement (version ${e.sequence + 1})`))},
      ],
      rows: events,
      empty: 'Aucun événement.',
      id: 'table-evenements',
    }));
}

/** A Date as the value of a datetime-local field (the reader's local time, to the second). */
function localInput(date) {
  const pad = n => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:`
    + `${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
