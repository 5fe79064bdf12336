package fr.interieur.cls.query.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A contract as lists show it (api.md: contract summaries); flags are added when it is read, as time passes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContractSummary(String id, String title, String departement, String scope, String status,
                              LocalDate signedOn, LocalDate endedOn, long populationCovered, List<PartnerRef> partners,
                              LocalDate lastDiagnosticOn, int diagnosticVersion, LocalDate lastCommitteeOn,
                              Map<String, Long> actions, long version, long position) {

    public record PartnerRef(String partnerId, String name, String category) {
    }

    static ContractSummary of(ContractDocument document) {
        return new ContractSummary(document.id, document.title, document.departement, document.scope, document.status,
                                   document.signedOn, document.end == null ? null : document.end.endedOn(),
                                   document.populationCovered,
                                   document.partners.stream()
                                                    .map(p -> new PartnerRef(p.partnerId, p.name, p.category))
                                                    .toList(),
                                   document.diagnostic == null ? null : document.diagnostic.adoptedOn,
                                   document.diagnostic == null ? 0 : document.diagnostic.version,
                                   document.lastCommitteeOn(), document.actionsByStatus(), document.version,
                                   document.position);
    }
}
