package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two states of a contract, as a list of {@code {path, before, after}} with JSON-pointer
 * paths ({@code /actions/A-NUIT/status}). Arrays of identified items (partners, actions, meetings, amendments,
 * indicators, communes...) are compared by their id, which takes the place of the index in the path: a partner
 * added is one change, not a shifted list. Other arrays are compared as bags: an element added (or removed) is one
 * change at its index in the state that has it. An absent field and a null one are the same (states leave nulls
 * out); {@code null} in a change means "not there".
 */
final class StateDiff {

    /** One change: where, the value before (null: absent), the value after (null: absent). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Change(String path, JsonNode before, JsonNode after) {
    }

    /** The fields that identify an array's items, tried in this order. */
    private static final List<String> IDS = List.of("partnerId", "actionId", "meetingId", "amendmentId", "indicatorId",
                                                    "sectorId", "code", "version");
    /** Bookkeeping of the state itself, answered beside the diff rather than in it. */
    private static final List<String> BOOKKEEPING = List.of("version", "position");

    private StateDiff() {
    }

    static List<Change> between(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        compare("", withoutBookkeeping(before), withoutBookkeeping(after), changes);
        return changes;
    }

    private static JsonNode withoutBookkeeping(JsonNode state) {
        if (state instanceof ObjectNode object) {
            ObjectNode copy = object.deepCopy();
            BOOKKEEPING.forEach(copy::remove);
            return copy;
        }
        return state;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<Change> changes) {
        boolean absentBefore = absent(before);
        boolean absentAfter = absent(after);
        if (absentBefore && absentAfter) {
            return;
        }
        if (!absentBefore && !absentAfter) {
            if (before.isObject() && after.isObject()) {
                objects(path, before, after, changes);
                return;
            }
            if (before.isArray() && after.isArray()) {
                arrays(path, before, after, changes);
                return;
            }
            if (before.equals(after)) {
                return;
            }
        }
        changes.add(new Change(path.isEmpty() ? "/" : path, absentBefore ? null : before, absentAfter ? null : after));
    }

    private static void objects(String path, JsonNode before, JsonNode after, List<Change> changes) {
        Set<String> names = new LinkedHashSet<>();
        after.fieldNames().forEachRemaining(names::add);
        before.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            compare(path + "/" + segment(name), before.get(name), after.get(name), changes);
        }
    }

    private static void arrays(String path, JsonNode before, JsonNode after, List<Change> changes) {
        if (before.equals(after)) {
            return;
        }
        String id = idField(before, after);
        if (id != null) {
            Map<String, JsonNode> beforeById = byId(before, id);
            Map<String, JsonNode> afterById = byId(after, id);
            afterById.forEach((key, item) -> compare(path + "/" + segment(key), beforeById.get(key), item, changes));
            beforeById.forEach((key, item) -> {
                if (!afterById.containsKey(key)) {
                    compare(path + "/" + segment(key), item, null, changes);
                }
            });
            return;
        }
        // a bag: match equal elements, what is left was removed or added
        boolean[] kept = new boolean[before.size()];
        List<Integer> added = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            int match = -1;
            for (int j = 0; j < before.size() && match < 0; j++) {
                if (!kept[j] && before.get(j).equals(after.get(i))) {
                    match = j;
                }
            }
            if (match >= 0) {
                kept[match] = true;
            } else {
                added.add(i);
            }
        }
        for (int j = 0; j < before.size(); j++) {
            if (!kept[j]) {
                changes.add(new Change(path + "/" + j, before.get(j), null));
            }
        }
        for (int i : added) {
            changes.add(new Change(path + "/" + i, null, after.get(i)));
        }
    }

    /** The first id field every item of both arrays has, unique within each; null if none. */
    private static String idField(JsonNode before, JsonNode after) {
        for (String id : IDS) {
            if (identifies(before, id) && identifies(after, id)) {
                return id;
            }
        }
        return null;
    }

    private static boolean identifies(JsonNode array, String id) {
        Set<String> seen = new HashSet<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            JsonNode value = it.next().get(id);
            if (value == null || !value.isValueNode() || value.isNull() || !seen.add(value.asText())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byId(JsonNode array, String id) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        array.elements().forEachRemaining(item -> items.put(item.get(id).asText(), item));
        return items;
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /** A JSON pointer segment: {@code ~} and {@code /} escaped (RFC 6901). */
    private static String segment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
