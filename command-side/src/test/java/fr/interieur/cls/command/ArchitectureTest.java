package fr.interieur.cls.command;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The command side never reaches into the query side, and its domain does not reach into its web wiring. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.interieur.cls.command");

    @Test
    void theCommandSideDoesNotDependOnTheQuerySide() {
        noClasses().should().dependOnClassesThat().resideInAPackage("fr.interieur.cls.query..").check(classes);
    }

    @Test
    void aggregatesAndRulesDoNotDependOnHttp() {
        noClasses().that().resideInAnyPackage("fr.interieur.cls.command.common..", "fr.interieur.cls.command.contract.rules..",
                                              "fr.interieur.cls.command.contract.registry..")
                   .or().haveSimpleName("Contract").or().haveSimpleName("PoliceDistrict")
                   .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
                                                                      "fr.interieur.cls.command.infrastructure.web..")
                   .check(classes);
    }
}
