#!/usr/bin/env bash
# A contract's whole life, as a préfecture records it, then read as each kind of user reads it.
#   bin/run            (in another terminal)
#   http/contract-life.sh
source "$(dirname "$0")/lib.sh"
C="$COMMAND_URL"; Q="$QUERY_URL"; P="$PREFECTURE_69"
D="CSP-69-VILLEURBANNE-$RUN"; S1="VILLEURBANNE-BUERS-$RUN"; S2="VILLEURBANNE-TONKIN-$RUN"; K="CLS-69-VILLEURBANNE-$RUN"

echo "== A police district of the Rhône, its sectors, community policing"
call 201 POST "$C/districts" "$P" '{"districtId":"'"$D"'","name":"CSP de Villeurbanne","departement":"69","population":124215,
  "communes":[{"code":"69266","name":"Villeurbanne","population":124215}]}'
call 200 POST "$C/districts/$D/sectors" "$P" '{"sectorId":"'"$S1"'","name":"Les Buers","quartiers":["Buers","Croix-Luizet"],"population":14500}'
call 200 POST "$C/districts/$D/sectors" "$P" '{"sectorId":"'"$S2"'","name":"Le Tonkin","quartiers":["Tonkin"],"population":9800}'
call 200 POST "$C/districts/$D/proximity-policing" "$P" '{"wave":"1","startedOn":"2000-06-01"}'

echo "== A quartier contract, its partners, diagnostic and action plan"
call 201 POST "$C/contracts" "$P" '{"contractId":"'"$K"'","title":"Contrat local de sécurité de Villeurbanne","departement":"69",
  "scope":"QUARTIER","communes":[{"code":"69266","name":"Villeurbanne","population":124215}],"districtIds":["'"$D"'"],
  "sectorIds":["'"$S1"'","'"$S2"'"],"populationCovered":24300}'
call 200 POST "$C/contracts/$K/partners" "$P" '{"partnerId":"PREFET","name":"Préfet du Rhône","category":"PREFET"}'
call 200 POST "$C/contracts/$K/partners" "$P" '{"partnerId":"PROCUREUR","name":"Procureur de la République de Lyon","category":"PROCUREUR"}'
call 200 POST "$C/contracts/$K/partners" "$P" '{"partnerId":"MAIRE","name":"Maire de Villeurbanne","category":"MAIRE","communeCode":"69266"}'
call 200 POST "$C/contracts/$K/partners" "$P" '{"partnerId":"RECTEUR","name":"Recteur de l’académie de Lyon","category":"RECTEUR"}'
call 200 POST "$C/contracts/$K/partners" "$P" '{"partnerId":"EAST-HABITAT","name":"Est Métropole Habitat","category":"BAILLEUR_SOCIAL"}'
call 200 POST "$C/contracts/$K/partners" "$P" '{"partnerId":"TCL","name":"Transports en commun lyonnais","category":"TRANSPORTEUR"}'
call 200 POST "$C/contracts/$K/partners" "$P" '{"partnerId":"ALTM","name":"Association lyonnaise de médiation","category":"ASSOCIATION"}'
call 200 PUT "$C/contracts/$K/diagnostic" "$P" '{"adoptedOn":"1999-03-10",
  "delinquency":{"summary":"Vols à la roue et dégradations en hausse aux Buers","figures":[{"index":"107","label":"Faits constatés","period":"1998","value":6120,"source":"état 4001"}]},
  "perception":{"summary":"Sentiment d’insécurité le soir autour des arrêts de bus","surveys":["Enquête habitants février 1999"]},
  "responses":{"summary":"Îlotage à renforcer, médiation à créer"},
  "sectorFindings":[{"sectorId":"'"$S1"'","findings":"Rassemblements dans les halls"}]}'
call 200 POST "$C/contracts/$K/actions" "$P" '{"actionId":"MEDIATION-NUIT","title":"Correspondants de nuit","theme":"MEDIATION",
  "objective":"Apaiser les conflits de voisinage en soirée","leadPartnerId":"EAST-HABITAT","partnerIds":["ALTM"],
  "sectorIds":["'"$S1"'"],"startOn":"1999-04-01","endOn":"2001-12-31",
  "budget":{"amount":152449.02,"currency":"FRF","fundingLines":["Fonds interministériel pour la ville","Ville de Villeurbanne"]},
  "indicators":[{"indicatorId":"INTERVENTIONS","name":"Interventions de nuit","unit":"interventions","baseline":0,"target":400,"source":"Est Métropole Habitat"}]}'

echo "== Signature (with a reason kept in the event metadata), then the contract lives"
call 200 POST "$C/contracts/$K/signature" "$P" '{"signedOn":"1999-05-20","signatures":[
  {"partnerId":"PREFET","signedBy":"Préfet du Rhône"},{"partnerId":"PROCUREUR","signedBy":"Procureur de la République"},
  {"partnerId":"MAIRE","signedBy":"Maire de Villeurbanne"},{"partnerId":"RECTEUR","signedBy":"Recteur d’académie"}]}' \
  -H 'X-Reason: Signature en mairie' -H 'Idempotency-Key: sign-'"$K"
echo "-- the same request again (a retry): same answer, nothing appended"
call 200 POST "$C/contracts/$K/signature" "$P" '{"signedOn":"1999-05-20","signatures":[
  {"partnerId":"PREFET","signedBy":"Préfet du Rhône"},{"partnerId":"PROCUREUR","signedBy":"Procureur de la République"},
  {"partnerId":"MAIRE","signedBy":"Maire de Villeurbanne"},{"partnerId":"RECTEUR","signedBy":"Recteur d’académie"}]}' \
  -H 'X-Reason: Signature en mairie' -H 'Idempotency-Key: sign-'"$K"
call 200 POST "$C/contracts/$K/chair-delegations" "$P" '{"sousPrefet":"M. Jean Roche","from":"1999-06-01"}'
call 200 POST "$C/contracts/$K/actions/MEDIATION-NUIT/progress" "$P" '{"status":"IN_PROGRESS",
  "measurements":[{"indicatorId":"INTERVENTIONS","value":85,"measuredOn":"1999-09-30"}],"note":"Six correspondants recrutés"}'
call 200 POST "$C/contracts/$K/committee-meetings" "$P" '{"meetingId":"COPIL-1999-10","heldOn":"1999-10-12",
  "chair":{"name":"Jean Roche","office":"SOUS_PREFET"},"attendees":[{"partnerId":"MAIRE"},{"name":"Commissaire central","organisation":"DDSP du Rhône"}],
  "actionsReviewed":["MEDIATION-NUIT"],"decisions":["Étendre les correspondants au Tonkin"],"nextMeetingOn":"2000-04-11"}'
call 200 POST "$C/contracts/$K/communications" "$P" '{"heldOn":"1999-11-05","channel":"Réunion publique","audience":"Habitants des Buers","summary":"Présentation du contrat"}'
call 200 POST "$C/contracts/$K/review-meetings" "$P" '{"heldOn":"1999-12-02","participants":["DDSP","Éducation nationale","Bailleurs"],"summary":"Bilan d’étape"}'
call 200 POST "$C/contracts/$K/amendments" "$P" '{"amendmentId":"AVENANT-1","signedOn":"2000-03-01","summary":"Le Tonkin rejoint un contrat de quartier propre","removeSectorIds":["'"$S2"'"],"populationCovered":14500}'
call 200 POST "$C/contracts/$K/assessments" "$P" '{"year":1999,"results":"Baisse de 12 % des incivilités signalées","impact":"Moins de dégradations aux Buers",
  "followUpConditions":"Comité de pilotage réuni une fois","perceptionChange":"Amélioration ressentie","proposals":["Pérenniser les correspondants de nuit"]}'
AT=$(position)

echo "== What the query side shows (each read waits for position $AT)"
call 200 GET "$Q/contracts/$K?minPosition=$AT" "$P"
call 200 GET "$Q/contracts?departement=69&status=SIGNED&limit=5&minPosition=$AT" "$P"
call 200 GET "$Q/contracts/$K/timeline?minPosition=$AT" "$P"
call 200 GET "$Q/districts/$D/sector-status?minPosition=$AT" "$P"
call 200 GET "$Q/dashboard/departements/69?minPosition=$AT" "$P"
call 200 GET "$Q/dashboard/national?minPosition=$AT" "$MINISTRY"
call 200 GET "$Q/timeline?departement=69&theme=MEDIATION&minPosition=$AT" "$INSPECTION"
call 200 GET "$Q/admin/projections" "$ADMIN"

echo "== A préfecture does not read another département; the ministry does not send commands"
call 403 GET "$Q/contracts/$K" "$(token --sub agent-pref-13 --roles PREFECTURE --departements 13)"
call 403 POST "$C/contracts/$K/communications" "$MINISTRY" '{"heldOn":"2000-01-10","channel":"Presse","audience":"Tous","summary":"?"}'

echo "== End of the contract"
call 200 POST "$C/contracts/$K/end" "$P" '{"endedOn":"2002-06-30","reason":"EXPIRED"}'
echo "done: contract $K"
