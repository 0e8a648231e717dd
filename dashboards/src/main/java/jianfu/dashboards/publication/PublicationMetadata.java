package jianfu.dashboards.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jianfu.dashboards.serving.HeadlineYear;

/**
 * What a reader needs to use the published figures: when they were extracted, the baseline year,
 * the headline year and the later provisional years, each indicator's unit, how the figures are
 * computed and suppressed, and the contract version.
 */
public record PublicationMetadata(
    String title,
    LocalDate asOf,
    Integer baselineYear,
    HeadlineYear headlineYear,
    int suppressionThreshold,
    int contractVersion,
    Map<String, String> units,
    List<String> methodNotes) {

  static PublicationMetadata of(
      String districtName, PublicFigures figures, int suppressionThreshold, int contractVersion) {
    Map<String, String> units = new LinkedHashMap<>();
    LocalDate asOf = null;
    Integer baselineYear = null;
    for (Observation observation : figures.observations()) {
      units.putIfAbsent(observation.indicatorCode(), observation.unit());
      asOf = observation.asOf();
      baselineYear = observation.baselineYear();
    }
    String area = districtName == null ? "" : districtName;
    return new PublicationMetadata(
        area + "社区工作减负公开统计 / Community burden reduction: public statistics",
        asOf,
        baselineYear,
        figures.headlineYear(),
        suppressionThreshold,
        contractVersion,
        units,
        methodNotes(suppressionThreshold, units.containsKey("social_orgs")));
  }

  private static List<String> methodNotes(int threshold, boolean socialOrganisations) {
    List<String> notes = new ArrayList<>(burdenNotes(threshold));
    if (socialOrganisations) {
      notes.add(
          "社区社会组织数为年末在册的组织（登记日期不晚于12月31日，且未注销或注销日期晚于12月31日），按所在社区或街道计入；"
              + "每万人社区社会组织数 = 10000 × 社区社会组织数 ÷ 各社区常住人口合计；新登记数为当年登记的组织数。"
              + " Social organisations are those registered on or before 31 December and not"
              + " deregistered by then, counted where they are based (a community or a street);"
              + " per 10,000 residents = 10000 × organisations / the communities' residents; new"
              + " registrations are those registered in the year.");
    }
    return List.copyOf(notes);
  }

  private static List<String> burdenNotes(int threshold) {
    return List.of(
        "工作事项按事项计数，检查评比等活动按社区参与次数计数，标识标牌为年末在挂块数，台账按本计数。"
            + " Work items are distinct items, activities are community participations,"
            + " signboards are boards up at year-end, ledgers are counted in volumes (本).",
        "较基期减少(%) = 100 ×（基期值 − 本期值）÷ 基期值，只比较两年都报送了该报表的社区（同口径）；"
            + "合计与社区平均只含已报送的社区（社区平均 = 合计 ÷ 已报社区数）。"
            + " Reduction (%) = 100 × (baseline − value) / baseline, over the communities that"
            + " reported the dataset in both years (like for like); totals and per-community"
            + " values cover the communities that reported (per community = total / communities"
            + " reporting).",
        "由未修约数值计算，发布时一次修约，百分比保留1位小数，四舍五入；部分数据因四舍五入的原因，存在总计与分项合计不等的情况。"
            + " Computed from unrounded values and rounded once, half up, percentages to 1"
            + " decimal; totals may differ from the sum of their parts because of rounding.",
        ("社区数少于%d个的区域不公布数值（不公布原因PRIMARY，保密状态A）；不公布街道的社区数合计少于%d个时，"
                + "另将社区数最少的已公布街道一并不公布（不公布原因SECONDARY，保密状态D），使全区合计减去已公布街道所得的社区数不少于%d个。"
                + " Areas with fewer than %d communities are not published (suppression PRIMARY,"
                + " conf_status A). While the withheld streets have fewer than %d communities"
                + " together, the published street with the fewest communities is withheld too"
                + " (SECONDARY, conf_status D), so that the district total minus the published"
                + " streets never covers fewer than %d communities.")
            .formatted(threshold, threshold, threshold, threshold, threshold, threshold),
        "状态为PROVISIONAL（初步）的数值所属年度报表收回率低于完整性门槛，可能随补报而变化，不作为主要指标；主要指标取最新定稿年度。"
            + " Status PROVISIONAL: the year's returns are below the completeness threshold, so"
            + " its figures may change as returns come in and are never the headline; the"
            + " headline is the latest final year.",
        "不含个人信息、社区级数据及部门和社区的考评结果。"
            + " No personal data, no community-level figures and no ratings of departments or"
            + " communities are published.");
  }
}
