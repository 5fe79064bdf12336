// Status by sector: for each police district of a département and each of its sectors, the live contracts covering
// it, community policing, the actions declined there by status, and the coverage gap, plainly marked.

import {h, table, link, badge, section} from '../dom.js';
import {get, explained} from '../api.js';
import * as auth from '../auth.js';
import * as format from '../format.js';
import * as labels from '../labels.js';
import {flagBadges, statusBadge, breadcrumbs} from './common.js';
import {forbidden} from './departement.js';

export async function render({main, params: [code], signal, title, user}) {
  const name = labels.departement(code);
  title(`Situation par secteur : ${name}`);
  main.append(breadcrumbs(...(auth.isNational(user) ? [['#/national', 'Tableau de bord national']] : []),
    [`#/departements/${encodeURIComponent(code)}`, name], 'Situation par secteur'));
  main.append(h('h1', {}, `Situation par secteur : ${name}`));
  let status;
  try {
    status = await get(`/sector-status?departement=${encodeURIComponent(code)}`, {signal});
  } catch (error) {
    if (error.status === 403) {
      main.append(forbidden(code, user));
      return;
    }
    throw explained(error, `la situation par secteur du département ${name}`);
  }
  const districts = status.districts ?? [];
  const sectors = districts.flatMap(district => district.sectors);
  const uncovered = sectors.filter(sector => !sector.covered).length;
  main.append(h('p', {class: 'resume', id: 'resume-secteurs'},
    `${format.plural(districts.length, 'circonscription')}, ${format.plural(sectors.length, 'secteur')} : `,
    uncovered === 0 ? badge('tous couverts', 'succes', {icon: '✔'})
      : badge(`${format.integer(uncovered)} non ${uncovered > 1 ? 'couverts' : 'couvert'}`, 'alerte', {icon: '⚠'}),
    '. Un secteur est couvert quand un contrat signé ou en préparation le nomme, ou nomme sa circonscription '
    + 'sans en nommer les secteurs.'));
  if (districts.length === 0) {
    main.append(h('p', {class: 'vide'}, "Aucune circonscription n'est enregistrée pour ce département."));
    return;
  }
  // the API puts the districts with uncovered sectors first, and within each, the uncovered sectors first
  for (const district of districts) main.append(districtSection(district));
}

function policing(proximity) {
  return proximity
    ? `Police de proximité : ${labels.wave(proximity.wave)}, depuis le ${format.date(proximity.startedOn)}`
    : 'Pas de police de proximité déployée';
}

function districtSection(district) {
  const id = `circonscription-${district.districtId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const coverage = district.fullyCovered
    ? badge('Entièrement couverte', 'succes', {icon: '✔'})
    : badge(`${format.plural(district.uncoveredSectors, 'secteur non couvert', 'secteurs non couverts')}`,
      'alerte', {icon: '⚠'});
  return section(district.name, [
    h('p', {class: 'meta'}, h('small', {class: 'identifiant'}, district.districtId), ' — ',
      `${format.integer(district.population)} habitants — `, policing(district.proximityPolicing), ' — ', coverage),
    district.flags?.length ? flagBadges(district.flags, district.flagDetails, {withMessages: true}) : null,
    table({
      caption: `Secteurs de la circonscription ${district.name}`,
      columns: [
        {label: 'Secteur', render: sector => h('span', {}, h('span', {class: 'secteur-nom'}, sector.name),
          sector.quartiers?.length ? [h('br'), h('small', {}, `Quartiers : ${sector.quartiers.join(', ')}`)] : null)},
        {label: 'Population', numeric: true, render: sector => format.integer(sector.population)},
        {label: 'Couverture', render: sector => sector.covered
          ? badge('Couvert', 'succes', {icon: '✔'})
          : badge('Non couvert', 'alerte', {icon: '⚠'})},
        {label: 'Contrats qui le couvrent', render: sector => sector.contracts.length
          ? h('ul', {class: 'compact'}, sector.contracts.map(contract => h('li', {},
            link(`#/contrats/${encodeURIComponent(contract.id)}`, contract.title), ' ', statusBadge(contract.status))))
          : h('span', {class: 'manque'}, 'aucun contrat')},
        {label: 'Police de proximité', render: sector => sector.proximityPolicing
          ? `${labels.wave(sector.proximityPolicing.wave)} (${format.date(sector.proximityPolicing.startedOn)})`
          : 'non'},
        ...labels.ACTION_STATUSES.map(status => ({
          label: `Actions ${labels.actionStatusPlural(status).toLowerCase()}`, numeric: true,
          render: sector => format.integer(sector.actions?.[status] ?? 0),
        })),
      ],
      rows: district.sectors,
      rowClass: sector => (sector.covered ? null : 'non-couvert'),
      empty: "Aucun secteur n'est défini pour cette circonscription.",
    }),
  ], {id, className: district.fullyCovered ? 'circonscription' : 'circonscription lacune'});
}
