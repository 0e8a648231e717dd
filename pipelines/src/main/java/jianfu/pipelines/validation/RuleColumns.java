package jianfu.pipelines.validation;

import java.util.ArrayList;
import java.util.List;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputColumn;

/**
 * The columns a validation check may name (docs/indicators.md, {@code validation_violations}): the
 * numeric columns of burden_by_community, and the same columns of the community's previous calendar
 * year prefixed {@code prev_}. org_code and street_code are left out: with no text literals in the
 * subset there is nothing to compare them with.
 */
public final class RuleColumns {

  public static final String PREVIOUS = "prev_";
  static final String SOURCE_MART = "burden_by_community";

  private RuleColumns() {}

  /** burden_by_community's numeric columns, in contract order. */
  public static List<String> current(Contract contract) {
    return contract.mart(SOURCE_MART).columns().stream()
        .filter(column -> column.type().equals("int") || column.type().equals("long"))
        .map(OutputColumn::name)
        .toList();
  }

  /** Every name a check may use: the current columns, then their {@code prev_} forms. */
  public static List<String> all(Contract contract) {
    List<String> names = new ArrayList<>(current(contract));
    current(contract).forEach(name -> names.add(PREVIOUS + name));
    return names;
  }
}
