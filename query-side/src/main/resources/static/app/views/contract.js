// A contract: partners, diagnostic, action plan with indicator charts, meetings, communications, assessments, its
// flags and its timeline (GET /contracts/{id} and /contracts/{id}/timeline).

import {h, append, table, notice, link, section, badge, facts} from '../dom.js';
import {get, all, explain, explained} from '../api.js';
import * as auth from '../auth.js';
import * as format from '../format.js';
import * as labels from '../labels.js';
import {indicatorFigure} from '../charts.js';
import {flagBadges, statusBadge, breadcrumbs} from './common.js';

export async function render({main, params: [id], signal, title, user}) {
  title(`Contrat ${id}`);
  let contract;
  try {
    contract = await get(`/contracts/${encodeURIComponent(id)}`, {signal});
  } catch (error) {
    main.append(h('h1', {}, `Contrat ${id}`));
    if (error.status === 403) {
      main.append(notice('Accès refusé : ce contrat relève d\'un département dont les données ne vous sont pas '
        + 'accessibles.'));
      return;
    }
    throw explained(error, 'ce contrat');
  }
  title(contract.title);
  const code = contract.departement;
  const partners = Object.fromEntries([...contract.partners, ...(contract.formerPartners ?? [])]
    .map(partner => [partner.partnerId, partner]));
  append(main, [
    breadcrumbs(...(auth.isNational(user) ? [['#/national', 'Tableau de bord national']] : []),
      [`#/departements/${encodeURIComponent(code)}`, labels.departement(code)], contract.title),
    h('h1', {}, contract.title),
    h('p', {class: 'meta'}, statusBadge(contract.status), ' ', h('small', {class: 'identifiant'}, contract.id),
      auth.isAuditor(user) ? [' — ', link(`#/contrats/${encodeURIComponent(contract.id)}/audit`,
        'Audit de ce contrat', {id: 'lien-audit'})] : null),
    summary(contract),
    section('Signalements', flagBadges(contract.flags, contract.flagDetails, {withMessages: true}),
      {id: 'signalements'}),
    partnerSection(contract),
    diagnosticSection(contract.diagnostic),
  ]);
  const charts = [];
  main.append(actionPlan(contract, partners, charts));
  append(main, [committees(contract, partners), communications(contract), reviews(contract), amendments(contract),
    assessments(contract)]);
  const timelineSection = section('Chronologie', h('p', {class: 'chargement'}, 'Chargement de la chronologie…'),
    {id: 'chronologie'});
  main.append(timelineSection);
  // the charts are drawn once their canvases are in the page, so that Chart.js can measure them
  for (const draw of charts) draw();
  await timeline(contract.id, timelineSection, user, signal);
}

function summary(contract) {
  return facts([
    ['Département', link(`#/departements/${encodeURIComponent(contract.departement)}`,
      labels.departement(contract.departement))],
    ['Périmètre', labels.scope(contract.scope)],
    ['Communes', (contract.communes ?? []).map(c => `${c.name} (${c.code})`).join(', ')],
    ['Circonscriptions', (contract.districtIds ?? []).join(', ')],
    contract.sectorIds?.length ? ['Secteurs', contract.sectorIds.join(', ')] : null,
    ['Population couverte', `${format.integer(contract.populationCovered)} habitants`],
    ['Signé le', format.date(contract.signedOn)],
    contract.end ? ['Fin', `${format.date(contract.end.endedOn)} (${labels.endReason(contract.end.reason)}`
      + `${contract.end.supersededBy ? `, par ${contract.end.supersededBy}` : ''})`] : null,
    contract.supersedes ? ['Remplace', contract.supersedes] : null,
    ['Version', `${format.integer(contract.version)} (événements enregistrés)`],
  ]);
}

function partnerSection(contract) {
  const signers = Object.fromEntries((contract.signatures ?? []).map(s => [s.partnerId, s]));
  return section('Partenaires', [
    table({
      caption: 'Partenaires du contrat',
      columns: [
        {label: 'Partenaire', render: p => p.name},
        {label: 'Catégorie', render: p => labels.partnerCategory(p.category)},
        {label: 'Commune', render: p => p.communeCode ?? ''},
        {label: 'Signature', render: p => signers[p.partnerId]
          ? `signé par ${signers[p.partnerId].signedBy}${signers[p.partnerId].onBehalfOf
            ? ` pour ${signers[p.partnerId].onBehalfOf}` : ''}` : ''},
      ],
      rows: contract.partners,
      empty: "Aucun partenaire n'a rejoint le contrat.",
      id: 'table-partenaires',
    }),
    contract.formerPartners?.length ? h('p', {}, 'Anciens partenaires : ',
      contract.formerPartners.map(p => p.name).join(', '), '.') : null,
  ], {id: 'partenaires'});
}

function diagnosticSection(diagnostic) {
  if (!diagnostic) {
    return section('Diagnostic local de sécurité', h('p', {}, badge('Aucun diagnostic adopté', 'alerte',
      {icon: '⚠'})), {id: 'diagnostic'});
  }
  return section('Diagnostic local de sécurité', [
    facts([
      ['Adopté le', format.date(diagnostic.adoptedOn)],
      ['Version', String(diagnostic.version)],
      ['Complet', diagnostic.complete ? 'oui' : badge('incomplet', 'alerte', {icon: '⚠'})],
      ['Délinquance', diagnostic.delinquency],
      ['Sentiment d\'insécurité', diagnostic.perception],
      ['Réponses existantes', diagnostic.responses],
    ]),
    table({
      caption: 'Chiffres de la délinquance',
      columns: [
        {label: 'Indicateur', render: f => f.label},
        {label: 'Index', render: f => f.index},
        {label: 'Période', render: f => f.period},
        {label: 'Valeur', numeric: true, render: f => format.decimal(f.value)},
        {label: 'Source', render: f => f.source},
      ],
      rows: diagnostic.figures,
      empty: 'Aucun chiffre relevé.',
    }),
    diagnostic.sectorFindings?.length ? table({
      caption: 'Constats par secteur',
      columns: [
        {label: 'Secteur', render: f => f.sectorId},
        {label: 'Constats', render: f => f.findings},
      ],
      rows: diagnostic.sectorFindings,
    }) : null,
    diagnostic.history?.length > 1 ? h('p', {}, 'Versions successives : ', diagnostic.history
      .map(v => `v${v.version} du ${format.date(v.adoptedOn)}${v.complete ? '' : ' (incomplète)'}`).join(', '), '.')
      : null,
  ], {id: 'diagnostic'});
}

function actionPlan(contract, partners, charts) {
  const actions = contract.actions ?? [];
  if (actions.length === 0) {
    return section("Plan d'action", h('p', {class: 'vide'}, "Aucune action n'est inscrite au plan d'action."),
      {id: 'plan-action'});
  }
  let chart = 0;
  return section("Plan d'action", actions.map(action => {
    const figures = (action.indicators ?? []).map(indicator => {
      const made = indicatorFigure(indicator, `graphique-${++chart}`);
      charts.push(made.draw);
      return made.figure;
    });
    return h('article', {class: 'action'},
      h('h3', {}, action.title, ' ', badge(labels.actionStatus(action.status), action.status === 'ABANDONED'
        ? 'neutre' : action.status === 'COMPLETED' ? 'succes' : 'info')),
      facts([
        ['Thème', labels.theme(action.theme)],
        ['Objectif', action.objective],
        ['Pilote', partners[action.leadPartnerId]?.name ?? action.leadPartnerId],
        action.partnerIds?.length ? ['Partenaires associés',
          action.partnerIds.map(id => partners[id]?.name ?? id).join(', ')] : null,
        ['Secteurs', action.sectorIds?.length ? action.sectorIds.join(', ') : 'non déclinée par secteur'],
        ['Calendrier', `du ${format.date(action.startOn)} au ${format.date(action.endOn)}`],
        action.budget ? ['Budget', `${format.money(action.budget)}${action.budget.fundingLines?.length
          ? ` (${action.budget.fundingLines.join(', ')})` : ''}`] : null,
        action.notes?.length ? ['Notes', h('ul', {class: 'compact'}, action.notes.map(note =>
          h('li', {}, `${format.date(note.recordedOn)} : ${note.text}`)))] : null,
      ]),
      figures.length ? h('div', {class: 'indicateurs'}, h('h4', {}, 'Indicateurs'), figures) : null);
  }), {id: 'plan-action'});
}

function committees(contract, partners) {
  return section('Comités de pilotage', [
    contract.chairDelegations?.length ? h('p', {}, 'Présidence déléguée : ', contract.chairDelegations
      .map(d => `${d.sousPrefet} (sous-préfet) du ${format.date(d.from)}${d.to ? ` au ${format.date(d.to)}` : ''}`)
      .join(' ; '), '.') : null,
    table({
      caption: 'Réunions du comité de pilotage',
      columns: [
        {label: 'Date', render: m => format.date(m.heldOn)},
        {label: 'Présidence', render: m => `${m.chair?.name ?? ''} (${labels.chairOffice(m.chair?.office)})`},
        {label: 'Participants', render: m => (m.attendees ?? []).map(a => a.partnerId
          ? partners[a.partnerId]?.name ?? a.partnerId : `${a.name}${a.organisation ? ` (${a.organisation})` : ''}`)
          .join(', ')},
        {label: 'Actions examinées', render: m => (m.actionsReviewed ?? []).join(', ')},
        {label: 'Décisions', render: m => m.decisions?.length
          ? h('ul', {class: 'compact'}, m.decisions.map(d => h('li', {}, d))) : ''},
        {label: 'Prochaine réunion', render: m => format.date(m.nextMeetingOn)},
      ],
      rows: contract.committeeMeetings,
      empty: "Le comité de pilotage ne s'est pas encore réuni.",
      id: 'table-comites',
    }),
  ], {id: 'comites'});
}

function communications(contract) {
  return section('Communication', table({
    caption: 'Actions de communication',
    columns: [
      {label: 'Date', render: c => format.date(c.heldOn)},
      {label: 'Support', render: c => c.channel},
      {label: 'Public', render: c => c.audience},
      {label: 'Résumé', render: c => c.summary},
    ],
    rows: contract.communications,
    empty: 'Aucune action de communication enregistrée.',
  }), {id: 'communication'});
}

function reviews(contract) {
  return section('Réunions de suivi', table({
    caption: 'Réunions de suivi',
    columns: [
      {label: 'Date', render: r => format.date(r.heldOn)},
      {label: 'Participants', render: r => (r.participants ?? []).join(', ')},
      {label: 'Résumé', render: r => r.summary},
    ],
    rows: contract.reviewMeetings,
    empty: 'Aucune réunion de suivi enregistrée.',
  }), {id: 'suivi'});
}

function amendments(contract) {
  if (!contract.amendments?.length) return null;
  return section('Avenants', table({
    caption: 'Avenants au contrat',
    columns: [
      {label: 'Avenant', render: a => a.amendmentId},
      {label: 'Signé le', render: a => format.date(a.signedOn)},
      {label: 'Objet', render: a => a.summary},
      {label: 'Changements', render: a => [
        a.addedCommunes?.length ? `communes ajoutées : ${a.addedCommunes.join(', ')}` : null,
        a.removedCommunes?.length ? `communes retirées : ${a.removedCommunes.join(', ')}` : null,
        a.addedSectorIds?.length ? `secteurs ajoutés : ${a.addedSectorIds.join(', ')}` : null,
        a.removedSectorIds?.length ? `secteurs retirés : ${a.removedSectorIds.join(', ')}` : null,
      ].filter(Boolean).join(' ; ')},
    ],
    rows: contract.amendments,
  }), {id: 'avenants'});
}

function assessments(contract) {
  const items = contract.assessments ?? [];
  return section('Bilans annuels', items.length ? items.map(a => h('article', {class: 'bilan-annuel'},
    h('h3', {}, `Bilan ${a.year}`, a.correction ? ' (rectificatif)' : ''),
    facts([
      ['Résultats', a.results],
      ['Impact', a.impact],
      ['Conditions du suivi', a.followUpConditions],
      ['Évolution du sentiment d\'insécurité', a.perceptionChange],
      ['Propositions', a.proposals?.length ? h('ul', {class: 'compact'}, a.proposals.map(p => h('li', {}, p))) : ''],
    ]))) : h('p', {class: 'vide'}, 'Aucun bilan annuel enregistré.'), {id: 'bilans'});
}

async function timeline(id, container, user, signal) {
  const heading = container.querySelector('h2');
  let entries;
  try {
    entries = await all(`/contracts/${encodeURIComponent(id)}/timeline`, {signal});
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    container.replaceChildren(heading, error.status === 403
      ? h('p', {class: 'alerte alerte-info', role: 'status'}, 'La chronologie détaillée est réservée aux '
        + 'préfectures, aux missions d\'inspection et aux auditeurs.')
      : notice(explain(error, 'la chronologie de ce contrat')));
    return;
  }
  container.replaceChildren(heading, timelineList(entries, {withContract: false}));
}

/** Timeline entries as an ordered list: the French sentence, when it was done and recorded, by whom, and why. */
export function timelineList(entries, {withContract}) {
  if (entries.length === 0) return h('p', {class: 'vide'}, 'Aucun événement.');
  return h('ol', {class: 'chronologie', id: 'liste-chronologie'}, entries.map(entry => h('li', {},
    h('p', {class: 'chronologie-phrase'}, entry.summary),
    h('p', {class: 'chronologie-meta'},
      entry.effectiveOn ? `Le ${format.date(entry.effectiveOn)} — ` : '',
      `enregistré le ${format.instant(entry.occurredAt)} par `, h('span', {class: 'acteur'},
        entry.actorName || entry.actor || 'inconnu'),
      entry.reason ? [' — motif : ', h('q', {}, entry.reason)] : '',
      withContract && entry.aggregateType === 'Contract' ? [' — ', link(
        `#/contrats/${encodeURIComponent(entry.aggregateId)}`, entry.aggregateId)]
        : withContract ? ` — ${entry.aggregateId}` : ''))));
}
