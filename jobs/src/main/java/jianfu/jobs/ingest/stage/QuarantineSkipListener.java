package jianfu.jobs.ingest.stage;

import jianfu.jobs.ingest.read.MalformedRecordException;
import jianfu.jobs.ingest.read.SourceRow;
import jianfu.jobs.ingest.validate.Reason;
import jianfu.jobs.ingest.validate.RowRejectedException;
import jianfu.jobs.ingest.validate.ValidRow;
import org.springframework.batch.core.listener.SkipListener;

/**
 * Stages every skipped row for the quarantine. The step skips exactly two exceptions: a malformed
 * record when reading (BAD_ROW) and a rejected row when validating.
 */
public class QuarantineSkipListener implements SkipListener<SourceRow, ValidRow> {

  private final StagingWriter staging;

  public QuarantineSkipListener(StagingWriter staging) {
    this.staging = staging;
  }

  @Override
  public void onSkipInRead(Throwable failure) {
    MalformedRecordException malformed = (MalformedRecordException) failure;
    staging.quarantine(
        new FlaggedRow(
            malformed.sourceFile(),
            malformed.line(),
            Reason.BAD_ROW.name(),
            null,
            malformed.getMessage(),
            malformed.rawRecord()));
  }

  @Override
  public void onSkipInProcess(SourceRow row, Throwable failure) {
    RowRejectedException rejected = (RowRejectedException) failure;
    staging.quarantine(
        new FlaggedRow(
            row.sourceFile(),
            row.line(),
            rejected.reason().name(),
            rejected.column(),
            rejected.getMessage(),
            row.rawRecord()));
  }
}
