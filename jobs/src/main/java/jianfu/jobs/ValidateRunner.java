package jianfu.jobs;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jianfu.jobs.dryrun.ReportPrinter;
import jianfu.jobs.dryrun.ScratchRun;
import jianfu.jobs.dryrun.TableFindings;
import jianfu.jobs.dryrun.ValidationReport;
import jianfu.jobs.ingest.OutputLayout;
import jianfu.jobs.ingest.read.SourceFiles;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import org.springframework.boot.ApplicationArguments;

/**
 * A dry run: ingests the tables in load order into the arguments' output, a scratch folder that
 * IngestApplication deletes afterwards, going on past a table that fails (it publishes nothing, so
 * the tables referring to it see it as empty, which the report says), then prints every problem and
 * the counts of every table. Exit code 0 when nothing would be quarantined or refused (with
 * --strict: nor load with a warning), else 1.
 */
class ValidateRunner extends TablesRunner {

  ValidateRunner(IngestArguments arguments, Contract contract, TableIngestion ingestion) {
    super(arguments, contract, ingestion);
  }

  @Override
  public void run(ApplicationArguments ignored) throws IOException, SQLException {
    List<SourceTable> tables = tables();
    Map<String, TableOutcome> outcomes = new LinkedHashMap<>();
    for (SourceTable table : tables) {
      outcomes.put(table.table(), ingest(table));
    }
    List<TableFindings> findings = new ArrayList<>();
    try (ScratchRun scratch = new ScratchRun(new OutputLayout(arguments.output(), contract()))) {
      for (SourceTable table : tables) {
        findings.add(findingsOf(table, outcomes, scratch));
      }
    }
    ValidationReport report = new ValidationReport(arguments.input(), findings, arguments.strict());
    System.out.print(ReportPrinter.render(report));
    exitWith(report.clean() ? 0 : IngestApplication.FAILED);
  }

  private TableFindings findingsOf(
      SourceTable table, Map<String, TableOutcome> outcomes, ScratchRun scratch)
      throws IOException, SQLException {
    String name = table.table();
    int files = SourceFiles.find(arguments.input(), name).size();
    List<String> seenEmpty =
        table.referencedTables().stream()
            .filter(referred -> outcomes.get(referred) instanceof TableOutcome.Failed)
            .toList();
    if (outcomes.get(name) instanceof TableOutcome.Failed failed) {
      return TableFindings.notRead(name, files, failed.refusals(), failed.error(), seenEmpty);
    }
    return TableFindings.read(
        name,
        files,
        scratch.counts(name),
        scratch.problems(name),
        scratch.warnings(name),
        seenEmpty);
  }
}
