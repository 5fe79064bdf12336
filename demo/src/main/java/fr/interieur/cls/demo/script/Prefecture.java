package fr.interieur.cls.demo.script;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * One département's préfecture writing down its part of the history. Three people send its commands, so that
 * timelines show who did what: the bureau that instructs the files (territory, partners, diagnostics, action
 * sheets and their follow-up), the préfet's cabinet (signatures, delegations, steering committees, amendments,
 * ends) and a sous-préfecture close to the ground (communication, review meetings, assessments).
 */
public final class Prefecture {

    /** Districts and their sectors are on record before the first contract of the data set. */
    static final LocalDate TERRITORY_ON = LocalDate.of(1998, 1, 2);

    final History history;
    final String departement;
    final Actor bureau;
    final Actor cabinet;
    final Actor local;

    public Prefecture(History history, String departement, Actor bureau, Actor cabinet, Actor local) {
        this.history = history;
        this.departement = departement;
        this.bureau = bureau;
        this.cabinet = cabinet;
        this.local = local;
    }

    /** Registers a police district (CSP) with its communes; its population is theirs. */
    public DistrictScript district(String districtId, String name, Commune... communes) {
        long population = Arrays.stream(communes).mapToLong(Commune::population).sum();
        history.add("demo-district-" + districtId, TERRITORY_ON, bureau, "POST", "/districts",
                    Json.obj("districtId", districtId, "name", name, "departement", departement,
                             "population", population,
                             "communes", Arrays.stream(communes).map(Commune::json).toList()),
                    null, "circonscription " + districtId);
        return new DistrictScript(this, districtId);
    }

    /** A contract of this département, to be drafted with {@link ContractScript#drafted}. */
    public ContractScript contract(String contractId, String title) {
        return new ContractScript(this, contractId, title);
    }
}
