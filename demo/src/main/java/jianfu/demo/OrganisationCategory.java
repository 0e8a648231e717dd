package jianfu.demo;

import java.util.List;

/**
 * social_organisations.category, with the kinds of organisation a demo name is made of and each
 * category's share of the organisations that are not self-governance associations.
 */
enum OrganisationCategory {
  SERVICE(0.40, List.of("志愿服务队", "邻里互助会", "老年人协会", "助残服务社", "文体协会")),
  CHARITY(0.12, List.of("慈善工作站", "爱心互助会", "慈善超市")),
  PURCHASED_SERVICE(0.23, List.of("社会工作服务站", "居家养老服务中心", "青少年服务中心", "社工服务社")),
  SELF_GOVERNANCE(0, List.of("自治促进会")),
  OTHER(0.25, List.of("读书会", "书画社", "舞蹈队", "太极拳协会"));

  /** The categories drawn by share; associations are chosen apart (OrganisationRoster). */
  static final List<OrganisationCategory> DRAWN =
      List.of(SERVICE, CHARITY, PURCHASED_SERVICE, OTHER);

  private final double share;
  private final List<String> kinds;

  OrganisationCategory(double share, List<String> kinds) {
    this.share = share;
    this.kinds = kinds;
  }

  static double[] shares() {
    return DRAWN.stream().mapToDouble(category -> category.share).toArray();
  }

  List<String> kinds() {
    return kinds;
  }
}
