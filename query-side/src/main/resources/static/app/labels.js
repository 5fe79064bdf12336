// The words of the circular and of préfectures for the API's codes. A code without a label is shown as it is.

const label = table => code => (code === null || code === undefined ? '—' : table[code] ?? String(code));

export const contractStatus = label({
  IN_PREPARATION: 'En préparation',
  SIGNED: 'Signé',
  ENDED: 'Terminé',
});

/** The badge kind of a contract status (its text says the status; the colour only repeats it). */
export function contractStatusKind(status) {
  return {SIGNED: 'succes', IN_PREPARATION: 'info', ENDED: 'neutre'}[status] ?? 'neutre';
}

export const scope = label({
  COMMUNE: 'Communal',
  INTERCOMMUNAL: 'Intercommunal',
  QUARTIER: 'Quartiers',
  TRANSPORT_NETWORK: 'Réseau de transport',
  ARRONDISSEMENT: 'Arrondissement',
});

export const ACTION_STATUSES = ['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'ABANDONED'];

export const actionStatus = label({
  PLANNED: 'Prévue',
  IN_PROGRESS: 'En cours',
  COMPLETED: 'Achevée',
  ABANDONED: 'Abandonnée',
});

export const actionStatusPlural = label({
  PLANNED: 'Prévues',
  IN_PROGRESS: 'En cours',
  COMPLETED: 'Achevées',
  ABANDONED: 'Abandonnées',
});

export const THEMES = ['CITOYENNETE', 'TOXICOMANIES', 'DELINQUANCE_DES_MINEURS', 'REINSERTION', 'AIDE_AUX_VICTIMES',
  'SECURITE_SCOLAIRE', 'TRANSPORTS', 'PREVENTION_SITUATIONNELLE', 'MEDIATION', 'AUTRE'];

export const theme = label({
  CITOYENNETE: 'Accès à la citoyenneté',
  TOXICOMANIES: 'Lutte contre les toxicomanies',
  DELINQUANCE_DES_MINEURS: 'Délinquance des mineurs',
  REINSERTION: 'Réinsertion',
  AIDE_AUX_VICTIMES: 'Aide aux victimes',
  SECURITE_SCOLAIRE: 'Sécurité scolaire',
  TRANSPORTS: 'Sécurité dans les transports',
  PREVENTION_SITUATIONNELLE: 'Prévention situationnelle',
  MEDIATION: 'Médiation',
  AUTRE: 'Autre thème',
});

export const partnerCategory = label({
  PREFET: 'Préfet',
  PROCUREUR: 'Procureur de la République',
  MAIRE: 'Maire',
  RECTEUR: "Recteur ou inspecteur d'académie",
  CONSEIL_GENERAL: 'Conseil général',
  CONSEIL_REGIONAL: 'Conseil régional',
  BAILLEUR_SOCIAL: 'Bailleur social',
  TRANSPORTEUR: 'Transporteur',
  ASSOCIATION: 'Association',
  CONSULAIRE: 'Chambre consulaire',
  SERVICE_ETAT: "Service de l'État",
  AUTRE: 'Autre partenaire',
});

export const wave = label({
  PILOT: 'site pilote',
  1: 'vague 1',
  2: 'vague 2',
  3: 'vague 3',
});

export const chairOffice = label({
  PREFET: 'Préfet',
  SOUS_PREFET: 'Sous-préfet délégué',
});

export const endReason = label({
  EXPIRED: 'arrivé à échéance',
  SUPERSEDED: 'remplacé par un autre contrat',
  DENOUNCED: 'dénoncé',
});

/** The warnings of domain.md, as badges read them; the API's own message says the details. */
export const FLAGS = ['diagnostic-missing', 'diagnostic-stale', 'diagnostic-before-proximity-policing',
  'committee-overdue', 'assessment-missing', 'measurements-stale', 'action-not-declined-by-sector',
  'partners-missing', 'sectors-not-covered'];

export const flag = label({
  'diagnostic-missing': 'Diagnostic absent',
  'diagnostic-stale': 'Diagnostic à actualiser',
  'diagnostic-before-proximity-policing': 'Diagnostic antérieur à la police de proximité',
  'committee-overdue': 'Comité de pilotage en retard',
  'assessment-missing': 'Bilan annuel manquant',
  'measurements-stale': "Mesures d'indicateurs en retard",
  'action-not-declined-by-sector': 'Actions non déclinées par secteur',
  'partners-missing': 'Partenaires à associer',
  'sectors-not-covered': 'Secteurs non couverts',
});

export const role = label({
  PREFECTURE: 'Préfecture',
  MINISTRY: 'Ministère',
  INSPECTION: 'Inspection',
  AUDITOR: 'Audit',
  ADMIN: 'Exploitation',
});

const DEPARTEMENTS = {
  '01': 'Ain', '02': 'Aisne', '03': 'Allier', '04': 'Alpes-de-Haute-Provence', '05': 'Hautes-Alpes',
  '06': 'Alpes-Maritimes', '07': 'Ardèche', '08': 'Ardennes', '09': 'Ariège', '10': 'Aube', '11': 'Aude',
  '12': 'Aveyron', '13': 'Bouches-du-Rhône', '14': 'Calvados', '15': 'Cantal', '16': 'Charente',
  '17': 'Charente-Maritime', '18': 'Cher', '19': 'Corrèze', '2A': 'Corse-du-Sud', '2B': 'Haute-Corse',
  '21': "Côte-d'Or", '22': "Côtes-d'Armor", '23': 'Creuse', '24': 'Dordogne', '25': 'Doubs', '26': 'Drôme',
  '27': 'Eure', '28': 'Eure-et-Loir', '29': 'Finistère', '30': 'Gard', '31': 'Haute-Garonne', '32': 'Gers',
  '33': 'Gironde', '34': 'Hérault', '35': 'Ille-et-Vilaine', '36': 'Indre', '37': 'Indre-et-Loire',
  '38': 'Isère', '39': 'Jura', '40': 'Landes', '41': 'Loir-et-Cher', '42': 'Loire', '43': 'Haute-Loire',
  '44': 'Loire-Atlantique', '45': 'Loiret', '46': 'Lot', '47': 'Lot-et-Garonne', '48': 'Lozère',
  '49': 'Maine-et-Loire', '50': 'Manche', '51': 'Marne', '52': 'Haute-Marne', '53': 'Mayenne',
  '54': 'Meurthe-et-Moselle', '55': 'Meuse', '56': 'Morbihan', '57': 'Moselle', '58': 'Nièvre', '59': 'Nord',
  '60': 'Oise', '61': 'Orne', '62': 'Pas-de-Calais', '63': 'Puy-de-Dôme', '64': 'Pyrénées-Atlantiques',
  '65': 'Hautes-Pyrénées', '66': 'Pyrénées-Orientales', '67': 'Bas-Rhin', '68': 'Haut-Rhin', '69': 'Rhône',
  '70': 'Haute-Saône', '71': 'Saône-et-Loire', '72': 'Sarthe', '73': 'Savoie', '74': 'Haute-Savoie',
  '75': 'Paris', '76': 'Seine-Maritime', '77': 'Seine-et-Marne', '78': 'Yvelines', '79': 'Deux-Sèvres',
  '80': 'Somme', '81': 'Tarn', '82': 'Tarn-et-Garonne', '83': 'Var', '84': 'Vaucluse', '85': 'Vendée',
  '86': 'Vienne', '87': 'Haute-Vienne', '88': 'Vosges', '89': 'Yonne', '90': 'Territoire de Belfort',
  '91': 'Essonne', '92': 'Hauts-de-Seine', '93': 'Seine-Saint-Denis', '94': 'Val-de-Marne', '95': "Val-d'Oise",
  '971': 'Guadeloupe', '972': 'Martinique', '973': 'Guyane', '974': 'La Réunion', '976': 'Mayotte',
};

export function departementName(code) {
  return DEPARTEMENTS[code] ?? String(code);
}

/** "Rhône (69)". */
export function departement(code) {
  return DEPARTEMENTS[code] ? `${DEPARTEMENTS[code]} (${code})` : String(code);
}

export function isDepartement(code) {
  return Object.hasOwn(DEPARTEMENTS, code);
}
