package fr.interieur.cls.query.territory;

import java.util.List;

/** The sector status of every district of a département ({@code /sector-status?departement=}). */
record DepartementSectorStatus(String departement, List<DistrictStatus> districts) {
}
