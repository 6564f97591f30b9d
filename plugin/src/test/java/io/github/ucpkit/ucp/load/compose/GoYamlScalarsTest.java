package io.github.ucpkit.ucp.load.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ucpkit.ucp.diag.Location;
import io.github.ucpkit.ucp.model.yaml.ScalarType;
import io.github.ucpkit.ucp.model.yaml.YScalar;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Plain scalars as the docker CLI's YAML reader types them. The expectations were measured with
 * {@code docker stack config} (docker CLI 28.2.2), which prints each value back as it read it.
 */
class GoYamlScalarsTest {

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "yes|STR|yes", "on|STR|on", "y|STR|y", "No|STR|No", "off|STR|off",
      "true|BOOL|true", "True|BOOL|true", "FALSE|BOOL|false", "tRUE|STR|tRUE",
      "~|NULL|~", "null|NULL|null", "Null|NULL|Null", "nULL|STR|nULL",
      "80:80|STR|80:80", "1:20|STR|1:20",
      "0777|INT|511", "0o17|INT|15", "0x1F|INT|31", "0b101|INT|5", "1_000|INT|1000", "012|INT|10", "-0x10|INT|-16",
      "08|FLOAT|8.0", "1e3|FLOAT|1000.0", "1.0|FLOAT|1.0", ".5|FLOAT|0.5", "1e400|STR|1e400",
      "1.5e-999999999|FLOAT|0.0", "1e-99999999999999999999|FLOAT|0.0", "1e-5|FLOAT|0.00001",
      ".inf|FLOAT|.inf", "-.Inf|FLOAT|-.Inf", ".nan|FLOAT|.nan",
      "2001-12-14|STR|2001-12-14", "2001-12-14T21:59:43.10-05:00|STR|2001-12-14T21:59:43.10-05:00",
      "18446744073709551615|INT|18446744073709551615", "18446744073709551616|FLOAT|18446744073709551616.0",
      "nginx|STR|nginx", "+80|INT|80", "3.7|FLOAT|3.7"})
  void typesPlainScalarsAsGoYamlDoes(String text, ScalarType type, String canonical) {
    YScalar plain = new YScalar(text, ScalarType.STR, true, new Location(Path.of("f.yml"), 1, 1));
    YScalar typed = GoYamlScalars.retype(plain);
    assertEquals(type, typed.type());
    assertEquals(canonical, typed.text());
  }
}
