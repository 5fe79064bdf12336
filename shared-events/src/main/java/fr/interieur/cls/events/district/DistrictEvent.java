package fr.interieur.cls.events.district;

import fr.interieur.cls.events.DomainEvent;
import fr.interieur.cls.events.types.DistrictId;

/** What happens to a police district (circonscription de sécurité publique): its sectors, community policing. */
public sealed interface DistrictEvent extends DomainEvent
        permits DistrictRegistered, SectorDefined, ProximityPolicingDeployed {

    DistrictId districtId();

    @Override
    default String aggregateId() {
        return districtId().value();
    }
}
