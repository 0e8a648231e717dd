package jianfu.schemas;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A column of a table the pipeline writes (a mart, the quarantine, the audit). The type is a
 * portable SQL name: string, int, long, double, boolean, date or decimal(p,s).
 *
 * <p>A mart column also carries its meaning, declared once and printed in {@code
 * docs/indicators.md}: {@code definition} (how it is computed, in words), the Chinese {@code label}
 * and English {@code labelEn}, the {@code unit} and {@code decimals} a numeric figure is shown and
 * published with, whether it is {@code public} (published, in public_statistics or from it) and
 * whether it is a {@code headline} figure (the district headline of the headline year). The
 * ingestion tables need only name, label and type.
 */
public record OutputColumn(
    String name,
    String label,
    String labelEn,
    String type,
    String definition,
    String unit,
    Integer decimals,
    @JsonProperty("public") Boolean published,
    Boolean headline) {

  /**
   * The unit of a column whose rows carry their own unit and decimals (public_statistics.value).
   */
  public static final String PER_ROW = "per row";

  private static final Set<String> NUMERIC_TYPES = Set.of("int", "long", "double");

  /** A column of an ingestion table, which declares no meaning beyond its label. */
  public OutputColumn(String name, String label, String type) {
    this(name, label, null, type, null, null, null, null, null);
  }

  /**
   * The English label: the declared one, or for a table that declares none (ingestion and derived
   * tables) the name as words.
   */
  public String englishLabel() {
    return isBlank(labelEn) ? asWords(name) : labelEn;
  }

  /** A name as English words: {@code days_late} → "Days late". */
  public static String asWords(String name) {
    String words = name.replace('_', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  public boolean isNumeric() {
    return NUMERIC_TYPES.contains(type) || type.startsWith("decimal(");
  }

  /** What a mart column lacks of its declaration; empty when it is complete. */
  List<String> missingMeaning() {
    List<String> missing = new ArrayList<>();
    if (isBlank(label)) {
      missing.add("label");
    }
    if (isBlank(labelEn)) {
      missing.add("label_en");
    }
    if (isBlank(definition)) {
      missing.add("definition");
    }
    if (published == null) {
      missing.add("public");
    }
    if (headline == null) {
      missing.add("headline");
    }
    if (isNumeric()) {
      if (isBlank(unit)) {
        missing.add("unit (a numeric column)");
      }
      if (decimals == null && !PER_ROW.equals(unit)) {
        missing.add("decimals (a numeric column)");
      }
    } else if (unit != null || decimals != null) {
      missing.add("no unit or decimals (not a numeric column)");
    }
    return missing;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
