package jianfu.dashboards.superset;

import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * YAML as Superset reads it. Superset loads bundle files with PyYAML's {@code safe_load}, which
 * follows YAML 1.1: unquoted {@code yes}, {@code on}, {@code 1.0} or an ISO date are not strings
 * there. SnakeYAML resolves plain scalars by the same 1.1 rules, so it reads a file as Superset
 * does, and when it writes it quotes every string that would otherwise load as something else.
 */
final class BundleYaml {

  private BundleYaml() {}

  static Map<String, Object> read(String text) {
    return yaml().load(text);
  }

  static String write(Map<String, Object> document) {
    return yaml().dump(document);
  }

  private static Yaml yaml() {
    DumperOptions dumper = new DumperOptions();
    dumper.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    dumper.setAllowUnicode(true);
    dumper.setSplitLines(false);
    dumper.setLineBreak(DumperOptions.LineBreak.UNIX);
    LoaderOptions loader = new LoaderOptions();
    return new Yaml(new SafeConstructor(loader), new Representer(dumper), dumper, loader);
  }
}
