package jianfu.dashboards.publication;

import java.util.List;

/** A burden measure as the bulletin names it, in Chinese and English, with its unit. */
record Measure(String code, String nameZh, String nameEn, String unitZh) {

  static final List<Measure> BURDEN =
      List.of(
          new Measure("work_items", "社区工作事项", "work items", "项"),
          new Measure("activities", "检查评比等活动", "inspections and evaluations", "次"),
          new Measure("signboards", "标识标牌", "signboards", "块"),
          new Measure("ledger_volumes", "台账", "ledger volumes", "本"));

  String reductionCode() {
    return code + "_reduction_pct";
  }
}
