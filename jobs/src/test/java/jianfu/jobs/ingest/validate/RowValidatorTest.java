package jianfu.jobs.ingest.validate;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jianfu.jobs.ingest.read.ColumnValues;
import jianfu.jobs.ingest.read.SourceRow;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of docs/contract.md row by row, in the check order of decisions.md Ingestion 4. */
class RowValidatorTest {

  private static final Contract CONTRACT = Contract.load();

  /** Loaded rows the references may point to. */
  private static final ReferenceData LOADED =
      ReferenceData.of(
          Map.of(
              CONTRACT.source("org_units"),
              List.of(
                  Map.of("org_code", "0100", "level", "DISTRICT"),
                  Map.of("org_code", "0110", "level", "STREET"),
                  Map.of("org_code", "0111", "level", "COMMUNITY"),
                  Map.of("org_code", "0112", "level", "COMMUNITY")),
              CONTRACT.source("departments"),
              List.of(Map.of("dept_code", "D01"), Map.of("dept_code", "D02")),
              CONTRACT.source("applications"),
              List.of(
                  Map.of("application_id", "A001", "status", "APPROVED"),
                  Map.of("application_id", "A004", "status", "REVOKED"),
                  Map.of("application_id", "A012", "status", "PENDING")),
              CONTRACT.source("entrustment_agreements"),
              List.of(Map.of("agreement_id", "E01")),
              CONTRACT.source("social_organisations"),
              List.of(
                  Map.of("org_id", "SO1", "category", "SERVICE"),
                  Map.of("org_id", "SO2", "category", "SELF_GOVERNANCE"))));

  /** A valid row of each table; every case below changes it to break one rule. */
  private static final Map<String, Map<String, String>> VALID =
      Map.ofEntries(
          entry(
              "entrustment_agreements",
              Map.ofEntries(
                  entry("agreement_id", "E02"),
                  entry("dept_code", "D01"),
                  entry("street_code", "0110"),
                  entry("year", "2023"),
                  entry("signed_on", "2023-03-01"))),
          entry(
              "entrustment_agreement_items",
              Map.ofEntries(entry("agreement_id", "E01"), entry("application_id", "A012"))),
          entry(
              "undertaking_agreements",
              Map.ofEntries(
                  entry("org_code", "0111"),
                  entry("year", "2023"),
                  entry("signed_on", "2023-02-01"))),
          entry(
              "ledgers",
              Map.ofEntries(
                  entry("ledger_id", "L01"),
                  entry("org_code", "0111"),
                  entry("year", "2023"),
                  entry("dept_code", "D01"),
                  entry("title", "养老台账"),
                  entry("form", "PAPER"),
                  entry("volumes", "3"),
                  entry("application_id", "A001"))),
          entry(
              "applications",
              Map.ofEntries(
                  entry("application_id", "A100"),
                  entry("dept_code", "D01"),
                  entry("title", "社区养老"),
                  entry("matter_type", "LEDGER"),
                  entry("scope", "ALL"),
                  entry("support_personnel", "1"),
                  entry("support_funding_yuan", "5000.5"),
                  entry("submitted_on", "2023-01-10"),
                  entry("status", "APPROVED"),
                  entry("decided_on", "2023-02-01"))),
          entry(
              "org_units",
              Map.ofEntries(
                  entry("org_code", "0113"),
                  entry("org_name", "东三社区"),
                  entry("level", "COMMUNITY"),
                  entry("parent_code", "0110"),
                  entry("community_type", "URBAN"),
                  entry("residents", "800"))),
          entry(
              "ratings",
              Map.ofEntries(
                  entry("year", "2023"),
                  entry("rater_type", "COMMUNITY"),
                  entry("rater_code", "0111"),
                  entry("ratee_type", "DEPARTMENT"),
                  entry("ratee_code", "D01"),
                  entry("dimension", "SUPPORT"),
                  entry("score", "88.5"))),
          entry(
              "task_results",
              Map.ofEntries(
                  entry("application_id", "A001"),
                  entry("org_code", "0111"),
                  entry("year", "2023"),
                  entry("completed", "true"))),
          entry(
              "signboards",
              Map.ofEntries(
                  entry("signboard_id", "S01"),
                  entry("org_code", "0111"),
                  entry("dept_code", "D01"),
                  entry("title", "制度牌"),
                  entry("kind", "WALL_RULES"),
                  entry("installed_on", "2023-03-01"))),
          entry(
              "activities",
              Map.ofEntries(
                  entry("activity_id", "V01"),
                  entry("org_code", "0111"),
                  entry("dept_code", "D01"),
                  entry("kind", "INSPECTION"),
                  entry("title", "安全检查"),
                  entry("held_on", "2023-06-01"),
                  entry("unified", "false"),
                  entry("application_id", "A001"))),
          entry(
              "returns",
              Map.ofEntries(
                  entry("org_code", "0111"),
                  entry("year", "2023"),
                  entry("dataset", "LEDGERS"),
                  entry("due_on", "2024-01-31"),
                  entry("received_on", "2024-01-20"),
                  entry("nil_return", "false"))),
          entry(
              "departments",
              Map.ofEntries(
                  entry("dept_code", "D03"),
                  entry("dept_name", "民政局"),
                  entry("category", "GOVERNMENT"))),
          entry(
              "social_organisations",
              Map.ofEntries(
                  entry("org_id", "SO3"),
                  entry("name", "东三社区志愿者协会"),
                  entry("org_code", "0110"),
                  entry("category", "CHARITY"),
                  entry("registered_on", "2023-01-01"),
                  entry("deregistered_on", "2023-12-31"),
                  entry("fostered", ""))),
          entry(
              "service_projects",
              Map.ofEntries(
                  entry("project_id", "P01"),
                  entry("org_id", "SO1"),
                  entry("kind", "VENTURE"),
                  entry("dept_code", ""),
                  entry("org_code", "0111"),
                  entry("year", "2023"),
                  entry("funding_yuan", "50000.00"),
                  entry("beneficiaries", "0"))),
          entry(
              "association_contributions",
              Map.ofEntries(
                  entry("org_id", "SO2"),
                  entry("year", "2023"),
                  entry("matters", "12"),
                  entry("funding_yuan", "8000.5"))));

  /** The reporting years of the returns the tests load. */
  private static final ReportingYearCheck REPORTING_YEARS =
      ReportingYearCheck.of(new java.util.TreeSet<>(List.of(2022, 2023)));

  static Stream<Arguments> brokenRows() {
    return Stream.of(
        // MISSING_FIELD: required, key; INCONSISTENT: required_if, required_unless
        broken("ledgers", Map.of("title", ""), Reason.MISSING_FIELD, "title"),
        broken("ledgers", Map.of("ledger_id", " "), Reason.MISSING_FIELD, "ledger_id"),
        broken(
            "applications",
            Map.of("status", "REJECTED", "reason", ""),
            Reason.INCONSISTENT,
            "reason"),
        broken("applications", Map.of("decided_on", ""), Reason.INCONSISTENT, "decided_on"),
        broken("org_units", Map.of("residents", ""), Reason.INCONSISTENT, "residents"),
        broken("org_units", Map.of("parent_code", ""), Reason.INCONSISTENT, "parent_code"),
        broken(
            "returns",
            Map.of("nil_return", "是", "received_on", ""),
            Reason.INCONSISTENT,
            "received_on"),
        // BAD_TYPE: int, decimal, date, boolean
        broken("ledgers", Map.of("volumes", "abc"), Reason.BAD_TYPE, "volumes"),
        broken("ledgers", Map.of("volumes", "3.0"), Reason.BAD_TYPE, "volumes"),
        broken("ledgers", Map.of("year", "２０２３"), Reason.BAD_TYPE, "year"),
        broken(
            "applications",
            Map.of("support_funding_yuan", "1,5"),
            Reason.BAD_TYPE,
            "support_funding_yuan"),
        broken(
            "applications",
            Map.of("support_funding_yuan", "1.505"),
            Reason.BAD_TYPE,
            "support_funding_yuan"),
        broken(
            "applications", Map.of("submitted_on", "2023-02-30"), Reason.BAD_TYPE, "submitted_on"),
        broken(
            "applications", Map.of("submitted_on", "2023/01/10"), Reason.BAD_TYPE, "submitted_on"),
        broken("task_results", Map.of("completed", "maybe"), Reason.BAD_TYPE, "completed"),
        // BAD_ENUM
        broken("ledgers", Map.of("form", "paper"), Reason.BAD_ENUM, "form"),
        broken("applications", Map.of("status", "DONE"), Reason.BAD_ENUM, "status"),
        // OUT_OF_RANGE
        broken("ledgers", Map.of("volumes", "-2"), Reason.OUT_OF_RANGE, "volumes"),
        broken("ledgers", Map.of("volumes", "99999999999"), Reason.OUT_OF_RANGE, "volumes"),
        broken("ledgers", Map.of("year", "1999"), Reason.OUT_OF_RANGE, "year"),
        broken("ledgers", Map.of("year", "2101"), Reason.OUT_OF_RANGE, "year"),
        broken("ratings", Map.of("score", "100.01"), Reason.OUT_OF_RANGE, "score"),
        broken(
            "applications",
            Map.of("support_funding_yuan", "1234567890123"),
            Reason.OUT_OF_RANGE,
            "support_funding_yuan"),
        // INCONSISTENT
        broken(
            "applications", Map.of("decided_on", "2023-01-09"), Reason.INCONSISTENT, "decided_on"),
        broken(
            "applications", Map.of("revoked_on", "2023-05-01"), Reason.INCONSISTENT, "revoked_on"),
        broken(
            "applications",
            Map.of("status", "REVOKED", "reason", "OTHER", "revoked_on", "2023-01-31"),
            Reason.INCONSISTENT,
            "revoked_on"),
        broken(
            "org_units",
            Map.of("level", "STREET", "parent_code", "0100", "residents", ""),
            Reason.INCONSISTENT,
            "community_type"),
        broken("ratings", Map.of("dimension", "QUALITY"), Reason.INCONSISTENT, "dimension"),
        broken(
            "ratings",
            Map.of("rater_type", "DEPARTMENT", "rater_code", "D02"),
            Reason.INCONSISTENT,
            "rater_type"),
        broken("signboards", Map.of("removed_on", "2023-02-28"), Reason.INCONSISTENT, "removed_on"),
        // UNKNOWN_REFERENCE
        broken("ledgers", Map.of("org_code", "0110"), Reason.UNKNOWN_REFERENCE, "org_code"),
        broken("ledgers", Map.of("org_code", "0999"), Reason.UNKNOWN_REFERENCE, "org_code"),
        // an unknown department only warns, but the wrong-level org rejects the row all the same
        broken(
            "ledgers",
            Map.of("dept_code", "D09", "org_code", "0110"),
            Reason.UNKNOWN_REFERENCE,
            "org_code"),
        broken("returns", Map.of("org_code", "0110"), Reason.UNKNOWN_REFERENCE, "org_code"),
        broken(
            "task_results",
            Map.of("application_id", "A999"),
            Reason.UNKNOWN_REFERENCE,
            "application_id"),
        broken(
            "task_results",
            Map.of("application_id", "A012"),
            Reason.UNKNOWN_REFERENCE,
            "application_id"),
        broken(
            "ratings",
            Map.of("rater_type", "STREET", "rater_code", "0111"),
            Reason.UNKNOWN_REFERENCE,
            "rater_code"),
        broken("ratings", Map.of("ratee_code", "D09"), Reason.UNKNOWN_REFERENCE, "ratee_code"),
        // the agreements: every reference quarantines, none only warns (decisions.md Ingestion 18)
        broken(
            "entrustment_agreements",
            Map.of("dept_code", "D09"),
            Reason.UNKNOWN_REFERENCE,
            "dept_code"),
        broken(
            "entrustment_agreements",
            Map.of("street_code", "0111"),
            Reason.UNKNOWN_REFERENCE,
            "street_code"),
        broken("entrustment_agreements", Map.of("year", ""), Reason.MISSING_FIELD, "year"),
        broken("entrustment_agreements", Map.of("year", "1999"), Reason.OUT_OF_RANGE, "year"),
        broken(
            "entrustment_agreements",
            Map.of("signed_on", "2023/3/1"),
            Reason.BAD_TYPE,
            "signed_on"),
        broken(
            "entrustment_agreement_items",
            Map.of("agreement_id", "E09"),
            Reason.UNKNOWN_REFERENCE,
            "agreement_id"),
        broken(
            "entrustment_agreement_items",
            Map.of("application_id", "A999"),
            Reason.UNKNOWN_REFERENCE,
            "application_id"),
        broken(
            "undertaking_agreements",
            Map.of("org_code", "0110"),
            Reason.UNKNOWN_REFERENCE,
            "org_code"),
        broken("undertaking_agreements", Map.of("year", ""), Reason.MISSING_FIELD, "year"),
        // social organisations: based at a community or a street, never the district
        broken(
            "social_organisations",
            Map.of("org_code", "0100"),
            Reason.UNKNOWN_REFERENCE,
            "org_code"),
        broken(
            "social_organisations",
            Map.of("deregistered_on", "2022-12-31"),
            Reason.INCONSISTENT,
            "deregistered_on"),
        broken("social_organisations", Map.of("name", ""), Reason.MISSING_FIELD, "name"),
        broken("social_organisations", Map.of("category", "社区自治促进会"), Reason.BAD_ENUM, "category"),
        broken("service_projects", Map.of("org_id", "SO9"), Reason.UNKNOWN_REFERENCE, "org_id"),
        broken(
            "service_projects", Map.of("org_code", "0100"), Reason.UNKNOWN_REFERENCE, "org_code"),
        // not a burden record: an unknown department rejects the project
        broken(
            "service_projects", Map.of("dept_code", "D09"), Reason.UNKNOWN_REFERENCE, "dept_code"),
        broken("service_projects", Map.of("kind", "GRANT"), Reason.BAD_ENUM, "kind"),
        broken(
            "service_projects",
            Map.of("beneficiaries", "-1"),
            Reason.OUT_OF_RANGE,
            "beneficiaries"),
        broken(
            "service_projects",
            Map.of("funding_yuan", "-0.01"),
            Reason.OUT_OF_RANGE,
            "funding_yuan"),
        broken("association_contributions", Map.of("org_id", "SO1"), Reason.INCONSISTENT, "org_id"),
        broken(
            "association_contributions",
            Map.of("org_id", "SO9"),
            Reason.UNKNOWN_REFERENCE,
            "org_id"),
        broken(
            "association_contributions", Map.of("matters", "-3"), Reason.OUT_OF_RANGE, "matters"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("socialOrganisationRowsThatLoad")
  void loadsSocialOrganisationsAtACommunityOrAStreet(
      String table, Map<String, String> changes, Map<String, Object> loaded) {
    // when
    ValidRow valid = validator(table).process(validRowWith(table, changes));

    // then
    assertThat(valid.warnings()).isEmpty();
    loaded.forEach(
        (column, value) -> assertThat(valid.values().get(column)).as(column).isEqualTo(value));
  }

  static Stream<Arguments> socialOrganisationRowsThatLoad() {
    LocalDate lastDayOf2023 = LocalDate.of(2023, 12, 31);
    return Stream.of(
        Arguments.of(
            "social_organisations", Map.of("org_code", "0110"), Map.of("org_code", "0110")),
        Arguments.of(
            "social_organisations",
            Map.of("org_code", "0111", "fostered", "是"),
            Map.of("org_code", "0111", "fostered", true)),
        Arguments.of(
            "social_organisations",
            Map.of("registered_on", "2023-12-31", "deregistered_on", "2023-12-31"),
            Map.of("registered_on", lastDayOf2023, "deregistered_on", lastDayOf2023)),
        Arguments.of(
            "service_projects",
            Map.of("org_code", "0110", "dept_code", "D02"),
            Map.of("org_code", "0110", "dept_code", "D02")),
        Arguments.of(
            "service_projects",
            Map.of("kind", "PURCHASED_SERVICE", "org_id", "SO2"),
            Map.of("kind", "PURCHASED_SERVICE", "org_id", "SO2")));
  }

  @Test
  void saysWhichCategoryAContributorHasWhenItIsNoAssociation() {
    // given: SO1 is a SERVICE organisation
    SourceRow row = validRowWith("association_contributions", Map.of("org_id", "SO1"));

    // when
    RowRejectedException rejected = rejection("association_contributions", row);

    // then
    assertThat(rejected.getMessage())
        .isEqualTo(
            "org_id 'SO1' names a social_organisations row whose category is SERVICE; it must"
                + " name one whose category is SELF_GOVERNANCE");
  }

  @Test
  void saysWhichLevelsAnOrganisationMayBeBasedAt() {
    // given
    SourceRow row = validRowWith("social_organisations", Map.of("org_code", "0100"));

    // then
    assertThat(rejection("social_organisations", row).getMessage())
        .isEqualTo("org_code '0100' is a DISTRICT, a COMMUNITY or a STREET is required");
  }

  @ParameterizedTest(name = "{0} {1}: {2} on {3}")
  @MethodSource("brokenRows")
  void rejectsARowThatBreaksARule(
      String table, Map<String, String> changes, Reason reason, String column) {
    // given
    SourceRow row = validRowWith(table, changes);

    // when
    RowRejectedException rejected = rejection(table, row);

    // then
    assertThat(rejected.reason()).isEqualTo(reason);
    assertThat(rejected.column()).isEqualTo(column);
  }

  @Test
  void typesTheValuesOfAValidRow() {
    // given
    SourceRow row = validRowWith("applications", Map.of());

    // when
    ValidRow valid = validator("applications").process(row);

    // then
    assertThat(valid.values().asMap())
        .containsEntry("support_personnel", 1)
        .containsEntry("support_funding_yuan", new BigDecimal("5000.50"))
        .containsEntry("submitted_on", LocalDate.of(2023, 1, 10))
        .containsEntry("reason", null);
    assertThat(valid.values().asMap().keySet())
        .containsExactlyElementsOf(CONTRACT.source("applications").columnNames());
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("booleans")
  void readsTheBooleanForms(String text, boolean expected) {
    // given
    SourceRow row = validRowWith("task_results", Map.of("completed", text));

    // when
    ValidRow valid = validator("task_results").process(row);

    // then
    assertThat(valid.values().asMap()).containsEntry("completed", expected);
  }

  static Stream<Arguments> booleans() {
    return Stream.of(
        Arguments.of("true", true),
        Arguments.of("FALSE", false),
        Arguments.of("1", true),
        Arguments.of("0", false),
        Arguments.of("是", true),
        Arguments.of("否", false));
  }

  @Test
  void checksColumnsInContractOrderSoTheFirstFailureIsReported() {
    // given: year (3rd column) is not a number and title (5th) is missing
    SourceRow row = validRowWith("ledgers", Map.of("year", "abc", "title", ""));

    // when
    RowRejectedException rejected = rejection("ledgers", row);

    // then
    assertThat(rejected.reason()).isEqualTo(Reason.BAD_TYPE);
    assertThat(rejected.column()).isEqualTo("year");
  }

  @Test
  void checksRangesBeforeReferences() {
    // given: a street where a community is required, and negative volumes
    SourceRow row = validRowWith("ledgers", Map.of("org_code", "0110", "volumes", "-2"));

    // when
    RowRejectedException rejected = rejection("ledgers", row);

    // then
    assertThat(rejected.reason()).isEqualTo(Reason.OUT_OF_RANGE);
    assertThat(rejected.column()).isEqualTo("volumes");
  }

  @Test
  void saysWhichLevelAReferenceFound() {
    // given
    SourceRow row = validRowWith("ledgers", Map.of("org_code", "0110"));

    // when
    RowRejectedException rejected = rejection("ledgers", row);

    // then
    assertThat(rejected.getMessage())
        .isEqualTo("org_code '0110' is a STREET, a COMMUNITY is required");
  }

  @Test
  void quotesOnlyTheStartOfALongCell() {
    // given: a form of a million characters
    SourceRow row = validRowWith("ledgers", Map.of("form", "纸".repeat(1_000_000)));

    // when
    RowRejectedException rejected = rejection("ledgers", row);

    // then
    assertThat(rejected.getMessage())
        .isEqualTo(
            "'" + "纸".repeat(40) + "…' (1000000 characters) is not one of PAPER, ELECTRONIC");
  }

  /** Hostile input: a code the marts use for a row of their own must not enter as data. */
  @ParameterizedTest(name = "{0}.{1} ''{2}''")
  @MethodSource("reservedCodes")
  void refusesTheReservedCodeAllInAnyLetterCase(String table, String column, String code) {
    // given: access_funnel's dept_code ALL row is every department's applications together
    SourceRow row = validRowWith(table, Map.of(column, code));

    // when
    RowRejectedException rejected = rejection(table, row);

    // then
    assertThat(rejected.reason()).isEqualTo(Reason.OUT_OF_RANGE);
    assertThat(rejected.column()).isEqualTo(column);
    assertThat(rejected.getMessage())
        .startsWith(
            "'"
                + code.trim()
                + "' is the reserved code ALL (in any letter case), which names the"
                + " marts' rows of all departments");
  }

  static Stream<Arguments> reservedCodes() {
    return Stream.of(
        Arguments.of("departments", "dept_code", "ALL"),
        Arguments.of("departments", "dept_code", "all"),
        Arguments.of("departments", "dept_code", " All "),
        Arguments.of("org_units", "org_code", "ALL"),
        Arguments.of("org_units", "org_code", "aLL"));
  }

  @ParameterizedTest(name = "{0} ''{1}''")
  @CsvSource({"dept_code, ALL1", "dept_code, XALL", "dept_name, ALL"})
  void loadsTheReservedCodeOnlyOutsideItsColumnsOrInsideALongerCode(String column, String cell) {
    // when
    ValidRow valid =
        validator("departments").process(validRowWith("departments", Map.of(column, cell)));

    // then
    assertThat(valid.values().asMap()).containsEntry(column, cell);
  }

  @Test
  void leavesATablesReferencesToItselfToPublication() {
    // given: the parent and the resubmitted application are not in the reference data
    SourceRow org = validRowWith("org_units", Map.of("parent_code", "9999"));
    SourceRow application = validRowWith("applications", Map.of("resubmission_of", "A777"));

    // when
    ValidRow validOrg = validator("org_units").process(org);
    ValidRow validApplication = validator("applications").process(application);

    // then
    assertThat(validOrg.values().asMap()).containsEntry("parent_code", "9999");
    assertThat(validApplication.values().asMap()).containsEntry("resubmission_of", "A777");
  }

  @Test
  void anEmptyApplicationIdMeansNotAdmittedAndIsNoReference() {
    // given
    SourceRow row = validRowWith("ledgers", Map.of("application_id", ""));

    // when
    ValidRow valid = validator("ledgers").process(row);

    // then
    assertThat(valid.values().asMap()).containsEntry("application_id", null);
  }

  @ParameterizedTest(name = "{0} {1}: {2} on {3}")
  @MethodSource("warnedRows")
  void loadsABurdenRecordWhoseReferenceOnlyAttributesItWithAWarning(
      String table, Map<String, String> changes, String reason, String column) {
    // given
    SourceRow row = validRowWith(table, changes);

    // when
    ValidRow valid = validator(table).process(row);

    // then
    assertThat(valid.warnings())
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.reason()).isEqualTo(reason);
              assertThat(warning.column()).isEqualTo(column);
            });
    assertThat(valid.values().get(column))
        .as("the value loads as given")
        .hasToString(changes.get(column));
  }

  static Stream<Arguments> warnedRows() {
    return Stream.of(
        Arguments.of("ledgers", Map.of("dept_code", "D09"), "UNRESOLVED_DEPARTMENT", "dept_code"),
        Arguments.of(
            "ledgers", Map.of("application_id", "A999"), "UNRESOLVED_APPROVAL", "application_id"),
        Arguments.of("ledgers", Map.of("year", "2021"), "OUT_OF_PERIOD", "year"),
        Arguments.of(
            "signboards", Map.of("dept_code", "D09"), "UNRESOLVED_DEPARTMENT", "dept_code"),
        Arguments.of("activities", Map.of("held_on", "2024-01-01"), "OUT_OF_PERIOD", "held_on"),
        Arguments.of(
            "activities",
            Map.of("application_id", "A999"),
            "UNRESOLVED_APPROVAL",
            "application_id"));
  }

  @Test
  void oneRowMayCarrySeveralWarningsInColumnOrder() {
    // given: an unknown department, an unknown application and a year before the reporting years
    SourceRow row =
        validRowWith(
            "ledgers", Map.of("year", "2019", "dept_code", "D09", "application_id", "A999"));

    // when
    ValidRow valid = validator("ledgers").process(row);

    // then
    assertThat(valid.warnings())
        .extracting(RowWarning::reason, RowWarning::column, RowWarning::message)
        .containsExactly(
            tuple(
                "OUT_OF_PERIOD",
                "year",
                "year 2019 is not a reporting year (2022, 2023); the row loads and counts in no"
                    + " year"),
            tuple(
                "UNRESOLVED_DEPARTMENT",
                "dept_code",
                "dept_code 'D09' names no loaded departments row; the row loads, attributed to"
                    + " none"),
            tuple(
                "UNRESOLVED_APPROVAL",
                "application_id",
                "application_id 'A999' names no loaded applications row; the row loads,"
                    + " attributed to none"));
    assertThat(valid.values().asMap())
        .containsEntry("dept_code", "D09")
        .containsEntry("year", 2019);
  }

  @Test
  void aDateIsOutOfPeriodByItsYearAndSignboardsNeverAre() {
    // given
    SourceRow activity = validRowWith("activities", Map.of("held_on", "2021-12-31"));
    SourceRow signboard = validRowWith("signboards", Map.of("installed_on", "2001-03-01"));

    // when
    ValidRow validActivity = validator("activities").process(activity);
    ValidRow validSignboard = validator("signboards").process(signboard);

    // then
    assertThat(validActivity.warnings())
        .extracting(RowWarning::message)
        .containsExactly(
            "held_on 2021-12-31 is in 2021, which is not a reporting year (2022, 2023); the row"
                + " loads and counts in no year");
    assertThat(validSignboard.warnings()).isEmpty();
  }

  @Test
  void withoutReportingYearsEveryYearIsOne() {
    // given: no returns were loaded
    SourceTable ledgers = CONTRACT.source("ledgers");
    RowValidator validator =
        new RowValidator(
            ledgers,
            CONTRACT.reservedCodes(),
            ReferenceCheck.toOtherTables(CONTRACT, ledgers, LOADED),
            ReportingYearCheck.of(new java.util.TreeSet<>()));

    // when
    ValidRow valid = validator.process(validRowWith("ledgers", Map.of("year", "2001")));

    // then
    assertThat(valid.warnings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"entrustment_agreements", "undertaking_agreements"})
  void anAgreementUnsignedOrOfAnotherYearLoadsWithoutAWarning(String table) {
    // given: not signed, and of a year that is no reporting year (agreements are no burden records)
    SourceRow row = validRowWith(table, Map.of("signed_on", "", "year", "2019"));

    // when
    ValidRow valid = validator(table).process(row);

    // then
    assertThat(valid.values().asMap()).containsEntry("signed_on", null).containsEntry("year", 2019);
    assertThat(valid.warnings()).isEmpty();
  }

  @Test
  void anItemMayNameAnApplicationOfAnyStatus() {
    // given: A012 is PENDING
    SourceRow row = validRowWith("entrustment_agreement_items", Map.of());

    // when
    ValidRow valid = validator("entrustment_agreement_items").process(row);

    // then
    assertThat(valid.values().asMap()).containsEntry("application_id", "A012");
  }

  @ParameterizedTest(name = "nil_return {0}")
  @MethodSource("nilReturnsWithoutReceivedOn")
  void aNilReturnWithoutReceivedOnIsInconsistentWhateverTheBooleansForm(
      String nilReturn, boolean inconsistent) {
    // given
    SourceRow row = validRowWith("returns", Map.of("nil_return", nilReturn, "received_on", ""));

    // when
    Throwable thrown = catchThrowable(() -> validator("returns").process(row));

    // then
    if (inconsistent) {
      assertThat(thrown)
          .isInstanceOf(RowRejectedException.class)
          .hasMessage("received_on is required when nil_return is true");
    } else {
      assertThat(thrown).isNull();
    }
  }

  static Stream<Arguments> nilReturnsWithoutReceivedOn() {
    return Stream.of(
        Arguments.of("true", true),
        Arguments.of("TRUE", true),
        Arguments.of("1", true),
        Arguments.of("是", true),
        Arguments.of("false", false),
        Arguments.of("", false));
  }

  private static Arguments broken(
      String table, Map<String, String> changes, Reason reason, String column) {
    return Arguments.of(table, changes, reason, column);
  }

  private static RowValidator validator(String table) {
    SourceTable source = CONTRACT.source(table);
    return new RowValidator(
        source,
        CONTRACT.reservedCodes(),
        ReferenceCheck.toOtherTables(CONTRACT, source, LOADED),
        REPORTING_YEARS);
  }

  private static RowRejectedException rejection(String table, SourceRow row) {
    Throwable thrown = catchThrowable(() -> validator(table).process(row));
    assertThat(thrown).isInstanceOf(RowRejectedException.class);
    return (RowRejectedException) thrown;
  }

  /** The table's valid row with some cells changed; cells are trimmed and empty is null. */
  private static SourceRow validRowWith(String table, Map<String, String> changes) {
    SourceTable source = CONTRACT.source(table);
    ColumnValues<String> cells = ColumnValues.empty(source.columns());
    for (int i = 0; i < source.columns().size(); i++) {
      String column = source.columns().get(i).name();
      String cell = changes.getOrDefault(column, VALID.get(table).get(column));
      cells.set(i, cell == null || cell.isBlank() ? null : cell.trim());
    }
    return new SourceRow(table + ".csv", 2, String.join(",", changes.values()), cells);
  }
}
