package jianfu.schemas;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** The types a source column may have (docs/contract.md). */
public enum SourceType {
  STRING,
  ENUM,
  INT,
  DECIMAL,
  DATE,
  BOOLEAN;

  @JsonCreator
  static SourceType fromYaml(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
