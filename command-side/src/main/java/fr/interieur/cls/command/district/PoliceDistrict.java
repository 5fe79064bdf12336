package fr.interieur.cls.command.district;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import fr.interieur.cls.events.district.DistrictEvent;
import fr.interieur.cls.events.district.DistrictRegistered;
import fr.interieur.cls.events.district.ProximityPolicingDeployed;
import fr.interieur.cls.events.district.SectorDefined;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.ProximityWave;
import fr.interieur.cls.events.types.SectorId;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A police district (circonscription de sécurité publique) as its rules need it: département, sectors, whether
 * community policing runs there. Decisions live in the feature packages' handlers.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", cache = "aggregateCache")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class PoliceDistrict {

    @AggregateIdentifier
    private String id;
    private DepartementCode departement;
    private Set<SectorId> sectorIds = new LinkedHashSet<>();
    private ProximityWave proximityWave;
    private LocalDate proximityStartedOn;

    protected PoliceDistrict() {
        // Axon and Jackson
    }

    public PoliceDistrict(DistrictRegistered registered) {
        AggregateLifecycle.apply(registered);
    }

    public void record(DistrictEvent event) {
        AggregateLifecycle.apply(event);
    }

    public DistrictId id() {
        return DistrictId.of(id);
    }

    public DepartementCode departement() {
        return departement;
    }

    public boolean hasSector(SectorId sectorId) {
        return sectorIds.contains(sectorId);
    }

    public Optional<ProximityWave> proximityWave() {
        return Optional.ofNullable(proximityWave);
    }

    public Optional<LocalDate> proximityStartedOn() {
        return Optional.ofNullable(proximityStartedOn);
    }

    @EventSourcingHandler
    void on(DistrictRegistered event) {
        id = event.districtId().value();
        departement = event.departement();
    }

    @EventSourcingHandler
    void on(SectorDefined event) {
        sectorIds.add(event.sectorId());
    }

    @EventSourcingHandler
    void on(ProximityPolicingDeployed event) {
        proximityWave = event.wave();
        proximityStartedOn = event.startedOn();
    }
}
