package jianfu.schemas;

/**
 * A burden measure: a figure each community reports every year in one of its returns ({@code
 * dataset}, a value of returns.dataset), counted per community in burden_by_community and summed,
 * averaged and compared with the baseline year in burden_summary. The measures are listed once in
 * contract.yml; a measure's labels and unit are those its burden_summary column declares, so the
 * headline, the public files, the report and Superset all name it alike.
 */
public record Measure(String name, String dataset, String label, String labelEn, String unit) {

  /** burden_summary's column of the communities that reported the measure. */
  public String reportingColumn() {
    return name + "_reporting";
  }

  /** burden_summary's column of the measure's average over the communities that reported it. */
  public String perCommunityColumn() {
    return name + "_per_community";
  }

  /** burden_summary's column of the measure in the baseline year. */
  public String baselineColumn() {
    return name + "_baseline";
  }

  /** burden_summary's column of the communities that reported the measure in both years. */
  public String comparableColumn() {
    return name + "_comparable";
  }

  /** burden_summary's column of the reduction against the baseline year, in percent. */
  public String reductionPctColumn() {
    return name + "_reduction_pct";
  }
}
