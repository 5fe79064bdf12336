package fr.interieur.cls.events;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;

/** Walks records and lists, reporting components that are null and lists that are empty. */
final class Populated {

    private Populated() {
    }

    static void check(Object value, String path, List<String> gaps) {
        if (value == null) {
            gaps.add(path + " is null");
        } else if (value instanceof Collection<?> collection) {
            if (collection.isEmpty()) {
                gaps.add(path + " is empty");
            }
            int i = 0;
            for (Object element : collection) {
                check(element, path + "[" + i++ + "]", gaps);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                check(read(component, value), path + "." + component.getName(), gaps);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
