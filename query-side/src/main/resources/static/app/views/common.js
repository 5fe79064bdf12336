// Pieces the national and département dashboards share, and the flag badges every view uses.

import {h, table, badge, figure, section, link} from '../dom.js';
import * as format from '../format.js';
import * as labels from '../labels.js';

/** The key figures of a dashboard: contracts by status, population covered and its share. */
export function keyFigures(dashboard) {
  const {contracts, populationCovered, shareCovered, policeNationalePopulation} = dashboard;
  const gaps = dashboard.districtsWithProximityPolicingNotFullyCovered;
  return section('Chiffres clés', h('div', {class: 'chiffres'},
    figure(format.integer(contracts.signed), 'contrats signés', null, 'chiffre-signes'),
    figure(format.integer(contracts.inPreparation), 'contrats en préparation', null, 'chiffre-preparation'),
    figure(format.integer(contracts.ended), 'contrats terminés', null, 'chiffre-termines'),
    figure(format.integer(populationCovered.signed), 'habitants couverts par un contrat signé',
      `${format.percent(shareCovered.signed)} de la population de la zone police nationale `
      + `(${format.integer(policeNationalePopulation)} habitants)`, 'chiffre-population'),
    figure(format.percent(shareCovered.signedOrInPreparation), 'de la population couverte, contrats en '
      + 'préparation compris', `${format.integer(populationCovered.signedOrInPreparation)} habitants`,
    'chiffre-part'),
    figure(format.integer(gaps.count), 'circonscriptions où la police de proximité n\'est pas entièrement couverte',
      null, 'chiffre-lacunes')), {id: 'chiffres-cles'});
}

/** How many live contracts (and districts) raise each flag. */
export function flagCounts(flags) {
  const rows = labels.FLAGS.filter(code => code in flags).map(code => ({code, count: flags[code]}));
  return section('Signalements', [
    h('p', {class: 'aide'}, 'Contrats en vigueur ou en préparation concernés par chaque signalement, calculé à la '
      + 'date de situation ; « Secteurs non couverts » compte des circonscriptions.'),
    table({
      caption: 'Signalements par type',
      columns: [
        {label: 'Signalement', render: row => flagBadge(row.code, null, row.count > 0)},
        {label: 'Nombre', numeric: true, render: row => format.integer(row.count)},
      ],
      rows,
      id: 'table-signalements',
    })], {id: 'signalements'});
}

/** The districts where community policing runs and contracts leave sectors uncovered. */
export function coverageGaps(gaps, {national}) {
  const intro = gaps.count === 0
    ? h('p', {}, badge('Toutes les circonscriptions dotées de la police de proximité sont entièrement couvertes.',
      'succes', {icon: '✔'}))
    : h('p', {}, `${format.plural(gaps.count, 'circonscription')} où la police de proximité est déployée `
      + 'sans que tous ses secteurs soient couverts par un contrat'
      + (national && gaps.districts.length < gaps.count ? ` (les ${gaps.districts.length} premières ci-dessous)` : '')
      + ' :');
  return section('Police de proximité : secteurs non couverts', [intro, table({
    caption: 'Circonscriptions avec des secteurs non couverts',
    columns: [
      {label: 'Circonscription', render: row => row.name},
      {label: 'Département', render: row => link(`#/departements/${encodeURIComponent(row.departement)}`,
        labels.departement(row.departement))},
      {label: 'Secteurs non couverts', numeric: true, render: row => h('span', {},
        h('span', {'aria-hidden': 'true', class: 'icone-alerte'}, '⚠ '), format.integer(row.uncoveredSectors))},
      {label: 'Détail', render: row => link(`#/departements/${encodeURIComponent(row.departement)}/secteurs`,
        'Situation par secteur', {'aria-label': `Situation par secteur : ${row.name}`})},
    ],
    rows: gaps.districts,
    empty: '',
  })], {id: 'lacunes'});
}

/** Actions of live contracts by theme and status; themes without any action are left out. */
export function actionsByTheme(actions) {
  const rows = labels.THEMES.filter(code => actions[code]
    && Object.values(actions[code]).some(count => count > 0)).map(code => ({code, counts: actions[code]}));
  return section("Actions par thème et par état", table({
    caption: 'Actions des contrats en vigueur ou en préparation, par thème de la circulaire',
    columns: [
      {label: 'Thème', render: row => labels.theme(row.code)},
      ...labels.ACTION_STATUSES.map(status => ({
        label: labels.actionStatusPlural(status), numeric: true, render: row => format.integer(row.counts[status] ?? 0),
      })),
    ],
    rows,
    empty: 'Aucune action inscrite.',
  }), {id: 'actions'});
}

/**
 * A flag as a badge: the words say it (and an icon), the colour only repeats it; the API's message, when there
 * is one, says the details (for example since when).
 */
export function flagBadge(code, message, raised = true) {
  return badge(labels.flag(code), raised ? 'alerte' : 'neutre', {icon: raised ? '⚠' : null, title: message});
}

/** The flags of a contract or district: badges, with the messages written out beside them when asked. */
export function flagBadges(codes, details, {withMessages = false} = {}) {
  if (!codes || codes.length === 0) return badge('Aucun signalement', 'succes', {icon: '✔'});
  const messages = Object.fromEntries((details ?? []).map(detail => [detail.code, detail.message]));
  if (withMessages) {
    return h('ul', {class: 'signalements'}, codes.map(code => h('li', {},
      flagBadge(code, messages[code]), messages[code] ? h('span', {class: 'signalement-detail'}, ` ${messages[code]}`)
        : null)));
  }
  return h('span', {class: 'badges'}, codes.map(code => flagBadge(code, messages[code])));
}

export function statusBadge(status) {
  return badge(labels.contractStatus(status), labels.contractStatusKind(status));
}

export function asOfLine(asOf) {
  return h('p', {class: 'situation'}, 'Situation au ', h('strong', {id: 'date-situation'}, format.longDate(asOf)), '.');
}

/** Breadcrumbs: [[href, text], …, text of the current page]. */
export function breadcrumbs(...items) {
  return h('nav', {class: 'ariane', 'aria-label': "Fil d'Ariane"}, h('ol', {}, items.map((item, index) =>
    h('li', {}, Array.isArray(item) ? h('a', {href: item[0]}, item[1])
      : h('span', {'aria-current': index === items.length - 1 ? 'page' : null}, item)))));
}
