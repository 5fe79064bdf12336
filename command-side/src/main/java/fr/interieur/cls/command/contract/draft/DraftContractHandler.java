package fr.interieur.cls.command.contract.draft;

import fr.interieur.cls.command.common.CommandMetadata;
import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.registry.ContractDirectory;
import fr.interieur.cls.command.contract.registry.TerritoryClaims;
import fr.interieur.cls.command.contract.rules.SingleLiveContractPerCommune;
import fr.interieur.cls.command.contract.rules.Territory;
import fr.interieur.cls.command.district.DistrictDirectory;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.ContractStatus;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

@Component
public class DraftContractHandler {

    public static final String ALREADY_EXISTS = "contract.already-exists";
    public static final String SUPERSEDES_UNKNOWN = "contract.supersedes.unknown";
    public static final String SUPERSEDES_ENDED = "contract.supersedes.ended";

    private final Contracts contracts;
    private final ContractDirectory contractDirectory;
    private final DistrictDirectory districtDirectory;
    private final TerritoryClaims claims;

    public DraftContractHandler(Contracts contracts, ContractDirectory contractDirectory,
                                DistrictDirectory districtDirectory, TerritoryClaims claims) {
        this.contracts = contracts;
        this.contractDirectory = contractDirectory;
        this.districtDirectory = districtDirectory;
        this.claims = claims;
    }

    @CommandHandler
    public void handle(DraftContract command) {
        CommandMetadata.requireScope(command.departement());
        if (contractDirectory.find(command.contractId()).isPresent()) {
            throw RuleViolation.conflict(ALREADY_EXISTS, "contract " + command.contractId() + " already exists");
        }
        if (command.supersedes() != null) {
            ContractDirectory.Entry superseded = contractDirectory.find(command.supersedes())
                    .filter(entry -> entry.departement().equals(command.departement()))
                    .orElseThrow(() -> RuleViolation.invalid(SUPERSEDES_UNKNOWN, "supersedes", "no contract "
                            + command.supersedes() + " in département " + command.departement()));
            if (superseded.status() == ContractStatus.ENDED) {
                throw RuleViolation.conflict(SUPERSEDES_ENDED, "contract " + command.supersedes()
                        + " has ended already; there is nothing to supersede");
            }
        }
        Territory territory = new Territory(districtDirectory, command.departement());
        territory.requireCommunes(command.communes(), "communes");
        territory.requireDistricts(command.districtIds(), "districtIds");
        territory.requireSectors(command.sectorIds(), command.districtIds(), "sectorIds");
        SingleLiveContractPerCommune.check(claims, command.contractId(), command.supersedes(), command.scope(),
                                           command.communes().stream().map(Commune::code).toList(),
                                           command.sectorIds());
        contracts.create(new ContractDrafted(command.contractId(), command.title(), command.departement(),
                                             command.scope(), command.communes(), command.districtIds(),
                                             command.sectorIds(), command.populationCovered(), command.supersedes()));
    }
}
