// The national view (ministry, inspection missions, auditors): GET /dashboard/national.

import {h, table, notice, link, section} from '../dom.js';
import {get, explained} from '../api.js';
import * as format from '../format.js';
import * as labels from '../labels.js';
import {keyFigures, flagCounts, coverageGaps, actionsByTheme, asOfLine} from './common.js';

export async function render({main, signal, title, user}) {
  title('Tableau de bord national');
  main.append(h('h1', {}, 'Tableau de bord national'));
  let dashboard;
  try {
    dashboard = await get('/dashboard/national', {signal});
  } catch (error) {
    if (error.status === 403) {
      main.append(notice('Accès refusé : le tableau de bord national est réservé au ministère, aux missions '
        + "d'inspection et aux auditeurs. Consultez le tableau de bord de votre département."),
      user.departements.length ? h('p', {}, link(`#/departements/${encodeURIComponent(user.departements[0])}`,
        `Tableau de bord : ${labels.departement(user.departements[0])}`)) : null);
      return;
    }
    throw explained(error, 'le tableau de bord national');
  }
  main.append(asOfLine(dashboard.asOf), keyFigures(dashboard), departements(dashboard.departements ?? []),
    flagCounts(dashboard.flags), coverageGaps(dashboard.districtsWithProximityPolicingNotFullyCovered,
      {national: true}), actionsByTheme(dashboard.actions));
}

function departements(lines) {
  return section('Par département', table({
    caption: 'Contrats locaux de sécurité par département',
    columns: [
      {label: 'Département', render: line => link(`#/departements/${encodeURIComponent(line.code)}`,
        labels.departement(line.code))},
      {label: 'Signés', numeric: true, render: line => format.integer(line.signed)},
      {label: 'En préparation', numeric: true, render: line => format.integer(line.inPreparation)},
      {label: 'Terminés', numeric: true, render: line => format.integer(line.ended)},
      {label: 'Population couverte (contrats signés)', numeric: true,
        render: line => format.integer(line.populationCoveredSigned)},
      {label: 'Population de la zone police nationale', numeric: true,
        render: line => format.integer(line.policeNationalePopulation)},
      {label: 'Part couverte', numeric: true, render: line => line.policeNationalePopulation > 0
        ? format.percent(line.populationCoveredSigned / line.policeNationalePopulation) : '—'},
      {label: 'Circonscriptions non entièrement couvertes', numeric: true,
        render: line => format.integer(line.districtsNotFullyCovered)},
      {label: 'Signalements', numeric: true, render: line => format.integer(line.flags)},
    ],
    rows: lines,
    empty: "Aucun département n'a encore de contrat ni de circonscription enregistrés.",
    id: 'table-departements',
  }), {id: 'departements'});
}
