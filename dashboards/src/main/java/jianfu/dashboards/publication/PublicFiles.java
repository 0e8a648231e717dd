package jianfu.dashboards.publication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import jianfu.schemas.Contract;
import jianfu.schemas.FileTrees;

/**
 * Writes a run's public files, {@code <output>/public/statistics.csv}, {@code statistics.json} and
 * {@code bulletin.html}, from the served {@code public_statistics}: written into a sibling folder,
 * then moved into place, so a reader never sees half a publication.
 */
public final class PublicFiles {

  public static final String FOLDER = "public";

  private final Contract contract;
  private final int suppressionThreshold;

  public PublicFiles(Contract contract, int suppressionThreshold) {
    this.contract = contract;
    this.suppressionThreshold = suppressionThreshold;
  }

  /** Publishes the run in {@code output} from its served database; returns the folder. */
  public Path write(Path output, Path servedDatabase) throws IOException, SQLException {
    PublicFigures figures = PublicFigures.read(servedDatabase);
    String districtName =
        figures.observations().stream()
            .filter(o -> o.areaLevel().equals(Observation.DISTRICT))
            .map(Observation::areaName)
            .filter(name -> name != null)
            .findFirst()
            .orElse(null);
    PublicationMetadata metadata =
        PublicationMetadata.of(districtName, figures, suppressionThreshold, contract.version());

    Path target = output.resolve(FOLDER);
    Path staging = output.resolve("." + FOLDER + ".writing");
    FileTrees.delete(staging);
    Files.createDirectories(staging);
    StatisticsCsv.write(figures, metadata, staging.resolve("statistics.csv"));
    StatisticsJson.write(figures, metadata, staging.resolve("statistics.json"));
    new Bulletin(figures, metadata, districtName).write(staging.resolve("bulletin.html"));

    FileTrees.replace(target, staging, output.resolve("." + FOLDER + ".previous"));
    return target;
  }
}
