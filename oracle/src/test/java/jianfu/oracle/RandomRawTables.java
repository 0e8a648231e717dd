package jianfu.oracle;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;

/**
 * A small random district written as raw Parquet, one folder per source table: 4 streets, 20
 * communities, 8 departments, reporting years 2021..2023 (the years of its returns, which have
 * gaps), a few hundred rows per table. The data is valid loaded data (keys unique, references
 * resolved, conditional columns filled as the contract requires) and dense in the edge cases of
 * docs/indicators.md, social organisations among them. The same seed gives the same tables. Without
 * returns (an input of v1, its returns table empty) the reporting years are those of the records
 * instead, and there are no service projects and association contributions either (their figures
 * are then empty).
 */
final class RandomRawTables {

  private RandomRawTables() {}

  /** With or without the returns and the agreements, tables a v1 input does not have. */
  static void write(long seed, Path rawDir, boolean withReturns, boolean withAgreements)
      throws SQLException, IOException {
    Contract contract = Contract.load();
    RawRows rows = new RawRows(contract);
    contract.sources().stream().map(SourceTable::table).forEach(rows::declare);
    RandomDistrict district = new RandomDistrict(seed, rows);
    List<GeneratedApplication> applications = new RandomApplications(district).generate();
    new RandomResubmissionLoops(district).generate();
    new RandomFollowUps(district, applications).generate();
    if (withAgreements) {
      new RandomAgreements(district, applications).generate();
    }
    if (withReturns) {
      new RandomReturns(district).generate();
    }
    new RandomRecords(district, applications).generate();
    new RandomRatings(district).generate();
    new RandomSocialOrganisations(district).generate(withReturns);
    RawParquetWriter.write(contract, rows, rawDir);
  }
}
