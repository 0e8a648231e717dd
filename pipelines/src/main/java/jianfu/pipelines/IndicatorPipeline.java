package jianfu.pipelines;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import jianfu.pipelines.intermediate.IntApplicationsInForce;
import jianfu.pipelines.intermediate.IntAreaCommunities;
import jianfu.pipelines.intermediate.IntAreaPlaces;
import jianfu.pipelines.intermediate.IntBaselineYear;
import jianfu.pipelines.intermediate.IntCommunities;
import jianfu.pipelines.intermediate.IntCommunityYears;
import jianfu.pipelines.intermediate.IntMatters;
import jianfu.pipelines.intermediate.IntRecordsAdmitted;
import jianfu.pipelines.intermediate.IntReported;
import jianfu.pipelines.intermediate.IntReportingYears;
import jianfu.pipelines.intermediate.IntTaskOutcomes;
import jianfu.pipelines.intermediate.IntTasksEntrusted;
import jianfu.pipelines.marts.AccessFunnel;
import jianfu.pipelines.marts.AgreementCoverage;
import jianfu.pipelines.marts.BurdenByCommunity;
import jianfu.pipelines.marts.BurdenSummary;
import jianfu.pipelines.marts.CommunityScorecard;
import jianfu.pipelines.marts.DepartmentScorecard;
import jianfu.pipelines.marts.MartShape;
import jianfu.pipelines.marts.PublicStatistics;
import jianfu.pipelines.marts.ReportingRates;
import jianfu.pipelines.marts.SocialOrganisationsSummary;
import jianfu.pipelines.marts.SupportFulfilment;
import jianfu.pipelines.marts.ValidationViolations;
import jianfu.pipelines.staging.StagingTables;
import jianfu.pipelines.storage.Folder;
import jianfu.pipelines.validation.RuleColumns;
import jianfu.pipelines.validation.ValidationRules;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputTable;
import jianfu.schemas.settings.IndicatorSettings;
import jianfu.schemas.settings.PublicationSettings;
import jianfu.schemas.settings.ReportingSettings;
import jianfu.schemas.settings.SocialOrganisationSettings;
import jianfu.schemas.settings.ValidationSettings;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The indicator marts of docs/indicators.md, computed with Spark from the raw Parquet tables
 * ingestion wrote: staging (each source table as the contract declares it), intermediate (shared
 * definitions: communities, reporting years, who reported what, admitted records, applications in
 * force, tasks and their outcomes, rating scores) and marts (one class per mart, conformed to the
 * contract's columns and types).
 */
public final class IndicatorPipeline {

  private final SparkSession spark;
  private final IndicatorSettings settings;
  private final PublicationSettings publication;
  private final ReportingSettings reporting;
  private final ValidationRules validationRules;
  private final SocialOrganisationSettings socialOrganisations;
  private final Contract contract = Contract.load();

  /**
   * With the default reporting settings, validation rules and social-organisation target of
   * docs/indicators.md.
   */
  public IndicatorPipeline(
      SparkSession spark, IndicatorSettings settings, PublicationSettings publication) {
    this(
        spark,
        settings,
        publication,
        ReportingSettings.defaults(),
        ValidationSettings.defaults(),
        SocialOrganisationSettings.defaults());
  }

  /**
   * @throws jianfu.pipelines.validation.InvalidRuleException for a validation rule jianfu refuses,
   *     before any work
   */
  public IndicatorPipeline(
      SparkSession spark,
      IndicatorSettings settings,
      PublicationSettings publication,
      ReportingSettings reporting,
      ValidationSettings validation,
      SocialOrganisationSettings socialOrganisations) {
    this.spark = spark;
    this.settings = settings;
    this.publication = publication.resolved();
    this.reporting = reporting;
    this.validationRules = ValidationRules.of(validation, contract);
    this.socialOrganisations = socialOrganisations;
  }

  /**
   * Mart name → its frame, in the contract's order of marts, each with the contract's columns in
   * order and types. The reporting years and the models that several marts read are computed here,
   * once ({@link SharedModels#computedOnce}), side by side, each as soon as the models it reads
   * are, and so is the walk along the resubmission chains ({@link IntMatters}), a small job per
   * step; the marts themselves run when they are collected or written.
   *
   * @param raw a local folder, or a Hadoop URI (hdfs://, s3a://, file://) on a cluster
   */
  public Map<String, Dataset<Row>> marts(String raw) {
    StagingTables staging = staging(raw);
    try (SharedModels models = new SharedModels()) {
      Map<String, SharedModel<Dataset<Row>>> marts = marts(staging, models);
      models.awaitAll();
      Map<String, Dataset<Row>> frames = new LinkedHashMap<>();
      marts.forEach((name, mart) -> frames.put(name, mart.get()));
      return frames;
    }
  }

  /**
   * Writes every mart as Parquet to {@code martsDir/<mart>/}, replacing the previous one whole: a
   * reader sees the old mart or the new one, never a half-written one. Both folders are local paths
   * or Hadoop URIs. Each mart is written beside its folder as soon as the models it reads are
   * computed, side by side with the other models and marts ({@link SharedModels}), and swapped in
   * when all are written ({@link MartWrites}): when anything fails, every previous mart stays in
   * place. Returns the seconds until every shared model was computed ({@link
   * StepTimings#SHARED_MODELS}; marts were being written meanwhile), then each mart's own seconds
   * in contract order (its write; they overlap), then the wall time of it all ({@link
   * StepTimings#COMPUTE_WALL}).
   */
  public Map<String, Double> writeMarts(String raw, String marts) {
    Folder martsDir = folder(marts);
    long started = System.nanoTime();
    StagingTables staging = staging(raw);
    Map<String, Double> seconds = new LinkedHashMap<>();
    try (SharedModels models = new SharedModels()) {
      Map<String, SharedModel<Dataset<Row>>> frames = marts(staging, models);
      CompletableFuture<Long> framesComputed = models.computedAt(frames.values());
      MartWrites writes = new MartWrites(models, frames, contract, martsDir);
      try {
        models.awaitAll();
      } catch (RuntimeException | Error failure) {
        writes.discard();
        throw failure;
      }
      seconds.put(StepTimings.SHARED_MODELS, (framesComputed.join() - started) / 1e9);
      seconds.putAll(writes.swapIn());
    }
    seconds.put(StepTimings.COMPUTE_WALL, (System.nanoTime() - started) / 1e9);
    return seconds;
  }

  private StagingTables staging(String raw) {
    Folder rawDir = folder(raw);
    if (!rawDir.isDirectory()) {
      throw new IllegalArgumentException("raw folder not found: " + raw);
    }
    return new StagingTables(spark, contract, rawDir);
  }

  /**
   * The models and marts, each computed once the models it lists are: mart name → the mart, in the
   * contract's order, conformed to its declared columns and types.
   */
  private Map<String, SharedModel<Dataset<Row>>> marts(StagingTables staging, SharedModels models) {
    SharedModel<Dataset<Row>> communities = models.computedOnce(() -> IntCommunities.of(staging));
    SharedModel<Dataset<Row>> areaCommunities =
        models.computedOnce(() -> IntAreaCommunities.of(staging, communities.get()), communities);
    SharedModel<IntReportingYears> years = models.of(() -> IntReportingYears.of(staging));
    SharedModel<IntRecordsAdmitted> records =
        models.of(() -> new IntRecordsAdmitted(staging, years.get()), years);
    SharedModel<Dataset<Row>> reported =
        models.computedOnce(
            () ->
                IntReported.of(
                    staging, IntCommunityYears.of(communities.get(), years.get()), records.get()),
            communities,
            years,
            records);
    SharedModel<Dataset<Row>> inForce =
        models.computedOnce(() -> IntApplicationsInForce.of(staging, years.get()), years);
    SharedModel<Dataset<Row>> taskOutcomes =
        models.computedOnce(
            () -> IntTaskOutcomes.of(staging, inForce.get(), communities.get()),
            inForce,
            communities);
    SharedModel<Dataset<Row>> matters = models.of(() -> IntMatters.of(staging));

    SharedModel<Dataset<Row>> burdenByCommunity =
        models.computedOnce(
            () ->
                BurdenByCommunity.of(communities.get(), years.get(), records.get(), reported.get()),
            communities,
            years,
            records,
            reported);
    SharedModel<Dataset<Row>> burdenSummary =
        models.computedOnce(
            () ->
                BurdenSummary.of(
                    areaCommunities.get(),
                    years.get(),
                    IntBaselineYear.of(years.get(), settings.baselineYear()),
                    burdenByCommunity.get(),
                    reporting.completenessThreshold()),
            areaCommunities,
            years,
            burdenByCommunity);
    SharedModel<Dataset<Row>> reportingRates =
        models.of(
            () ->
                ReportingRates.of(
                    areaCommunities.get(), communities.get(), years.get(), reported.get()),
            areaCommunities,
            communities,
            years,
            reported);
    SharedModel<Dataset<Row>> validationViolations =
        models.of(
            () ->
                ValidationViolations.of(
                    burdenByCommunity.get(), validationRules, RuleColumns.current(contract)),
            burdenByCommunity);
    SharedModel<Dataset<Row>> accessFunnel =
        models.computedOnce(
            () -> AccessFunnel.of(staging, years.get(), matters.get()), years, matters);
    SharedModel<Dataset<Row>> supportFulfilment =
        models.computedOnce(
            () ->
                SupportFulfilment.of(
                    staging,
                    years.get(),
                    inForce.get(),
                    IntTasksEntrusted.perApplication(staging, inForce.get(), communities.get()),
                    taskOutcomes.get()),
            years,
            inForce,
            communities,
            taskOutcomes);
    SharedModel<Dataset<Row>> agreementCoverage =
        models.of(
            () -> AgreementCoverage.of(staging, years.get(), inForce.get(), communities.get()),
            years,
            inForce,
            communities);
    SharedModel<Dataset<Row>> departmentScorecard =
        models.of(
            () ->
                DepartmentScorecard.of(
                    staging, years.get(), records.get(), supportFulfilment.get(), settings),
            years,
            records,
            supportFulfilment);
    SharedModel<Dataset<Row>> communityScorecard =
        models.of(
            () ->
                CommunityScorecard.of(
                    staging,
                    communities.get(),
                    years.get(),
                    IntTasksEntrusted.perCommunity(staging, inForce.get(), communities.get()),
                    taskOutcomes.get(),
                    settings),
            communities,
            years,
            inForce,
            taskOutcomes);
    SharedModel<Dataset<Row>> socialOrganisationsSummary =
        models.computedOnce(
            () ->
                SocialOrganisationsSummary.of(
                    staging,
                    areaCommunities.get(),
                    IntAreaPlaces.of(staging, areaCommunities.get()),
                    years.get(),
                    socialOrganisations),
            areaCommunities,
            years);
    SharedModel<Dataset<Row>> publicStatistics =
        models.of(
            () ->
                PublicStatistics.of(
                    burdenSummary.get(),
                    accessFunnel.get(),
                    socialOrganisationsSummary.get(),
                    publication),
            burdenSummary,
            accessFunnel,
            socialOrganisationsSummary);

    Map<String, SharedModel<Dataset<Row>>> computed = new HashMap<>();
    computed.put(BurdenByCommunity.NAME, burdenByCommunity);
    computed.put(BurdenSummary.NAME, burdenSummary);
    computed.put(ReportingRates.NAME, reportingRates);
    computed.put(ValidationViolations.NAME, validationViolations);
    computed.put(AccessFunnel.NAME, accessFunnel);
    computed.put(SupportFulfilment.NAME, supportFulfilment);
    computed.put(AgreementCoverage.NAME, agreementCoverage);
    computed.put(DepartmentScorecard.NAME, departmentScorecard);
    computed.put(CommunityScorecard.NAME, communityScorecard);
    computed.put(SocialOrganisationsSummary.NAME, socialOrganisationsSummary);
    computed.put(PublicStatistics.NAME, publicStatistics);

    Map<String, SharedModel<Dataset<Row>>> marts = new LinkedHashMap<>();
    for (OutputTable mart : contract.marts()) {
      SharedModel<Dataset<Row>> frame = computed.get(mart.table());
      if (frame == null) {
        throw new IllegalStateException(
            "the contract declares mart " + mart.table() + " but the pipeline does not compute it");
      }
      marts.put(mart.table(), models.of(() -> MartShape.conform(frame.get(), mart), frame));
    }
    return marts;
  }

  /** Hadoop URIs resolve with this session's Hadoop settings (spark.hadoop.*). */
  private Folder folder(String location) {
    return Folder.at(location, spark.sparkContext().hadoopConfiguration());
  }
}
