package jianfu.demo;

import static jianfu.demo.Wording.plain;

import java.util.List;

/** What a department asks communities to take on (applications.matter_type). */
enum MatterType {
  WORK_ITEM(
      "SX",
      "开展",
      List.of(
          plain("信息采集"),
          plain("入户走访"),
          plain("数据报送"),
          plain("排查整治"),
          plain("宣传发动"),
          plain("动态管理"),
          plain("考核填报"),
          plain("摸底调查"),
          plain("核查核实"),
          plain("登记造册"),
          plain("督查迎检"),
          plain("材料报送"))),
  LEDGER("TZ", "建立", List.of(plain("台账"), plain("工作台账"), plain("登记簿"), plain("工作档案"))),
  SIGNBOARD(
      "BP",
      "悬挂",
      List.of(
          new Wording("PLAQUE", "工作站"),
          new Wording("PLAQUE", "服务站"),
          new Wording("PLAQUE", "工作室"),
          new Wording("WALL_RULES", "工作制度"),
          new Wording("WALL_RULES", "工作职责"),
          new Wording("WALL_RULES", "工作流程图"),
          new Wording("SIGN", "宣传栏"),
          new Wording("SIGN", "公示牌"),
          new Wording("SIGN", "警示牌"))),
  ACTIVITY(
      "HD",
      "开展",
      List.of(
          new Wording("CREATION", "示范社区创建"),
          new Wording("COMPLIANCE", "达标验收"),
          new Wording("INSPECTION", "专项检查"),
          new Wording("INSPECTION", "督查暗访"),
          new Wording("EVALUATION", "工作考评"),
          new Wording("COMMENDATION", "先进评选")));

  /** Prefix of the matter codes (the item_code of work items). */
  final String codePrefix;

  /** What a community does with such a matter, as an application's title says it (开展, 悬挂). */
  final String verb;

  final List<Wording> wordings;

  MatterType(String codePrefix, String verb, List<Wording> wordings) {
    this.codePrefix = codePrefix;
    this.verb = verb;
    this.wordings = wordings;
  }
}
