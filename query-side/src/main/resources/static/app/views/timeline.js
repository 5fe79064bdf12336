// The timeline across contracts and districts (GET /timeline), for inspection missions, auditors and a
// préfecture's own départements: filtered by département, theme and period.

import {h, notice} from '../dom.js';
import {all, explain} from '../api.js';
import * as labels from '../labels.js';
import * as format from '../format.js';
import {timelineList} from './contract.js';

export async function render({main, query, signal, title, user}) {
  title('Chronologie');
  main.append(h('h1', {}, 'Chronologie des contrats et des circonscriptions'));
  const departement = query.get('departement') ?? (user.departements.length === 1 ? user.departements[0] : '');
  const theme = query.get('theme') ?? '';
  const from = query.get('du') ?? '';
  const to = query.get('au') ?? '';
  main.append(filters({departement, theme, from, to}));
  const results = h('section', {'aria-labelledby': 'resultats-titre', id: 'resultats'},
    h('h2', {id: 'resultats-titre'}, 'Événements'));
  main.append(results);
  const parameters = new URLSearchParams();
  if (departement) parameters.set('departement', departement);
  if (theme) parameters.set('theme', theme);
  if (from) parameters.set('from', `${from}T00:00:00Z`);
  if (to) parameters.set('to', `${to}T23:59:59Z`);
  let entries;
  try {
    entries = await all(`/timeline?${parameters}`, {signal, max: 2000});
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    results.append(notice(error.status === 403
      ? 'Accès refusé : la chronologie est réservée aux préfectures (pour leurs départements), aux missions '
        + "d'inspection et aux auditeurs."
      : explain(error, 'la chronologie')));
    return;
  }
  results.append(h('p', {class: 'resume'}, `${format.plural(entries.length, 'événement')}`
    + (entries.length >= 2000 ? ' (les 2 000 premiers ; précisez les filtres)' : '') + ', du plus ancien au plus récent.'),
  timelineList(entries, {withContract: true}));
}

function filters({departement, theme, from, to}) {
  const fields = {
    departement: h('input', {id: 'filtre-departement', name: 'departement', value: departement, size: '4',
      inputmode: 'text', pattern: '[0-9]{2,3}|2[AB]', 'aria-describedby': 'filtre-departement-aide'}),
    theme: h('select', {id: 'filtre-theme', name: 'theme'},
      h('option', {value: ''}, 'Tous les thèmes'),
      labels.THEMES.map(code => h('option', {value: code, selected: code === theme}, labels.theme(code)))),
    from: h('input', {id: 'filtre-du', name: 'du', type: 'date', value: from}),
    to: h('input', {id: 'filtre-au', name: 'au', type: 'date', value: to}),
  };
  return h('form', {class: 'filtres', role: 'search', onsubmit: event => {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [name, field] of Object.entries({departement: fields.departement, theme: fields.theme,
      du: fields.from, au: fields.to})) {
      if (field.value.trim()) query.set(name, field.value.trim());
    }
    window.location.hash = `#/chronologie?${query}`;
  }},
  h('div', {class: 'champ'}, h('label', {for: 'filtre-departement'}, 'Département (code)'), fields.departement,
    h('small', {id: 'filtre-departement-aide'}, 'Par exemple 69 ; vide : tous ceux que vous pouvez lire')),
  h('div', {class: 'champ'}, h('label', {for: 'filtre-theme'}, 'Thème des actions'), fields.theme),
  h('div', {class: 'champ'}, h('label', {for: 'filtre-du'}, 'Enregistrés du'), fields.from),
  h('div', {class: 'champ'}, h('label', {for: 'filtre-au'}, 'au'), fields.to),
  h('div', {class: 'champ'}, h('button', {type: 'submit', class: 'bouton'}, 'Filtrer')));
}
