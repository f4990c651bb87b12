package org.casoteca;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.Test;

/** Feature packages stay independent and layered one way; risky APIs stay out. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.casoteca");

  @Test
  void featureSlicesHaveNoCycles() {
    slices().matching("org.casoteca.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void theFormatDependsOnNoOtherFeature() {
    noClasses()
        .that()
        .resideInAPackage("org.casoteca.content..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.casoteca.casestudy..",
            "org.casoteca.search..",
            "org.casoteca.site..",
            "org.casoteca.web..")
        .check(CLASSES);
  }

  @Test
  void storageDoesNotKnowAboutSearchOrPages() {
    noClasses()
        .that()
        .resideInAPackage("org.casoteca.casestudy..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.casoteca.search..", "org.casoteca.site..")
        .check(CLASSES);
  }

  @Test
  void controllersArePackagePrivate() {
    classes().that().areAnnotatedWith(Controller.class).should().notBePublic().check(CLASSES);
  }

  @Test
  void userInputNeverReachesTheClassicQueryParser() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene.queryparser.classic..")
        .check(CLASSES);
  }
}
