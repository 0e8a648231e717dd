package jianfu.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jianfu.schemas.Contract;

/**
 * Writes the source CSVs of a demo district (Hailing-like, 海陵区) into a folder: deterministic by
 * seed, with returns for 2022-2026 (a few missing, late or nil; 2026 partly in), calibrated so that
 * the pipeline reports the reform's reductions for the headline year 2025 against the baseline,
 * like for like (work items -60%, activities -85%, signboards -75%, ledger volumes -85%), with
 * community social organisations calibrated to the reform's figures, and a handful of deliberately
 * flawed rows for the quarantine and the warnings to catch. See demo/README.md.
 */
public final class DistrictGenerator {

  private final long seed;
  private final Scale scale;

  /** The demo district. */
  public DistrictGenerator(long seed) {
    this(seed, Scale.DISTRICT);
  }

  public DistrictGenerator(long seed, Scale scale) {
    this.seed = seed;
    this.scale = scale;
  }

  /** Writes (or overwrites) the demo's CSV files in the folder, creating it if needed. */
  public GenerationSummary writeTo(Path folder) {
    DistrictPlan plan = DistrictPlan.generate(seed, scale);
    try {
      Files.createDirectories(folder);
      try (Tables tables = new Tables(folder, Contract.load())) {
        ReferenceTables.write(tables, plan);
        ApplicationTables.write(tables, plan);
        Consultations.write(tables, plan, dice("consultations"));
        Returns.write(tables, plan, dice("returns-received"));
        WorkItems.write(tables, plan, dice("work_items"));
        Ledgers.write(tables, plan, dice("ledgers"));
        Signboards.write(tables, plan, dice("signboards"));
        Activities.write(tables, plan, dice("activities"));
        SupportAndTasks.write(tables, plan, dice("support"));
        EntrustmentAgreements.write(tables, plan, dice("entrustment_agreements"));
        UndertakingAgreements.write(tables, plan, dice("undertaking_agreements"));
        Ratings.write(tables, plan, dice("ratings"));
        List<SocialOrganisation> organisations =
            OrganisationRoster.draw(plan.district(), dice("social-organisations"));
        SocialOrganisations.write(tables, organisations);
        ServiceProjects.write(
            tables, plan.district(), organisations, plan.departments(), dice("service-projects"));
        AssociationContributions.write(tables, organisations, dice("association-contributions"));
        List<Flaw> flaws = DeliberateFlaws.build(tables, plan, organisations);
        flaws.forEach(flaw -> tables.get(flaw.table()).write(flaw.cells()));
        return new GenerationSummary(folder, tables.rowsPerTable(), flaws);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the demo district to " + folder, e);
    }
  }

  private Dice dice(String purpose) {
    return Dice.of(seed, purpose);
  }
}
