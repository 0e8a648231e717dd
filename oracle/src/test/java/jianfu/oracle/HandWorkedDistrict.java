package jianfu.oracle;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import jianfu.schemas.Contract;

/**
 * A district small enough to work every mart out by hand: streets S01 (C1, C2) and S02 (C3),
 * departments DEP1 and DEP2, reporting years 2021 and 2022 (the years of its returns).
 * DuckDbMartsTest states the expected values with their working. {@link #writeWithoutReturns}
 * writes the same district without its returns (an input of v1).
 */
final class HandWorkedDistrict {

  private HandWorkedDistrict() {}

  static void write(Path rawDir) throws SQLException, IOException {
    write(rawDir, true);
  }

  static void writeWithoutReturns(Path rawDir) throws SQLException, IOException {
    write(rawDir, false);
  }

  private static void write(Path rawDir, boolean withReturns) throws SQLException, IOException {
    Contract contract = Contract.load();
    RawRows rows = new RawRows(contract);
    rows.add(
        "org_units",
        """
        org_code | org_name | level     | parent_code | community_type | residents
        D00      | 区       | DISTRICT  |             |                |
        S01      | 街道一   | STREET    | D00         |                |
        S02      | 街道二   | STREET    | D00         |                |
        C1       | 社区一   | COMMUNITY | S01         | URBAN          | 100
        C2       | 社区二   | COMMUNITY | S01         | URBAN          | 100
        C3       | 社区三   | COMMUNITY | S02         | RURAL          | 100
        """);
    rows.add(
        "departments",
        """
        dept_code | dept_name | category
        DEP1      | 部门一    | GOVERNMENT
        DEP2      | 部门二    | PARTY
        """);
    // A1 decided on year-end 2021; A2 revoked on year-end 2022, ALL with a scope row that must
    // not narrow it; A4 submitted in 2022 and decided after year-end.
    rows.add(
        "applications",
        """
        application_id | dept_code | title | matter_type | scope  | support_personnel \
        | support_funding_yuan | support_materials | submitted_on | status    | decided_on \
        | reason                | revoked_on
        A1 | DEP1 | 一 | WORK_ITEM | LISTED | 2 | 1000.00 | 电脑 | 2021-12-01 | APPROVED  \
        | 2021-12-31 |                       |
        A2 | DEP1 | 二 | LEDGER    | ALL    | 1 | 0.00    |      | 2021-06-01 | REVOKED   \
        | 2021-06-11 | SUPPORT_NOT_DELIVERED | 2022-12-31
        A3 | DEP2 | 三 | SIGNBOARD | LISTED | 0 | 0.00    |      | 2022-03-01 | REJECTED  \
        | 2022-03-05 | NO_LEGAL_BASIS        |
        A4 | DEP2 | 四 | ACTIVITY  | LISTED | 1 | 500.00  |      | 2022-12-20 | APPROVED  \
        | 2023-01-01 |                       |
        A5 | DEP2 | 五 | WORK_ITEM | LISTED | 0 | 0.00    |      | 2022-05-01 | WITHDRAWN \
        |            |                       |
        A6 | DEP1 | 六 | WORK_ITEM | LISTED | 0 | 0.00    |      | 2022-07-01 | PENDING   \
        |            |                       |
        """);
    rows.add(
        "application_scope",
        """
        application_id | org_code
        A1             | C1
        A1             | C2
        A2             | C1
        A4             | C3
        """);
    rows.add(
        "consultations",
        """
        application_id | org_code | opinion  | opined_on
        A3             | C1       | DISAGREE | 2022-03-02
        A3             | C2       | AGREE    | 2022-03-02
        A4             | C3       | DISAGREE | 2022-12-21
        """);
    // Admitted or not at the reference date; signboards up or not at year-end.
    rows.add(
        "work_items",
        """
        org_code | year | item_code | item_name | dept_code | application_id
        C1       | 2021 | WI1       | 事项一    | DEP1      | A1
        C1       | 2021 | WI2       | 事项二    | DEP1      | A4
        C2       | 2021 | WI1       | 事项一    | DEP1      |
        C1       | 2022 | WI1       | 事项一    | DEP1      | A2
        C3       | 2022 | WI3       | 事项三    | DEP1      | A1
        C1       | 2020 | WI9       | 事项九    | DEP1      |
        """);
    // The returns make 2021 and 2022 the reporting years: WI9 of 2020 counts nowhere. Due on
    // 01-31 of the next year. 2021: C1's signboard inventory is a late nil return; C3 sent no
    // work-item list, a ledger inventory without a received_on (its ledger L3 still reports it)
    // and no activity record. 2022: C2 sends a nil work-item list and no ledger inventory, its
    // signboards late; C3's work items are late.
    if (withReturns) {
      rows.add(
          "returns",
          """
        org_code | year | dataset    | due_on     | received_on | nil_return
        C1       | 2021 | WORK_ITEMS | 2022-01-31 | 2022-01-20  |
        C1       | 2021 | LEDGERS    | 2022-01-31 | 2022-01-31  |
        C1       | 2021 | SIGNBOARDS | 2022-01-31 | 2022-02-01  | true
        C1       | 2021 | ACTIVITIES | 2022-01-31 | 2022-01-10  |
        C2       | 2021 | WORK_ITEMS | 2022-01-31 | 2022-01-15  |
        C2       | 2021 | LEDGERS    | 2022-01-31 | 2022-01-15  | true
        C2       | 2021 | SIGNBOARDS | 2022-01-31 | 2022-01-15  |
        C2       | 2021 | ACTIVITIES | 2022-01-31 | 2022-01-15  |
        C3       | 2021 | LEDGERS    | 2022-01-31 |             |
        C3       | 2021 | SIGNBOARDS | 2022-01-31 | 2022-01-20  | true
        C3       | 2021 | ACTIVITIES | 2022-01-31 |             | false
        C1       | 2022 | WORK_ITEMS | 2023-01-31 | 2023-01-10  |
        C1       | 2022 | LEDGERS    | 2023-01-31 | 2023-01-10  |
        C1       | 2022 | SIGNBOARDS | 2023-01-31 | 2023-01-10  |
        C1       | 2022 | ACTIVITIES | 2023-01-31 | 2023-01-10  |
        C2       | 2022 | WORK_ITEMS | 2023-01-31 | 2023-01-10  | true
        C2       | 2022 | LEDGERS    | 2023-01-31 |             |
        C2       | 2022 | SIGNBOARDS | 2023-01-31 | 2023-02-10  |
        C2       | 2022 | ACTIVITIES | 2023-01-31 | 2023-01-10  |
        C3       | 2022 | WORK_ITEMS | 2023-01-31 | 2023-03-01  |
        C3       | 2022 | LEDGERS    | 2023-01-31 | 2023-01-31  |
        C3       | 2022 | SIGNBOARDS | 2023-01-31 | 2023-01-31  |
        C3       | 2022 | ACTIVITIES | 2023-01-31 | 2023-01-01  |
        """);
    }
    rows.add(
        "ledgers",
        """
        ledger_id | org_code | year | dept_code | title | form       | volumes | application_id
        L1        | C1       | 2021 | DEP1      | 台账  | PAPER      | 16      | A1
        L2        | C1       | 2022 | DEP1      | 台账  | ELECTRONIC | 17      |
        L3        | C3       | 2021 | DEP1      | 台账  | PAPER      | 64      |
        L4        | C3       | 2022 | DEP2      | 台账  | PAPER      | 62      | A4
        """);
    rows.add(
        "signboards",
        """
        signboard_id | org_code | dept_code | title | kind   | installed_on | removed_on \
        | application_id
        B1           | C1       | DEP1      | 牌子  | PLAQUE | 2021-03-01   | 2021-12-31 | A1
        B2           | C2       | DEP2      | 牌子  | SIGN   | 2021-12-31   | 2022-01-01 | A3
        """);
    rows.add(
        "activities",
        """
        activity_id | org_code | dept_code | kind       | title | held_on    | unified \
        | application_id
        ACT1        | C1       | DEP1      | INSPECTION | 检查  | 2021-12-31 | true    | A1
        ACT1        | C2       | DEP1      | INSPECTION | 检查  | 2021-12-31 | true    | A1
        ACT2        | C3       | DEP2      | CREATION   | 创建  | 2022-12-31 | false   | A2
        """);
    // Met, a cent short, met without materials (none promised), outside scope; then 2022.
    rows.add(
        "support_deliveries",
        """
        application_id | org_code | year | personnel | funding_yuan | materials_delivered
        A1             | C1       | 2021 | 2         | 1000.00      | true
        A1             | C2       | 2021 | 2         | 999.99       | true
        A2             | C3       | 2021 | 1         | 0.00         | false
        A1             | C3       | 2021 | 1         | 100.00       | false
        A1             | C2       | 2022 | 3         | 1000.00      | true
        """);
    rows.add(
        "task_results",
        """
        application_id | org_code | year | completed
        A1             | C1       | 2021 | false
        A1             | C2       | 2021 | false
        A2             | C3       | 2021 | true
        A1             | C2       | 2022 | false
        """);
    // DEP1 has no GUIDANCE rating, C1 no COOPERATION rating, C2 two TASK_COMPLETION raters.
    rows.add(
        "ratings",
        """
        year | rater_type | rater_code | ratee_type | ratee_code | dimension       | score
        2021 | COMMUNITY  | C1         | DEPARTMENT | DEP1       | SUPPORT         | 80.00
        2021 | COMMUNITY  | C1         | DEPARTMENT | DEP1       | BURDEN          | 70.00
        2021 | STREET     | S01        | DEPARTMENT | DEP1       | SUPPORT         | 90.00
        2021 | DEPARTMENT | DEP1       | COMMUNITY  | C1         | TASK_COMPLETION | 90.00
        2021 | DEPARTMENT | DEP1       | COMMUNITY  | C1         | QUALITY         | 80.00
        2021 | DEPARTMENT | DEP1       | COMMUNITY  | C2         | TASK_COMPLETION | 70.00
        2021 | DEPARTMENT | DEP2       | COMMUNITY  | C2         | TASK_COMPLETION | 80.00
        """);
    RawParquetWriter.write(contract, rows, rawDir);
  }
}
