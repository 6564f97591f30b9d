package io.github.ucpkit.ucp.model.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Floats as docker-compose's Python has them; every expected value was printed by PyYAML 6 on CPython 3.11. */
class PyFloatTest {

  @ParameterizedTest(name = "{0} is {1} in a label, {2} in YAML")
  @CsvSource(delimiter = '|', value = {
    "1.0e+20|1e+20|1.0e+20",
    "1.0e+16|1e+16|1.0e+16",
    "1.0e+15|1000000000000000.0|1000000000000000.0",
    "0.0001|0.0001|0.0001",
    "0.00001|1e-05|1.0e-05",
    "123456789012345678.0|1.2345678901234568e+17|1.2345678901234568e+17",
    "1.5|1.5|1.5",
    "-0.0|-0.0|-0.0",
    "0.1|0.1|0.1",
    "1:30.5|90.5|90.5",
    "-1:30.5|-90.5|-90.5",
    "1.0e+999999999|inf|.inf",
    "-1.0e+999999999|-inf|-.inf",
    "1.5e-999999999|0.0|0.0",
    ".inf|inf|.inf",
    "-.inf|-inf|-.inf",
    ".nan|nan|.nan",
    "2.5e-5|2.5e-05|2.5e-05",
    "1_000.5|1000.5|1000.5",
    "190:20:30.15|685230.15|685230.15",
    "6.8523015e+5|685230.15|685230.15",
    "685.230_15e+03|685230.15|685230.15",
    "685_230.15|685230.15|685230.15",
    "3.0|3.0|3.0",
    ".5|0.5|0.5",
    "1.|1.0|1.0",
    "0.30000000000000004|0.30000000000000004|0.30000000000000004",
    "1.7976931348623157e+308|1.7976931348623157e+308|1.7976931348623157e+308",
    "5.0e-324|5e-324|5.0e-324",
    "4.9e-324|5e-324|5.0e-324",
    "2.2250738585072014e-308|2.2250738585072014e-308|2.2250738585072014e-308",
    "9007199254740993.0|9007199254740992.0|9007199254740992.0",
    "0.1e-3|0.0001|0.0001",
    "123.456e+7|1234560000.0|1234560000.0",
    "1:0:0:0:0.5|12960000.5|12960000.5"})
  void asPythonPrintsIt(String yaml, String str, String represented) {
    assertEquals(ScalarType.FLOAT, Yaml11.resolvePlain(yaml));
    assertEquals(str, Yaml11.pythonFloat(yaml));
    assertEquals(represented, Yaml11.representFloat(yaml));
  }

  @Test
  void base60FloatsOverflowWherePyYamlRaisesOverflowError() {
    String parts174 = "1" + ":0".repeat(172) + ":0.5";
    assertTrue(PyFloat.construct(parts174).isPresent());
    assertEquals(OptionalDouble.empty(), PyFloat.construct("1" + ":0".repeat(173) + ":0.5"));
    assertEquals("4.170290573391028e+307", PyFloat.str(PyFloat.construct(parts174).getAsDouble()));
  }

  /** repr's promise: the shortest text that reads back as the same double. */
  @Test
  void strReadsBackAsTheSameDouble() {
    Random random = new Random(20261203L);
    for (int i = 0; i < 20_000; i++) {
      double d = Double.longBitsToDouble(random.nextLong());
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        continue;
      }
      String s = PyFloat.str(d);
      assertEquals(d, Double.parseDouble(s), s);
      String digits = s.replaceAll("e.*$", "").replace("-", "").replace(".", "").replaceAll("^0+", "");
      assertTrue(digits.length() <= 17, s);
    }
  }
}
