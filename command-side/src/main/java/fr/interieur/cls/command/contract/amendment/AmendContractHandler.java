package fr.interieur.cls.command.contract.amendment;

import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.common.Today;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.registry.TerritoryClaims;
import fr.interieur.cls.command.contract.rules.LiveContract;
import fr.interieur.cls.command.contract.rules.SingleLiveContractPerCommune;
import fr.interieur.cls.command.contract.rules.Territory;
import fr.interieur.cls.command.district.DistrictDirectory;
import fr.interieur.cls.events.contract.ContractAmended;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.SectorId;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;

@Component
public class AmendContractHandler {

    public static final String NOT_SIGNED = "contract.amendment.not-signed";
    public static final String ALREADY_RECORDED = "contract.amendment.already-recorded";
    public static final String COMMUNE_ALREADY_COVERED = "contract.amendment.commune-already-covered";
    public static final String COMMUNE_NOT_COVERED = "contract.amendment.commune-not-covered";
    public static final String SECTOR_NOT_COVERED = "contract.amendment.sector-not-covered";
    public static final String SECTOR_ALREADY_COVERED = "contract.amendment.sector-already-covered";
    public static final String NO_COMMUNE_LEFT = "contract.amendment.no-commune-left";

    private final Contracts contracts;
    private final DistrictDirectory districts;
    private final TerritoryClaims claims;
    private final Today today;

    public AmendContractHandler(Contracts contracts, DistrictDirectory districts, TerritoryClaims claims,
                                Today today) {
        this.contracts = contracts;
        this.districts = districts;
        this.claims = claims;
        this.today = today;
    }

    @CommandHandler
    public void handle(AmendContract command) {
        contracts.change(command.contractId(), contract -> {
            LiveContract.requireSigned(contract, NOT_SIGNED, "an amendment");
            if (contract.hasAmendment(command.amendmentId().value())) {
                throw RuleViolation.conflict(ALREADY_RECORDED, "amendment " + command.amendmentId()
                        + " is already recorded on contract " + command.contractId());
            }
            today.requireNotAfter(command.signedOn(), "signedOn");
            Territory territory = new Territory(districts, contract.departement());
            territory.requireCommunes(command.addCommunes(), "addCommunes");
            for (int i = 0; i < command.addCommunes().size(); i++) {
                if (contract.covers(command.addCommunes().get(i).code())) {
                    throw RuleViolation.invalid(COMMUNE_ALREADY_COVERED, "addCommunes[" + i + "].code", "commune "
                            + command.addCommunes().get(i).code() + " is already covered");
                }
            }
            for (int i = 0; i < command.removeCommunes().size(); i++) {
                if (!contract.covers(command.removeCommunes().get(i))) {
                    throw RuleViolation.invalid(COMMUNE_NOT_COVERED, "removeCommunes[" + i + "]", "commune "
                            + command.removeCommunes().get(i) + " is not covered by contract " + command.contractId());
                }
            }
            if (contract.communes().size() + command.addCommunes().size() - command.removeCommunes().size() < 1) {
                throw RuleViolation.conflict(NO_COMMUNE_LEFT, "a contract keeps at least one commune");
            }
            territory.requireDistricts(command.addDistrictIds(), "addDistrictIds");
            Set<DistrictId> districtIds = new LinkedHashSet<>(contract.districtIds());
            districtIds.addAll(command.addDistrictIds());
            territory.requireSectors(command.addSectorIds(), districtIds, "addSectorIds");
            for (int i = 0; i < command.addSectorIds().size(); i++) {
                if (contract.sectorIds().contains(command.addSectorIds().get(i))) {
                    throw RuleViolation.invalid(SECTOR_ALREADY_COVERED, "addSectorIds[" + i + "]", "sector "
                            + command.addSectorIds().get(i) + " is already covered");
                }
            }
            for (int i = 0; i < command.removeSectorIds().size(); i++) {
                if (!contract.sectorIds().contains(command.removeSectorIds().get(i))) {
                    throw RuleViolation.invalid(SECTOR_NOT_COVERED, "removeSectorIds[" + i + "]", "sector "
                            + command.removeSectorIds().get(i) + " is not covered by contract " + command.contractId());
                }
            }
            Set<InseeCode> communes = new LinkedHashSet<>();
            contract.communes().forEach(commune -> communes.add(commune.code()));
            command.addCommunes().forEach(commune -> communes.add(commune.code()));
            command.removeCommunes().forEach(communes::remove);
            Set<SectorId> sectors = new LinkedHashSet<>(contract.sectorIds());
            sectors.addAll(command.addSectorIds());
            command.removeSectorIds().forEach(sectors::remove);
            SingleLiveContractPerCommune.check(claims, command.contractId(), contract.supersedes().orElse(null),
                                               contract.scope(), communes, sectors);
            contract.record(new ContractAmended(command.contractId(), command.amendmentId(), command.signedOn(),
                                                command.summary(), command.addCommunes(), command.removeCommunes(),
                                                command.addDistrictIds(), command.addSectorIds(),
                                                command.removeSectorIds(),
                                                command.populationCovered()));
        });
    }
}
