package jianfu.jobs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a district with many work items: ten communities under two streets, five departments and
 * five approved applications, and work items spread over two files (work_items-2.csv is read
 * first). Every {@value #FLAW_EVERY}th item carries a flaw, in turn: a bad year, a missing name, an
 * unknown department, an extra field, an identical copy (collapsed) and a second version of its key
 * (both quarantined as DUPLICATE_KEY).
 */
final class LargeDistrict {

  static final int FLAW_EVERY = 997;
  private static final String WORK_ITEMS_HEADER =
      "org_code,year,item_code,item_name,dept_code,application_id\n";
  private static final int COMMUNITIES = 10;
  private static final int DEPARTMENTS = 5;
  private static final int YEARS = 4;
  private static final int FLAWS = 6;
  private static final int NOT_ADMITTED_EVERY = 3;

  private LargeDistrict() {}

  /** Writes the district with {@code items} work items and returns how many records they make. */
  static long write(Path input, int items) throws IOException {
    writeReferenceTables(input);
    int firstFileItems = items * 2 / 5;
    return writeWorkItems(input.resolve("work_items-2.csv"), 0, firstFileItems)
        + writeWorkItems(input.resolve("work_items.csv"), firstFileItems, items);
  }

  private static void writeReferenceTables(Path input) throws IOException {
    StringBuilder orgs = new StringBuilder("org_code,org_name,level,parent_code,community_type");
    orgs.append(",residents\nD0,示范区,DISTRICT,,,\nS1,东街道,STREET,D0,,\nS2,西街道,STREET,D0,,\n");
    StringBuilder departments = new StringBuilder("dept_code,dept_name,category\n");
    StringBuilder applications =
        new StringBuilder(
            "application_id,dept_code,title,matter_type,legal_basis,scope,support_personnel,"
                + "support_funding_yuan,support_materials,submitted_on,status,decided_on,reason,"
                + "resubmission_of,revoked_on\n");
    for (int c = 1; c <= COMMUNITIES; c++) {
      orgs.append("C%02d,社区%d,COMMUNITY,S%d,URBAN,%d\n".formatted(c, c, 1 + c % 2, 1000 + c));
    }
    for (int d = 1; d <= DEPARTMENTS; d++) {
      departments.append("D%02d,部门%d,GOVERNMENT\n".formatted(d, d));
      applications.append(
          "A%02d,D%02d,准入事项%d,WORK_ITEM,条例,ALL,1,1000.00,,2020-01-10,APPROVED,2020-02-01,,,\n"
              .formatted(d, d, d));
    }
    Files.writeString(input.resolve("org_units.csv"), orgs, StandardCharsets.UTF_8);
    Files.writeString(input.resolve("departments.csv"), departments, StandardCharsets.UTF_8);
    Files.writeString(input.resolve("applications.csv"), applications, StandardCharsets.UTF_8);
  }

  /** Writes items {@code from} to {@code to} (exclusive), streamed; returns the records written. */
  private static long writeWorkItems(Path file, int from, int to) throws IOException {
    long records = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(WORK_ITEMS_HEADER);
      for (int item = from; item < to; item++) {
        String[] row = workItem(item);
        if (item > 0 && item % FLAW_EVERY == 0) {
          switch (item / FLAW_EVERY % FLAWS) {
            case 0 -> row[1] = "20x1";
            case 1 -> row[3] = "";
            case 2 -> row[4] = "D99";
            case 3 -> row[5] += ",extra";
            case 4 -> records += write(out, row);
            default -> {
              String[] otherVersion = row.clone();
              otherVersion[3] += "（修订）";
              records += write(out, otherVersion);
            }
          }
        }
        records += write(out, row);
      }
    }
    return records;
  }

  private static int write(BufferedWriter out, String[] row) throws IOException {
    out.write(String.join(",", row));
    out.write('\n');
    return 1;
  }

  /** A valid work item: its key (community, year, item code) is unique to it. */
  private static String[] workItem(int item) {
    int department = 1 + item % DEPARTMENTS;
    return new String[] {
      "C%02d".formatted(1 + item % COMMUNITIES),
      String.valueOf(2021 + item / COMMUNITIES % YEARS),
      "W%07d".formatted(item),
      "社区事项%d".formatted(item),
      "D%02d".formatted(department),
      item % NOT_ADMITTED_EVERY == 0 ? "" : "A%02d".formatted(department)
    };
  }
}
