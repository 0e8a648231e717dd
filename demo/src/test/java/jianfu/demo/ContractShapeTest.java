package jianfu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import org.junit.jupiter.api.Test;

class ContractShapeTest {

  private final DemoFolder demo = DemoFolder.shared();
  private final Contract contract = Contract.load();

  @Test
  void everySourceTableHasItsFileHeadedByTheContractColumns() {
    for (SourceTable table : contract.sources()) {
      // given the contract's table
      // when its files are looked up
      List<Path> files = demo.files(table.table());
      // then there is <table>.csv, and every file's header is the contract's columns in order
      assertThat(files)
          .extracting(Path::getFileName)
          .map(Path::toString)
          .contains(table.table() + ".csv");
      for (Path file : files) {
        assertThat(demo.header(file)).as(file.toString()).isEqualTo(table.columnNames());
      }
      assertThat(demo.rows(table.table())).as(table.table()).isNotEmpty();
    }
  }

  @Test
  void workItemsComeInThreeFilesTheLatestAndTheCurrentYearInTheirOwn() {
    // when the work item files are listed
    List<Path> files = demo.files("work_items");
    // then the latest closed year and the current one have files of their own, holding only them
    assertThat(files)
        .extracting(path -> path.getFileName().toString())
        .containsExactly("work_items-2025.csv", "work_items-2026.csv", "work_items.csv");
    for (int year : List.of(2025, 2026)) {
      assertThat(demo.allCells("work_items-" + year))
          .isNotEmpty()
          .allSatisfy(cells -> assertThat(cells.get(1)).isEqualTo("" + year));
    }
    assertThat(demo.allRows("work_items"))
        .extracting(row -> row.get("year"))
        .contains("2022", "2023", "2024", "2025", "2026");
  }

  @Test
  void theSummaryCountsTheRowsOfEveryTable() {
    // given the rows read back
    // when compared with the summary
    Map<String, Integer> counted = demo.summary.rowsPerTable();
    // then every table is counted, with all of its files
    for (SourceTable table : contract.sources()) {
      assertThat(counted.get(table.table()))
          .as(table.table())
          .isEqualTo(demo.allRows(table.table()).size());
    }
  }
}
