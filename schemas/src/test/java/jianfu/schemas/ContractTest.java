package jianfu.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContractTest {

  private final Contract contract = Contract.load();

  @Test
  void declaresEverySourceTable() {
    assertThat(contract.sources())
        .extracting(SourceTable::table)
        .containsExactly(
            "org_units",
            "departments",
            "applications",
            "application_scope",
            "consultations",
            "returns",
            "work_items",
            "support_deliveries",
            "ledgers",
            "signboards",
            "activities",
            "ratings",
            "task_results",
            "entrustment_agreements",
            "entrustment_agreement_items",
            "undertaking_agreements",
            "social_organisations",
            "service_projects",
            "association_contributions");
  }

  @Test
  void socialOrganisationsAreBasedAtACommunityOrAStreetAndOnlyAssociationsContribute() {
    Reference based = contract.source("social_organisations").column("org_code").references();
    Reference contributor =
        contract.source("association_contributions").column("org_id").references();

    assertThat(based.level()).containsExactly("COMMUNITY", "STREET");
    assertThat(based.columnsAskedOf("org_units")).containsExactly(Reference.LEVEL_COLUMN);
    assertThat(contributor.where())
        .isEqualTo(new Condition("category", List.of("SELF_GOVERNANCE")));
    assertThat(contributor.columnsAskedOf("social_organisations")).containsExactly("category");
    // a single level is still read as a list of one
    assertThat(contract.source("ledgers").column("org_code").references().level())
        .containsExactly("COMMUNITY");
    assertThat(
            contract
                .source("social_organisations")
                .column("category")
                .valueWithLabel("SELF_GOVERNANCE"))
        .isEqualTo("SELF_GOVERNANCE (社区自治促进会)");
  }

  @Test
  void reservesTheMartsAllCodeForDepartmentsAndOrgUnits() {
    // access_funnel's dept_code ALL is every department: a department coded so would be added in
    SourceTable departments = contract.source("departments");
    SourceTable orgUnits = contract.source("org_units");

    assertThat(contract.reservedCodes(departments, departments.column("dept_code")))
        .extracting(ReservedCode::code)
        .containsExactly("ALL");
    assertThat(contract.reservedCodes(orgUnits, orgUnits.column("org_code")))
        .extracting(ReservedCode::code)
        .containsExactly("ALL");
    assertThat(contract.reservedCodes(departments, departments.column("dept_name"))).isEmpty();
    assertThat(contract.mart("access_funnel").description()).contains("dept_code ALL");
  }

  @Test
  void aReservedCodeMatchesInAnyLetterCase() {
    ReservedCode all = contract.reservedCodes().get(0);

    assertThat(List.of("ALL", "all", "All", "aLl")).allMatch(all::matches);
    assertThat(List.of("ALL1", "AL", "ALLE", "")).noneMatch(all::matches);
  }

  @Test
  void everyColumnHasAChineseLabelAndEveryKeyColumnExists() {
    for (SourceTable table : contract.sources()) {
      assertThat(table.columns()).allSatisfy(c -> assertThat(c.label()).matches(".*\\p{IsHan}.*"));
      assertThat(table.columnNames()).containsAll(table.key());
    }
  }

  @Test
  void everyNameAndLabelNamesOneColumnOfItsTable() {
    // a header may name a column by either, so no heading may name two columns
    for (SourceTable table : contract.sources()) {
      List<String> headings =
          table.columns().stream()
              .flatMap(c -> java.util.stream.Stream.of(c.name(), c.label()))
              .toList();
      assertThat(headings).as(table.table()).doesNotHaveDuplicates();
      for (SourceColumn column : table.columns()) {
        assertThat(table.findColumnByNameOrLabel(column.label())).contains(column);
        assertThat(table.findColumnByNameOrLabel(column.name())).contains(column);
      }
    }
  }

  @Test
  void rulesNameColumnsOfTheirOwnTableAndReferencesNameDeclaredTables() {
    for (SourceTable table : contract.sources()) {
      for (SourceColumn column : table.columns()) {
        for (Condition condition :
            java.util.stream.Stream.of(
                    column.requiredIf(), column.requiredUnless(), column.emptyUnless())
                .filter(java.util.Objects::nonNull)
                .toList()) {
          assertThat(table.findColumn(condition.column()))
              .as(table.table() + "." + column.name())
              .isPresent();
        }
        if (column.notBefore() != null) {
          assertThat(table.column(column.notBefore()).type()).isEqualTo(SourceType.DATE);
        }
        if (column.references() != null) {
          assertThat(contract.sources().stream().map(SourceTable::table).toList())
              .containsAll(column.references().targetTables());
          // ingestion finds these columns of the row by name, and fails on a name it lacks
          Reference reference = column.references();
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.of(reference.by()),
                  (reference.isSwitch() ? reference.cases().values() : List.of(reference))
                      .stream().map(Reference::oneLevelUpFrom))
              .filter(java.util.Objects::nonNull)
              .forEach(
                  named ->
                      assertThat(table.findColumn(named))
                          .as(table.table() + "." + column.name() + " names " + named)
                          .isPresent());
        }
        if (column.allowedBy() != null) {
          assertThat(table.findColumn(column.allowedBy().column()))
              .as(table.table() + "." + column.name())
              .isPresent();
        }
        if (column.type() == SourceType.ENUM) {
          assertThat(column.values()).as(table.table() + "." + column.name()).isNotEmpty();
        }
        if (column.type() == SourceType.DECIMAL) {
          assertThat(column.storedType()).matches("decimal\\(\\d+,\\d+\\)");
        }
      }
    }
  }

  @Test
  void onlyTheBurdenTablesWarnAndOnlyForReferencesThatAttributeARecord() {
    // jobs/README.md, Warnings: an unknown org still quarantines, so org_code never warns
    List<String> burden = List.of("work_items", "ledgers", "signboards", "activities");
    for (SourceTable table : contract.sources()) {
      List<String> warnings = new java.util.ArrayList<>();
      for (SourceColumn column : table.columns()) {
        if (column.references() != null && column.references().onUnknown() != null) {
          warnings.add(column.name() + " " + column.references().onUnknown());
        }
        if (column.outsideReportingYears() != null) {
          assertThat(column.type()).isIn(SourceType.INT, SourceType.DATE);
          warnings.add(column.name() + " " + column.outsideReportingYears());
        }
      }
      if (!burden.contains(table.table())) {
        assertThat(warnings).as(table.table()).isEmpty();
      } else {
        assertThat(warnings)
            .as(table.table())
            .contains("dept_code UNRESOLVED_DEPARTMENT", "application_id UNRESOLVED_APPROVAL")
            .hasSize(table.table().equals("signboards") ? 2 : 3);
      }
    }
  }

  @Test
  void theReportingYearsAreTheYearsOfReturns() {
    ReportingYears years = contract.reportingYears();
    assertThat(contract.source(years.table()).column(years.column()).type())
        .isEqualTo(SourceType.INT);
    assertThat(contract.tablesNeededBy(contract.source("activities"))).contains("returns");
    assertThat(contract.tablesNeededBy(contract.source("signboards"))).doesNotContain("returns");
  }

  @Test
  void warningsHaveTheQuarantinesColumnsAndTheAuditCountsWarnedRows() {
    assertThat(contract.ingestWarnings().columnNames())
        .startsWith("table_name")
        .containsSequence(contract.quarantine().columnNames())
        .hasSize(contract.quarantine().columns().size() + 1);
    assertThat(contract.ingestAudit().columnNames()).contains("rows_warned");
  }

  @Test
  void loadOrderPutsNeededTablesFirst() {
    List<String> order = contract.sourcesInLoadOrder().stream().map(SourceTable::table).toList();
    for (SourceTable table : contract.sources()) {
      for (String target : contract.tablesNeededBy(table)) {
        assertThat(order.indexOf(target))
            .as(table.table() + " after " + target)
            .isLessThan(order.indexOf(table.table()));
      }
    }
    assertThat(order.subList(0, 3)).containsExactly("org_units", "departments", "applications");
  }

  @Test
  void declaresTheMartsOfIndicatorsMdWithTheirKeysAmongTheColumns() {
    assertThat(contract.marts())
        .extracting(OutputTable::table)
        .containsExactly(
            "burden_by_community",
            "burden_summary",
            "reporting_rates",
            "validation_violations",
            "access_funnel",
            "support_fulfilment",
            "agreement_coverage",
            "department_scorecard",
            "community_scorecard",
            "social_organisations_summary",
            "public_statistics");
    for (OutputTable mart : contract.marts()) {
      assertThat(mart.columnNames()).containsAll(mart.key());
      assertThat(mart.columns())
          .allSatisfy(
              c ->
                  assertThat(c.type())
                      .matches("string|int|long|double|boolean|date|decimal\\(\\d+,\\d+\\)"));
    }
  }

  @Test
  void theComplianceAndAgreementFiguresAreInternal() {
    // the leading group's compliance view, published nowhere public (decisions, indicators 23)
    assertThat(contract.mart("agreement_coverage").columns())
        .allSatisfy(column -> assertThat(column.published()).isFalse());
    List<String> internal =
        List.of(
            "access_funnel.approved_without_consultation",
            "access_funnel.approved_despite_disagreement",
            "access_funnel.approved_without_legal_basis",
            "access_funnel.consulted_after_decision",
            "access_funnel.resubmissions",
            "access_funnel.settled_matters",
            "access_funnel.median_matter_days",
            "community_scorecard.tasks_unreported",
            "community_scorecard.undertaking_signed");
    for (String name : internal) {
      String[] martAndColumn = name.split("\\.");
      assertThat(contract.mart(martAndColumn[0]).columns())
          .filteredOn(column -> column.name().equals(martAndColumn[1]))
          .singleElement()
          .satisfies(column -> assertThat(column.published()).as(name).isFalse());
    }
  }

  @Test
  void theFourBurdenMeasuresAreDeclaredOnceWithTheirReturnLabelsAndUnit() {
    assertThat(contract.measures())
        .extracting(
            Measure::name, Measure::dataset, Measure::label, Measure::labelEn, Measure::unit)
        .containsExactly(
            tuple("work_items", "WORK_ITEMS", "工作事项", "Work items", "项"),
            tuple("activities", "ACTIVITIES", "检查评比等活动", "Inspections and evaluations", "次"),
            tuple("signboards", "SIGNBOARDS", "标识标牌", "Signboards", "块"),
            tuple("ledger_volumes", "LEDGERS", "台账本数", "Ledger volumes", "本"));
    assertThat(contract.measureOf("LEDGERS").reductionPctColumn())
        .isEqualTo("ledger_volumes_reduction_pct");
  }

  @Test
  void burdenSummaryHasTheSixColumnsPerMeasureOfV2() {
    List<String> columns = contract.mart("burden_summary").columnNames();
    for (String measure : contract.measures().stream().map(Measure::name).toList()) {
      assertThat(columns)
          .contains(
              measure + "_reporting",
              measure,
              measure + "_per_community",
              measure + "_baseline",
              measure + "_comparable",
              measure + "_reduction_pct");
    }
    assertThat(columns).contains("reporting_rate", "status", "headline_year");
  }

  @Test
  void everyMartColumnDeclaresItsMeaning() {
    for (OutputTable mart : contract.marts()) {
      assertThat(mart.labelEn()).as(mart.table()).isNotBlank();
      assertThat(mart.columns())
          .as(mart.table())
          .allSatisfy(column -> assertThat(column.missingMeaning()).isEmpty());
    }
  }

  @Test
  void aMartColumnWithoutItsMeaningIsNamedWithWhatItLacks() {
    OutputColumn bare = new OutputColumn("signboards", "标识标牌", "long");
    OutputColumn textWithUnit =
        new OutputColumn("grade", "等次", "Grade", "string", "the grade", "分", 0, false, false);

    assertThat(bare.missingMeaning())
        .containsExactly(
            "label_en",
            "definition",
            "public",
            "headline",
            "unit (a numeric column)",
            "decimals (a numeric column)");
    assertThat(textWithUnit.missingMeaning())
        .containsExactly("no unit or decimals (not a numeric column)");
  }

  @Test
  void aBurdenMeasureHasOneLabelInEveryMart() {
    OutputTable perCommunity = contract.mart("burden_by_community");
    OutputTable summary = contract.mart("burden_summary");
    for (String measure : contract.measures().stream().map(Measure::name).toList()) {
      String label =
          perCommunity.columns().stream()
              .filter(column -> column.name().equals(measure))
              .findFirst()
              .orElseThrow()
              .label();
      assertThat(summary.columns())
          .filteredOn(column -> column.name().startsWith(measure))
          .allSatisfy(column -> assertThat(column.label()).contains(label));
      assertThat(perCommunity.columns())
          .filteredOn(column -> column.name().equals("unadmitted_" + measure))
          .singleElement()
          .satisfies(column -> assertThat(column.label()).isEqualTo("未经准入" + label));
    }
  }
}
