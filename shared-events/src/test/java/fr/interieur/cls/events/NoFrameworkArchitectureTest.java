package fr.interieur.cls.events;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** shared-events is the contract between both sides: plain Java and Jackson, no framework. */
class NoFrameworkArchitectureTest {

    private static final JavaClasses EVENTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.interieur.cls.events");

    @Test
    void importsTheMainClasses() {
        // a rule over an empty import proves nothing
        assertThat(EVENTS.contain(EventCatalog.class)).isTrue();
        assertThat(EVENTS.contain(SampleEvents.class)).isFalse();
    }

    @Test
    void dependsOnNoFramework() {
        noClasses().that().resideInAPackage("fr.interieur.cls.events..")
                   .should().dependOnClassesThat().resideInAnyPackage(
                           "org.springframework..", "org.axonframework..", "jakarta.persistence..",
                           "jakarta.servlet..", "org.hibernate..")
                   .check(EVENTS);
    }

    @Test
    void dependsOnlyOnTheJdkAndJackson() {
        classes().that().resideInAPackage("fr.interieur.cls.events..")
                 .should().onlyDependOnClassesThat().resideInAnyPackage(
                         "java..", "com.fasterxml.jackson..", "fr.interieur.cls.events..")
                 .check(EVENTS);
    }

    @Test
    void eventsAndValueObjectsUseJacksonAnnotationsAtMost() {
        // only EventJson, the shared mapper configuration, needs more of Jackson than its annotations
        noClasses().that().resideInAnyPackage("fr.interieur.cls.events.contract..", "fr.interieur.cls.events.district..",
                           "fr.interieur.cls.events.types..")
                   .should().dependOnClassesThat(resideInAPackage("com.fasterxml.jackson..")
                           .and(resideOutsideOfPackage("com.fasterxml.jackson.annotation..")))
                   .check(EVENTS);
    }
}
