package fr.interieur.cls.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable name and revision an event is stored under. Both outlive the Java class: renaming or moving a
 * record keeps its name; changing its JSON shape means a new revision, a new golden file and an upcaster.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String name();

    int revision() default 1;
}
