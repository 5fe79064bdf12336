package fr.interieur.cls.command.testing;

import fr.interieur.cls.command.common.CommandMetadata;

import java.util.Map;

/** Command metadata as the web layer sets it: the départements the actor may act in, and the If-Match version. */
public final class Actors {

    private Actors() {
    }

    /** Staff of the préfecture of these départements (comma separated, as the metadata carries them). */
    public static Map<String, Object> prefectureOf(String departements) {
        return Map.of(CommandMetadata.SCOPE, departements);
    }

    /** The client read the aggregate at this version (the API counts events) and sends it as If-Match. */
    public static Map<String, Object> prefectureOf(String departements, long versionRead) {
        return Map.of(CommandMetadata.SCOPE, departements, CommandMetadata.EXPECTED_VERSION, versionRead);
    }
}
