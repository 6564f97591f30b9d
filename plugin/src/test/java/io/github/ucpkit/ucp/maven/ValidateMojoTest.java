package io.github.ucpkit.ucp.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The Mojo's wiring: parameters, defaults, skip and the failure mapping, with Maven's test harness. */
@MojoTest
class ValidateMojoTest {

  private static final String FIXTURES = "${project.basedir}/src/test/resources/rules/";

  @Test
  @InjectMojo(goal = "validate")
  @MojoParameter(name = "compose", value = FIXTURES + "COMPOSE-NET-001/bad/docker-compose.yml")
  @MojoParameter(name = "reportDirectory", value = "${project.build.directory}/mojo-test/bad")
  void errorsFailTheBuildWithTheFirstFinding(ValidateMojo mojo) {
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(e.getMessage().contains("COMPOSE-NET-001"), e.getMessage());
    assertTrue(e.getMessage().contains("3 errors"), e.getMessage()); // two COMPOSE-NET-001, one COMPOSE-NET-002
  }

  @Test
  @InjectMojo(goal = "validate")
  @MojoParameter(name = "compose", value = FIXTURES + "COMPOSE-NET-001/good/docker-compose.yml")
  @MojoParameter(name = "reportDirectory", value = "${project.build.directory}/mojo-test/good")
  void aCleanFilePassesAndWritesSarif(ValidateMojo mojo) {
    assertDoesNotThrow(mojo::execute);
    assertTrue(Files.isRegularFile(Path.of("target/mojo-test/good/ucp.sarif")));
  }

  @Test
  @InjectMojo(goal = "validate")
  @MojoParameter(name = "compose", value = FIXTURES + "COMPOSE-VER-002/bad/compose-3.3.yml")
  @MojoParameter(name = "reportDirectory", value = "${project.build.directory}/mojo-test/stack")
  @MojoParameter(name = "deployWith", value = "stack")
  void deployWithStackReadsTheFileAsTheStackDeployerDoes(ValidateMojo mojo) {
    // for docker-compose these keys are warnings; docker stack deploy refuses them
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(e.getMessage().contains("COMPOSE-VER-003"), e.getMessage());
    assertTrue(e.getMessage().contains("1 file for docker stack deploy"), e.getMessage());
  }

  @Test
  @InjectMojo(goal = "validate")
  @MojoParameter(name = "compose", value = FIXTURES + "COMPOSE-VER-002/bad/compose-3.3.yml")
  @MojoParameter(name = "deployWith", value = "swarm")
  void anUnknownDeployWithIsAClearError(ValidateMojo mojo) {
    MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
    assertTrue(e.getMessage().equals("ucp: deployWith must be auto, compose or stack, not \"swarm\""), e.getMessage());
  }

  @Test
  @InjectMojo(goal = "validate")
  @MojoParameter(name = "compose", value = FIXTURES + "COMPOSE-NET-001/bad/docker-compose.yml")
  @MojoParameter(name = "skip", value = "true")
  void skipSkips(ValidateMojo mojo) {
    assertDoesNotThrow(mojo::execute);
  }
}
