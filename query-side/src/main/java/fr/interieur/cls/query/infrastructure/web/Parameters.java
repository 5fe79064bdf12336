package fr.interieur.cls.query.infrastructure.web;

import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.web.BadRequestParameter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters that must be of a shape: a 400 names the parameter rather than answering nothing. */
public final class Parameters {

    private Parameters() {
    }

    public static void requireDepartement(String departement) {
        if (departement == null) {
            return;
        }
        try {
            DepartementCode.of(departement);
        } catch (IllegalArgumentException e) {
            throw new BadRequestParameter("departement", e.getMessage());
        }
    }

    /** An instant ({@code 2000-10-16T09:00:00Z}) or a date (its first instant, Paris time being what users mean). */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException notInstant) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay(java.time.ZoneId.of("Europe/Paris")).toInstant();
            } catch (DateTimeParseException notDate) {
                throw new BadRequestParameter(name, name + " must be a date (2000-10-16) or an instant "
                                                    + "(2000-10-16T09:00:00Z)");
            }
        }
    }

    public static int year(String name, String value) {
        try {
            int year = Integer.parseInt(value.strip());
            if (year < 1990 || year > 2100) {
                throw new NumberFormatException();
            }
            return year;
        } catch (NumberFormatException | NullPointerException e) {
            throw new BadRequestParameter(name, name + " must be a year such as 2000");
        }
    }
}
