package jianfu.jobs;

import jianfu.jobs.ingest.jdbc.IngestSources;
import jianfu.schemas.Contract;
import jianfu.schemas.settings.IngestDefaults;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the command does once Spring has started: ingest, or validate (a dry run). */
@Configuration
class CommandConfiguration {

  @Bean
  TablesRunner command(
      IngestArguments arguments,
      Contract contract,
      TableIngestion ingestion,
      IngestSources sources,
      @Value("${ingest.workers:" + IngestDefaults.WORKERS + "}") int workers) {
    return arguments.validate()
        ? new ValidateRunner(arguments, contract, ingestion)
        : new IngestRunner(arguments, contract, ingestion, sources, workers);
  }
}
