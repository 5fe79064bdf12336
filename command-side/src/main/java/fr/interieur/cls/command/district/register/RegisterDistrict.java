package fr.interieur.cls.command.district.register;

import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.DistrictId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Register a police district of the police nationale zone with its communes. */
public record RegisterDistrict(@NotNull DistrictId districtId,
                               @NotBlank @Size(max = 200) String name,
                               @NotNull DepartementCode departement,
                               @NotNull @PositiveOrZero Long population,
                               @Size(max = 500) List<@NotNull @Valid Commune> communes) {
}
