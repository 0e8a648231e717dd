package jianfu.schemas.settings;

import java.nio.file.Path;
import java.util.List;

/**
 * The {@code validation:} section of conf/jianfu.yml: the validation rules (docs/indicators.md,
 * {@code validation_violations}). A {@code rules} list given in the file replaces the defaults
 * whole. Whether each check is allowed is decided by {@code
 * jianfu.pipelines.validation.ValidationRules}, before any work starts.
 */
public record ValidationSettings(List<ValidationRule> rules) {

  public ValidationSettings {
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /** The three default rules of docs/indicators.md. */
  public static ValidationSettings defaults() {
    return new ValidationSettings(
        List.of(
            new ValidationRule(
                "WORK_ITEMS_FELL_80",
                "工作事项较上年减少八成以上",
                "Work items fell by more than 80% on the previous year",
                "work_items >= 0.2 * prev_work_items"),
            new ValidationRule(
                "LEDGERS_WITHOUT_WORK_ITEMS",
                "有台账而无工作事项",
                "Ledger volumes without any work item",
                "ledger_volumes = 0 OR work_items > 0"),
            new ValidationRule(
                "LEDGER_VOLUMES_OVER_3000",
                "台账超过3000本",
                "More than 3,000 ledger volumes",
                "ledger_volumes <= 3000")));
  }

  /** The {@code validation:} section of {@code conf}, each missing key taking its default. */
  public static ValidationSettings read(Path conf) {
    return SettingsFile.section(conf, "validation", defaults(), ValidationSettings.class);
  }
}
