package io.github.ucpkit.ucp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's order is the package order: a package may use the ones before it, never one after
 * it. {@code diag} (findings) and {@code model} (typed values) come first, then what reads input
 * ({@code load}), what a project decides about findings ({@code policy}), the rules ({@code check}),
 * the templates' views ({@code emit}), the output directory ({@code write}), the run cache, and on top
 * the run itself (the root package and {@code report}, which draws a run's results) and Maven.
 */
class LayeringTest {

  private static final String BASE = "io.github.ucpkit.ucp";
  /** Lowest first; one entry may hold several packages that use each other. */
  private static final List<List<String>> ORDER = List.of(
      List.of("diag"), List.of("model"), List.of("load"), List.of("policy"), List.of("check"), List.of("emit"),
      List.of("write"), List.of("cache"), List.of("", "report"), List.of("maven"));

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(BASE);

  @Test
  void noPackageUsesOneLaterInThePipeline() {
    for (int i = 0; i < ORDER.size(); i++) {
      List<String> later = new ArrayList<>();
      ORDER.subList(i + 1, ORDER.size()).forEach(later::addAll);
      for (String lower : ORDER.get(i)) {
        noClasses().that().resideInAPackage(pattern(lower))
            .should().dependOnClassesThat().resideInAnyPackage(later.stream().map(p -> pattern(p)).toArray(String[]::new))
            .because("a step of the pipeline (load → model → check → emit → write) uses only what comes before it: the model types first, then load, policy, check, emit, write, cache, the run and its report, Maven")
            .check(CLASSES);
      }
    }
  }

  @Test
  void everyPackageHasItsPlaceInTheOrder() {
    List<String> known = new ArrayList<>();
    ORDER.forEach(known::addAll);
    noClasses().should().resideOutsideOfPackages(known.stream().map(p -> pattern(p)).toArray(String[]::new))
        .because("a new top-level package must be placed in LayeringTest.ORDER")
        .check(CLASSES);
  }

  /** The root package alone, or a top-level package with its subpackages. */
  private static String pattern(String pkg) {
    return pkg.isEmpty() ? BASE : BASE + "." + pkg + "..";
  }
}
