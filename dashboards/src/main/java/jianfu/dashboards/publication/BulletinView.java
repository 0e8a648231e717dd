package jianfu.dashboards.publication;

import java.util.List;

/**
 * What the bulletin template shows; every text is already formatted. {@code period} says which year
 * the figures are for and which later years are provisional (null when nothing is published);
 * {@code social} is the section on social organisations (null when none are published).
 */
record BulletinView(
    String titleZh,
    String titleEn,
    String asOf,
    Headline period,
    List<Headline> headlines,
    List<String> paragraphsZh,
    List<String> paragraphsEn,
    List<String> streetColumns,
    List<StreetRow> streets,
    SocialSection social,
    List<String> footnotes,
    List<String> notes) {

  /** 四、社区社会组织: the district's figures in words, then a table of streets. */
  record SocialSection(
      String paragraphZh, String paragraphEn, List<String> columns, List<StreetRow> streets) {}

  /** 社区工作事项较基期减少60.0% / Work items: 60.0% fewer than in 2022. */
  record Headline(String zh, String en) {}

  record StreetRow(String name, List<Cell> cells) {}

  /** One figure; a suppressed one is shown as a dash with the footnote's mark. */
  record Cell(String text, String mark) {}
}
