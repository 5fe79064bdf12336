package fr.interieur.cls.demo.script;

import java.util.Map;

/** A commune with its INSEE code and its population at the 1999 census. */
public record Commune(String code, String name, long population) {

    Map<String, Object> json() {
        return Json.obj("code", code, "name", name, "population", population);
    }
}
