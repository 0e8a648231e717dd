package jianfu.jobs;

import java.util.List;
import jianfu.jobs.ingest.IngestTarget;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * What the command does with the tables it was given, in load order (org_units, departments and
 * applications before the tables that refer to them, so references resolve against loaded rows),
 * one job launch per table; the exit code it sets is the command's.
 */
abstract class TablesRunner implements ApplicationRunner, ExitCodeGenerator {

  protected final IngestArguments arguments;
  private final Contract contract;
  private final TableIngestion ingestion;
  private int exitCode;

  TablesRunner(IngestArguments arguments, Contract contract, TableIngestion ingestion) {
    this.arguments = arguments;
    this.contract = contract;
    this.ingestion = ingestion;
  }

  protected List<SourceTable> tables() {
    return arguments.tablesIn(contract);
  }

  protected TableOutcome ingest(SourceTable table) {
    return ingestion.ingest(new IngestTarget(table.table(), arguments.input(), arguments.output()));
  }

  protected Contract contract() {
    return contract;
  }

  protected void exitWith(int code) {
    exitCode = code;
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
