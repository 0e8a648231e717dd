package jianfu.demo;

import static jianfu.demo.Category.GOVERNMENT;
import static jianfu.demo.Category.MASS_ORG;
import static jianfu.demo.Category.OTHER;
import static jianfu.demo.Category.PARTY;
import static jianfu.demo.Category.VERTICAL;
import static jianfu.demo.Conduct.MODEL;
import static jianfu.demo.Conduct.OFFENDER;
import static jianfu.demo.Conduct.ORDINARY;

import java.util.ArrayList;
import java.util.List;

/** The district's departments (部门) in all five categories, coded D01, D02, ... */
final class DepartmentRoster {

  private record Entry(String name, Category category, Conduct conduct, List<String> topics) {}

  private static final List<Entry> ENTRIES =
      List.of(
          new Entry("区委组织部", PARTY, MODEL, List.of("基层党建", "党员管理", "党群服务")),
          new Entry("区委宣传部", PARTY, ORDINARY, List.of("新时代文明实践", "理论宣讲")),
          new Entry("区委政法委", PARTY, ORDINARY, List.of("平安建设", "网格化管理")),
          new Entry("区委统战部", PARTY, ORDINARY, List.of("民族宗教", "统一战线")),
          new Entry("区委社会工作部", PARTY, MODEL, List.of("志愿服务", "社会组织")),
          new Entry("区纪委监委", PARTY, ORDINARY, List.of("村务监督")),
          new Entry("区委网信办", PARTY, ORDINARY, List.of("网络安全宣传")),
          new Entry("区委老干部局", PARTY, ORDINARY, List.of("离退休干部服务")),
          new Entry("区民政局", GOVERNMENT, MODEL, List.of("低保救助", "养老服务", "殡葬改革", "未成年人保护")),
          new Entry("区人力资源和社会保障局", GOVERNMENT, ORDINARY, List.of("就业援助", "社会保险")),
          new Entry("区卫生健康委员会", GOVERNMENT, ORDINARY, List.of("健康教育", "计划生育", "爱国卫生")),
          new Entry("区住房和城乡建设局", GOVERNMENT, OFFENDER, List.of("物业管理", "老旧小区改造")),
          new Entry("区城市管理局", GOVERNMENT, OFFENDER, List.of("垃圾分类", "市容整治", "违建治理")),
          new Entry("区应急管理局", GOVERNMENT, OFFENDER, List.of("安全生产", "防汛防台", "防灾减灾")),
          new Entry("区市场监督管理局", GOVERNMENT, OFFENDER, List.of("食品安全", "特种设备")),
          new Entry("区教育局", GOVERNMENT, ORDINARY, List.of("社区教育")),
          new Entry("区文体广电和旅游局", GOVERNMENT, ORDINARY, List.of("全民健身", "公共文化")),
          new Entry("区退役军人事务局", GOVERNMENT, MODEL, List.of("退役军人服务")),
          new Entry("区医疗保障局", GOVERNMENT, ORDINARY, List.of("医保参保")),
          new Entry("区司法局", GOVERNMENT, ORDINARY, List.of("人民调解", "法治宣传", "社区矫正")),
          new Entry("区农业农村局", GOVERNMENT, ORDINARY, List.of("农村人居环境", "农房建设")),
          new Entry("区水利局", GOVERNMENT, ORDINARY, List.of("河长制")),
          new Entry("区统计局", GOVERNMENT, ORDINARY, List.of("统计调查")),
          new Entry("区商务局", GOVERNMENT, ORDINARY, List.of("消费帮扶")),
          new Entry("区发展和改革委员会", GOVERNMENT, ORDINARY, List.of("价格监测")),
          new Entry("区数据局", GOVERNMENT, ORDINARY, List.of("数据归集")),
          new Entry("区财政局", GOVERNMENT, ORDINARY, List.of("惠民资金")),
          new Entry("区总工会", MASS_ORG, ORDINARY, List.of("职工服务")),
          new Entry("共青团海陵区委", MASS_ORG, ORDINARY, List.of("青少年服务")),
          new Entry("区妇女联合会", MASS_ORG, MODEL, List.of("妇女儿童")),
          new Entry("区残疾人联合会", MASS_ORG, ORDINARY, List.of("残疾人服务")),
          new Entry("区科学技术协会", MASS_ORG, ORDINARY, List.of("科普宣传")),
          new Entry("区红十字会", MASS_ORG, ORDINARY, List.of("应急救护培训")),
          new Entry("区工商业联合会", MASS_ORG, ORDINARY, List.of("民营经济服务")),
          new Entry("区关心下一代工作委员会", MASS_ORG, ORDINARY, List.of("关心下一代")),
          new Entry("泰州市公安局海陵分局", VERTICAL, OFFENDER, List.of("治安防控", "流动人口", "禁毒", "反诈")),
          new Entry("泰州市海陵生态环境局", VERTICAL, ORDINARY, List.of("生态环境")),
          new Entry("国家税务总局泰州市海陵区税务局", VERTICAL, ORDINARY, List.of("税费宣传")),
          new Entry("海陵区消防救援大队", VERTICAL, ORDINARY, List.of("消防安全")),
          new Entry("泰州市自然资源和规划局海陵分局", VERTICAL, ORDINARY, List.of("耕地保护")),
          new Entry("海陵区气象局", VERTICAL, ORDINARY, List.of("气象防灾")),
          new Entry("区供销合作总社", OTHER, ORDINARY, List.of("供销服务")),
          new Entry("区融媒体中心", OTHER, ORDINARY, List.of("融媒体通讯")),
          new Entry("国网泰州市海陵区供电公司", OTHER, ORDINARY, List.of("电力设施保护")),
          new Entry("区燃气管理办公室", OTHER, OFFENDER, List.of("燃气安全")));

  private DepartmentRoster() {}

  static List<Department> departments() {
    List<Department> departments = new ArrayList<>();
    for (int i = 0; i < ENTRIES.size(); i++) {
      Entry entry = ENTRIES.get(i);
      departments.add(
          new Department(
              "D%02d".formatted(i + 1),
              entry.name(),
              entry.category(),
              entry.conduct(),
              entry.topics()));
    }
    return List.copyOf(departments);
  }
}
